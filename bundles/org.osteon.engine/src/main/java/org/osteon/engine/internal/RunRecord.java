package org.osteon.engine.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteon.core.report.RunReport;
import org.osteon.core.result.MatrixResult;
import org.osteon.engine.ExperimentValidator.ResolvedExperiment;

/** What the engine records about a run while it executes; written as run.xmi at the end. */
public final class RunRecord {

    public enum Status {
        RUNNING, SUCCEEDED, FAILED, CANCELLED
    }

    /** One line of the run log. */
    public record LogLine(Instant time, String level, String step, String message) {
    }

    /** One file the run wrote. */
    public record ArtifactRecord(String name, String path, String sha256, String mediaType, String step) {
    }

    /** A matrix and the step that produced it. */
    public record MatrixRecord(MatrixResult matrix, String step) {
    }

    public final String runId;
    public final ResolvedExperiment experiment;
    public final Instant started = Instant.now();
    public Instant finished;
    public Status status = Status.RUNNING;
    public final Map<String, String> environment = new LinkedHashMap<>();
    public final List<LogLine> log = new ArrayList<>();
    public final List<ArtifactRecord> artifacts = new ArrayList<>();
    public final List<MatrixRecord> matrices = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final Map<String, String> notes = new LinkedHashMap<>();
    public final List<RunReport.StepSummary> steps = new ArrayList<>();
    /** Files steps asked for: absolute path -> {media type, step id}. */
    final Map<String, String[]> declaredFiles = new LinkedHashMap<>();

    private final org.osteon.engine.RunLogListener listener;

    public RunRecord(String runId, ResolvedExperiment experiment) {
        this(runId, experiment, org.osteon.engine.RunLogListener.none());
    }

    public RunRecord(String runId, ResolvedExperiment experiment, org.osteon.engine.RunLogListener listener) {
        this.runId = runId;
        this.experiment = experiment;
        this.listener = listener;
    }

    public synchronized void log(String level, String step, String message) {
        LogLine line = new LogLine(Instant.now(), level, step, message);
        log.add(line);
        try {
            listener.logged(line.time(), level, step, message);
        } catch (RuntimeException ignored) {
            // a listener never stops a run
        }
    }
}
