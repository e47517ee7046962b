package org.osteon.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;

/** Run > Cancel Run: cancels the run selected in the navigator, else every queued and running run. */
public final class CancelRunHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
                && s.getFirstElement() instanceof RunJob job) {
            job.cancel();
            return null;
        }
        for (RunJob job : RunQueue.get().active()) {
            job.cancel();
        }
        return null;
    }
}
