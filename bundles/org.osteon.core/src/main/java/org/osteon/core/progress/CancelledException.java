package org.osteon.core.progress;

import java.util.concurrent.CancellationException;

/**
 * Work stopped because its {@link ProgressMonitor} was cancelled. Long work checks
 * {@link ProgressMonitor#isCanceled()} between units (a batch, a region, a step) and throws this with a
 * message saying where it stopped; what was finished before stays valid (a run keeps its finished epochs'
 * checkpoint and is marked cancelled). It extends {@link CancellationException} so callers that already
 * catch that see it too.
 */
public class CancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }

    /** Throws a {@link CancelledException} saying {@code where} when {@code monitor} is cancelled. */
    public static void checkCanceled(ProgressMonitor monitor, String where) {
        if (monitor.isCanceled()) {
            throw new CancelledException("cancelled " + where);
        }
    }
}
