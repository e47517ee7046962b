package org.osteon.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osteon.ui.PathEditorInput;
import org.osteon.ui.RunQueue;

/**
 * Run > Run Experiment: queues a run of the experiment in the active editor (saved first) or the one selected in
 * the navigator.
 */
public final class RunExperimentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        experiment(HandlerUtil.getActivePart(event), HandlerUtil.getCurrentSelection(event))
                .ifPresent(file -> RunQueue.get().submit(file, Map.of()));
        return null;
    }

    static Optional<Path> experiment(IWorkbenchPart part, ISelection selection) {
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof PathEditorInput in) {
            if (editor.isDirty()) {
                editor.doSave(null);
            }
            return Optional.of(in.file());
        }
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof NavigatorView.ExperimentNode x) {
            return Optional.of(x.file());
        }
        return Optional.empty();
    }
}
