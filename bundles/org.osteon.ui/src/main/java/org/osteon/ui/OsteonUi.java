package org.osteon.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Entry points shared by the workbench's parts: open an experiment in its editor, show a run's results, and the
 * run in focus (the one the results, curves and report views show), which the navigator sets on selection.
 */
public final class OsteonUi {

    private static final List<Consumer<Path>> RUN_FOCUS = new CopyOnWriteArrayList<>();
    private static volatile Path focusedRun;

    private OsteonUi() {
    }

    /** Opens {@code experimentFile} in the experiment editor (or activates the editor already open on it). */
    public static IEditorPart openExperiment(IWorkbenchPage page, Path experimentFile) throws PartInitException {
        return page.openEditor(new PathEditorInput(experimentFile), OsteonViews.EXPERIMENT_EDITOR);
    }

    /** Shows the results view and makes {@code runFolder} the run in focus. */
    public static IViewPart showRun(IWorkbenchPage page, Path runFolder) throws PartInitException {
        IViewPart view = page.showView(OsteonViews.RESULTS);
        focusRun(runFolder);
        return view;
    }

    /** Makes {@code runFolder} (a run folder, or the hidden folder of a run in progress) the run in focus. */
    public static void focusRun(Path runFolder) {
        focusedRun = runFolder;
        for (Consumer<Path> l : RUN_FOCUS) {
            l.accept(runFolder);
        }
    }

    public static Optional<Path> focusedRun() {
        return Optional.ofNullable(focusedRun);
    }

    /** Hears of each change of the run in focus (on the thread that changed it, usually the UI thread). */
    public static void addRunFocusListener(Consumer<Path> listener) {
        RUN_FOCUS.add(listener);
    }

    public static void removeRunFocusListener(Consumer<Path> listener) {
        RUN_FOCUS.remove(listener);
    }

    /** Writes a warning to the platform log. */
    public static void log(String message) {
        ILog.of(OsteonUi.class).log(Status.warning(message));
    }
}
