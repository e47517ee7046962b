package org.osteon.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.ReporterDescriptor;
import org.osteon.core.report.RunReport;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.PortSpec;
import org.osteon.engine.ExperimentValidator.ResolvedExperiment;
import org.osteon.engine.ExperimentValidator.ResolvedStep;
import org.osteon.engine.internal.Environments;
import org.osteon.engine.internal.MemorySampler;
import org.osteon.engine.internal.RunArchive;
import org.osteon.engine.internal.RunRecord;
import org.osteon.engine.internal.RunRecordWriter;
import org.osteon.engine.internal.StepRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a validated experiment into a fresh run folder: steps in dependency order, then the reporters, then
 * run.xmi and the archive. The folder is built under a hidden temporary name beside the target and moved
 * into place only when everything succeeded, so an interrupted or failed run never looks complete and an
 * earlier run is never overwritten.
 */
public final class ExperimentRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRunner.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Registries registries;

    public ExperimentRunner(Registries registries) {
        this.registries = registries;
    }

    /** The seed of one step: derived from the experiment seed and the step id, stable across runs. */
    public static long stepSeed(long experimentSeed, String stepId) {
        long h = 1125899906842597L;
        for (int i = 0; i < stepId.length(); i++) {
            h = 31 * h + stepId.charAt(i);
        }
        return new SplittableRandom(experimentSeed ^ h).nextLong();
    }

    /** A new run id: UTC time plus four hex digits. */
    public static String newRunId() {
        return LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID) + "-"
                + String.format("%04x", new java.security.SecureRandom().nextInt(0x10000));
    }

    /** The default run folder: runs/&lt;experiment&gt;-&lt;run id&gt; under the working directory. */
    public static Path defaultOutput(String experimentName, String runId) {
        return Path.of("runs", safe(experimentName) + "-" + runId).toAbsolutePath();
    }

    static String safe(String name) {
        String s = name == null ? "experiment" : name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return s.isEmpty() ? "experiment" : s;
    }

    /**
     * Runs {@code experiment} (read from {@code experimentFile}) into {@code output}, which must not exist.
     *
     * @throws InvalidInputException for a user's mistake found while running (nothing is left at
     *         {@code output})
     * @throws RunFailedException for an internal failure (the log is kept in a ".failed" folder)
     */
    public RunOutcome run(ResolvedExperiment experiment, Path experimentFile, Path output, String runId,
            ProgressMonitor progress) {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new InvalidInputException("output folder " + target + " already exists; a run never overwrites"
                    + " another: choose a new --output");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(partial)) {
                RunArchive.deleteTree(partial);
            }
            Files.createDirectories(partial);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create the run folder " + target + ": " + e.getMessage(), e);
        }
        RunRecord record = new RunRecord(runId, experiment);
        record.environment.putAll(Environments.describe());
        record.log("INFO", "", "run " + runId + " of experiment '" + experiment.experiment().name() + "' started");
        try {
            Files.copy(experimentFile, partial.resolve("experiment.osteon"));
            executeSteps(experiment, partial, record, progress);
            runReporters(experiment, partial, record);
            record.status = RunRecord.Status.SUCCEEDED;
            record.finished = java.time.Instant.now();
            record.log("INFO", "", "run succeeded");
            RunArchive.recordArtifacts(partial, record);
            RunRecordWriter.write(record, partial.resolve("run.xmi"));
            RunRecordWriter.writeLog(record, partial.resolve("run.log"));
            String archiveName = safe(experiment.experiment().name()) + "-" + runId + ".osteon.zip";
            RunArchive.zip(partial, partial.resolve(archiveName));
            move(partial, target);
            return new RunOutcome(target, runId, record.matrices.stream().map(RunRecord.MatrixRecord::matrix).toList(),
                    target.resolve(archiveName), record.warnings);
        } catch (InvalidInputException e) {
            RunArchive.deleteQuietly(partial);
            throw e;
        } catch (Exception | Error e) {
            record.status = RunRecord.Status.FAILED;
            record.finished = java.time.Instant.now();
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            record.log("ERROR", "", trace.toString());
            Path failed = target.resolveSibling(target.getFileName() + ".failed");
            for (int i = 2; Files.exists(failed); i++) {
                failed = target.resolveSibling(target.getFileName() + ".failed-" + i);
            }
            try {
                RunRecordWriter.writeLog(record, partial.resolve("run.log"));
                RunRecordWriter.write(record, partial.resolve("run.xmi"));
            } catch (RuntimeException | IOException ignored) {
                LOG.debug("could not record the failed run", ignored);
            }
            try {
                move(partial, failed);
            } catch (IOException moveFailure) {
                failed = partial;
            }
            throw new RunFailedException("run failed: " + e, failed, e);
        }
    }

    private void executeSteps(ResolvedExperiment experiment, Path runDir, RunRecord record, ProgressMonitor progress)
            throws Exception {
        Map<String, Object> values = new HashMap<>();
        List<ResolvedStep> steps = experiment.steps();
        for (int i = 0; i < steps.size(); i++) {
            ResolvedStep step = steps.get(i);
            String id = step.spec().id();
            if (progress.isCanceled()) {
                record.status = RunRecord.Status.CANCELLED;
                throw new InvalidInputException("run cancelled before step '" + id + "'");
            }
            record.log("INFO", id, "step " + (i + 1) + "/" + steps.size() + " (" + step.descriptor().id()
                    + ") started with " + step.parameters());
            long t0 = System.nanoTime();
            Map<String, Object> published;
            long peak;
            try (MemorySampler memory = MemorySampler.start()) {
                published = StepRunner.run(step, stepSeed(experiment.experiment().seed(), id),
                    experiment.baseDirectory(), runDir, values, record,
                    StepRunner.prefixed(progress, "[" + (i + 1) + "/" + steps.size() + "] " + id), registries);
                peak = memory.peakBytes();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (PortSpec out : step.descriptor().ports()) {
                if (out.direction() == PortSpec.Direction.OUTPUT && !out.optional() && !published.containsKey(out.name())) {
                    throw new IllegalStateException("step '" + id + "' (" + step.descriptor().id()
                            + ") did not publish its output '" + out.name() + "'");
                }
            }
            for (var p : published.entrySet()) {
                values.put(id + "." + p.getKey(), p.getValue());
                if (p.getValue() instanceof MatrixResult m) {
                    if (record.matrices.stream().anyMatch(r -> r.matrix().name().equals(m.name()))) {
                        throw new IllegalStateException("two steps publish a result matrix named '" + m.name() + "'");
                    }
                    record.matrices.add(new RunRecord.MatrixRecord(m, id));
                }
            }
            record.steps.add(new RunReport.StepSummary(id, step.descriptor().id(), seconds, peak));
            record.log("INFO", id, String.format(java.util.Locale.ROOT, "step finished in %.2f s, peak resident memory %s",
                    seconds, peak < 0 ? "unknown" : (peak >> 20) + " MiB"));
        }
    }

    private void runReporters(ResolvedExperiment experiment, Path runDir, RunRecord record) throws IOException {
        List<ReporterDescriptor> reporters = new ArrayList<>();
        if (experiment.experiment().reporters().isEmpty()) {
            reporters.addAll(registries.reporters().all());
        } else {
            for (String id : experiment.experiment().reporters()) {
                reporters.add(registries.reporters().get(id));
            }
        }
        record.finished = java.time.Instant.now();
        RunArchive.recordArtifacts(runDir, record);
        RunReport report = RunRecordWriter.report(record);
        for (ReporterDescriptor r : reporters) {
            List<String> files = r.create().report(report, runDir);
            record.log("INFO", "", "reporter " + r.id() + " wrote " + String.join(", ", files));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Parses "name=value" overrides, keeping order; a malformed one is a user error. */
    public static Map<String, String> parseOverrides(List<String> sets) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--set " + s + ": expected name=value");
            }
            out.put(s.substring(0, eq).strip(), s.substring(eq + 1));
        }
        return out;
    }
}
