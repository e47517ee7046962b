package org.osteon.engine;

import java.nio.file.Path;

import org.osteon.core.progress.CancelledException;

/**
 * A run stopped because its progress monitor was cancelled (Ctrl-C, the workbench's cancel button). It is the
 * core {@link CancelledException}, so whoever handles cancellation handles this too, plus the folder the
 * cancelled run was kept in: never the requested name but {@code NAME.cancelled}, holding what finished before
 * the cancel (artifacts, a training step's last checkpoint and history), run.log saying where it stopped and
 * run.xmi with status CANCELLED; no archive and no report.
 */
public class RunCancelledException extends CancelledException {

    private static final long serialVersionUID = 1L;

    private final transient Path cancelledRunDirectory;

    public RunCancelledException(String message, Path cancelledRunDirectory, Throwable cause) {
        super(message);
        this.cancelledRunDirectory = cancelledRunDirectory;
        initCause(cause);
    }

    /** The folder keeping what the run finished before it was cancelled. */
    public Path cancelledRunDirectory() {
        return cancelledRunDirectory;
    }
}
