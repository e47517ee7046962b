package org.osteon.ui.results.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.osteon.engine.ExperimentRunner;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;

/**
 * The run a view shows: the run in focus, followed from the hidden folder a run is built in to the folder it
 * ends up in (when the run queue says it finished, or when the hidden folder is gone and its final one is
 * there). Tells the view of each change on the UI thread.
 */
final class FollowedRun {

    private final Display display;
    private final Consumer<Path> changed;
    private final Consumer<Path> focus = this::focusChanged;
    private final RunQueue.Listener runs = new RunQueue.Listener() {
        @Override
        public void finished(RunJob run) {
            Path partial = ExperimentRunner.partialFolder(run.target());
            Path end = run.folder();
            onUi(() -> {
                if (partial.equals(folder) && end != null && !end.equals(folder)) {
                    set(end);
                }
            });
        }
    };
    private Path folder;

    FollowedRun(Display display, Consumer<Path> changed) {
        this.display = display;
        this.changed = changed;
        this.folder = OsteonUi.focusedRun().orElse(null);
        OsteonUi.addRunFocusListener(focus);
        RunQueue.get().addListener(runs);
    }

    /** The run folder shown, or null when no run is in focus. */
    Path folder() {
        return folder;
    }

    /** Moves on to the final folder when the hidden folder of a run in progress has gone and that one is there. */
    void checkMoved() {
        if (folder == null || Files.exists(folder)) {
            return;
        }
        String name = folder.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".partial")) {
            Path target = folder.resolveSibling(name.substring(1, name.length() - ".partial".length()));
            for (Path end : new Path[] {target, target.resolveSibling(target.getFileName() + ".cancelled")}) {
                if (Files.isDirectory(end)) {
                    set(end);
                    return;
                }
            }
        }
    }

    void dispose() {
        OsteonUi.removeRunFocusListener(focus);
        RunQueue.get().removeListener(runs);
    }

    private void focusChanged(Path runFolder) {
        onUi(() -> set(runFolder));
    }

    private void set(Path runFolder) {
        folder = runFolder;
        changed.accept(runFolder);
    }

    private void onUi(Runnable r) {
        if (display.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == display) {
            r.run();
        } else {
            display.asyncExec(r);
        }
    }
}
