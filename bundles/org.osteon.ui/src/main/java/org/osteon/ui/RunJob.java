package org.osteon.ui;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.engine.ExperimentRunner;
import org.osteon.engine.OsteonEngine;
import org.osteon.engine.RunCancelledException;
import org.osteon.engine.RunFailedException;
import org.osteon.engine.RunOutcome;
import org.osteon.engine.ValidationException;

/**
 * One experiment run started from the workbench: an Eclipse Job (progress in the Progress view and status bar,
 * cancel from there or {@link #cancel()}) that runs the experiment with the engine {@code osteon run} uses,
 * into {@code runs/<experiment>-<run id>}. A cancelled run is kept as that folder + ".cancelled", as headless.
 */
public final class RunJob extends Job {

    /** Where a run is. */
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED,
        /** the experiment did not validate or a user's input was wrong; nothing was written */
        INVALID
    }

    private static final String PLUGIN = "org.osteon.ui";
    private static final Pattern STEP = Pattern.compile("^\\[(\\d+)/(\\d+)]");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static OsteonEngine engine;

    private final RunQueue queue;
    private final Path experimentFile;
    private final Map<String, String> overrides;
    private final String experimentName;
    private final String runId;
    private final Path target;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile State state = State.QUEUED;
    private volatile Path folder;
    private volatile String message = "";
    private volatile List<String> problems = List.of();

    RunJob(RunQueue queue, Path experimentFile, Map<String, String> overrides, Path runsFolder) {
        super("Run " + OsteonWorkspace.experimentName(experimentFile) + " (" + experimentFile.getFileName() + ")");
        this.queue = queue;
        this.experimentFile = experimentFile;
        this.overrides = Map.copyOf(overrides);
        this.experimentName = OsteonWorkspace.experimentName(experimentFile);
        this.runId = ExperimentRunner.newRunId();
        this.target = runsFolder.resolve(ExperimentRunner.folderName(experimentName, runId));
        this.folder = ExperimentRunner.partialFolder(target);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (state == State.QUEUED) {
                    // cancelled while waiting in the queue: run() never ran, nothing was written
                    state = State.CANCELLED;
                    message = "run cancelled before it started; nothing was written";
                    line("WARN", "", message);
                    queue.fireFinished(RunJob.this);
                }
            }
        });
    }

    private static synchronized OsteonEngine engine() {
        if (engine == null) {
            engine = OsteonEngine.ofPlatform();
        }
        return engine;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RunQueue.class;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        state = State.RUNNING;
        monitor.beginTask(getName(), 1000);
        line("INFO", "", "run " + runId + " of " + experimentFile + " started"
                + (overrides.isEmpty() ? "" : " with " + overrides));
        queue.fireStarted(this);
        try {
            RunOutcome outcome = engine().run(experimentFile, overrides, target, runId, new Progress(monitor),
                    (time, level, step, msg) -> line(level, step, msg));
            folder = outcome.runDirectory();
            state = State.SUCCEEDED;
            message = "run succeeded: " + folder;
            return Status.OK_STATUS;
        } catch (RunCancelledException e) {
            folder = e.cancelledRunDirectory();
            state = State.CANCELLED;
            message = "run cancelled; what finished is in " + folder;
            return Status.CANCEL_STATUS;
        } catch (ValidationException e) {
            problems = e.problems();
            state = State.INVALID;
            message = e.getMessage();
            return Status.OK_STATUS;
        } catch (InvalidInputException e) {
            problems = List.of(e.getMessage());
            state = State.INVALID;
            message = e.getMessage();
            return Status.OK_STATUS;
        } catch (RunFailedException e) {
            folder = e.failedRunDirectory();
            state = State.FAILED;
            message = "run failed (" + e.getCause() + "); its log is " + folder.resolve("run.log");
            return Status.error(message);
        } catch (RuntimeException | Error e) {
            state = State.FAILED;
            message = "run failed: " + e;
            return new Status(IStatus.ERROR, PLUGIN, message, e);
        } finally {
            line(state == State.SUCCEEDED ? "INFO" : "WARN", "", message);
            monitor.done();
            queue.fireFinished(this);
        }
    }

    private void line(String level, String step, String msg) {
        String text = LocalTime.now(ZoneId.systemDefault()).format(TIME) + " " + level
                + (step == null || step.isEmpty() ? "" : " [" + step + "]") + " " + msg;
        log.add(text);
        queue.fireLogged(this, text);
    }

    public Path experimentFile() {
        return experimentFile;
    }

    public String experimentName() {
        return experimentName;
    }

    public String runId() {
        return runId;
    }

    public State state() {
        return state;
    }

    /** The run's folder: the hidden one it is built in while running, then where it ended up. */
    public Path folder() {
        return folder;
    }

    /** The folder a successful run ends in. */
    public Path target() {
        return target;
    }

    /** The outcome in one line (empty while queued or running). */
    public String message() {
        return message;
    }

    /** The validation problems when the state is INVALID. */
    public List<String> problems() {
        return problems;
    }

    public List<String> log() {
        return new ArrayList<>(log);
    }

    /** Engine progress (steps "[i/n] id: task" with their units) mapped onto 1000 units of the job's monitor. */
    private static final class Progress implements ProgressMonitor {
        private final IProgressMonitor monitor;
        private int step = 0;
        private int steps = 1;
        private int total = -1;
        private int done = 0;
        private int reported = 0;

        Progress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void begin(String task, int totalWork) {
            Matcher m = STEP.matcher(task == null ? "" : task);
            if (m.find()) {
                step = Integer.parseInt(m.group(1)) - 1;
                steps = Math.max(1, Integer.parseInt(m.group(2)));
            }
            total = totalWork;
            done = 0;
            monitor.subTask(task);
            advance();
        }

        @Override
        public void worked(int units) {
            done += units;
            advance();
        }

        @Override
        public void subTask(String name) {
            monitor.subTask(name);
        }

        @Override
        public boolean isCanceled() {
            return monitor.isCanceled();
        }

        private void advance() {
            double within = total > 0 ? Math.min(1.0, (double) done / total) : 0;
            int now = (int) Math.round(1000 * (step + within) / steps);
            if (now > reported) {
                monitor.worked(now - reported);
                reported = now;
            }
        }
    }
}
