package org.osteon.core.progress;

/**
 * Progress of long work. Headless it is drawn as a console bar, in the workbench as a Job. Calls are cheap;
 * work checks {@link #isCanceled()} between units and stops cleanly.
 */
public interface ProgressMonitor {

    /** Starts a task of {@code totalWork} units (or {@code -1} when unknown). */
    void begin(String task, int totalWork);

    /** Reports {@code units} more units done. */
    void worked(int units);

    /** Names the current part of the task. */
    default void subTask(String name) {
    }

    default boolean isCanceled() {
        return false;
    }

    /** Ends the current task. */
    default void done() {
    }

    /** A monitor that ignores everything. */
    static ProgressMonitor none() {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
            }
        };
    }
}
