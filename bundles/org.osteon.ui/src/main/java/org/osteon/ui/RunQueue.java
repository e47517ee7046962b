package org.osteon.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * Runs experiments from the workbench as Eclipse Jobs, one at a time (a second run waits in the queue: a process
 * trains one network at a time), with progress in the Progress view and the status bar. Listeners hear of runs
 * queued, started, logging and finished, on the thread that runs them.
 */
public final class RunQueue {

    /** Listens to runs; every method may be called from a background thread. */
    public interface Listener {
        default void queued(RunJob run) {
        }

        default void started(RunJob run) {
        }

        default void logged(RunJob run, String line) {
        }

        default void finished(RunJob run) {
        }
    }

    private static final RunQueue INSTANCE = new RunQueue();

    /** Runs hold this rule: the job manager starts the next only when the previous one ended. */
    static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<RunJob> active = new CopyOnWriteArrayList<>();

    private RunQueue() {
    }

    public static RunQueue get() {
        return INSTANCE;
    }

    /**
     * Queues a run of {@code experimentFile} with parameter {@code overrides} into a new folder under the current
     * workspace's runs/ folder.
     */
    public RunJob submit(Path experimentFile, Map<String, String> overrides) {
        RunJob job = new RunJob(this, experimentFile.toAbsolutePath().normalize(), overrides,
                OsteonWorkspace.current().runsFolder());
        job.setRule(ONE_AT_A_TIME);
        active.add(job);
        for (Listener l : listeners) {
            l.queued(job);
        }
        job.schedule();
        return job;
    }

    /** Runs queued or running, oldest first. */
    public List<RunJob> active() {
        return new ArrayList<>(active);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    void fireStarted(RunJob job) {
        for (Listener l : listeners) {
            l.started(job);
        }
    }

    void fireLogged(RunJob job, String line) {
        for (Listener l : listeners) {
            l.logged(job, line);
        }
    }

    void fireFinished(RunJob job) {
        active.remove(job);
        for (Listener l : listeners) {
            l.finished(job);
        }
    }
}
