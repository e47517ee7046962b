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
import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.core.InvalidInputException;
import org.osteon.core.io.FileTrees;
import org.osteon.core.progress.CancelledException;
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
 * earlier run is never overwritten. A failed run is kept as NAME.failed, a cancelled one as NAME.cancelled.
 * <p>
 * Cancellation is one mechanism: the progress monitor is checked between steps (and before the reports) and
 * steps check it between their own units (batches, regions, stages); either way a
 * {@link CancelledException} ends the run as CANCELLED, keeping what finished.
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
        return Path.of("runs", folderName(experimentName, runId)).toAbsolutePath();
    }

    /** The name of a run's folder: &lt;experiment&gt;-&lt;run id&gt;, the experiment name made file-safe. */
    public static String folderName(String experimentName, String runId) {
        return safe(experimentName) + "-" + runId;
    }

    /** The hidden folder a run is built in before it is moved to {@code target}. */
    public static Path partialFolder(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
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
     * @throws RunCancelledException when {@code progress} was cancelled (what finished is kept in a
     *         ".cancelled" folder)
     * @throws RunFailedException for an internal failure (the log is kept in a ".failed" folder)
     */
    public RunOutcome run(ResolvedExperiment experiment, Path experimentFile, Path output, String runId,
            ProgressMonitor progress) {
        return run(experiment, experimentFile, output, runId, progress, RunLogListener.none());
    }

    /** As {@link #run(ResolvedExperiment, Path, Path, String, ProgressMonitor)}, telling {@code log} each log line. */
    public RunOutcome run(ResolvedExperiment experiment, Path experimentFile, Path output, String runId,
            ProgressMonitor progress, RunLogListener log) {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new InvalidInputException("output folder " + target + " already exists; a run never overwrites"
                    + " another: choose a new --output");
        }
        Path partial = partialFolder(target);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(partial)) {
                FileTrees.deleteTree(partial);
            }
            Files.createDirectories(partial);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create the run folder " + target + ": " + e.getMessage(), e);
        }
        RunRecord record = new RunRecord(runId, experiment, log);
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
            FileTrees.deleteQuietly(partial);
            throw e;
        } catch (Exception | Error e) {
            Optional<CancelledException> cancel = cancellation(e);
            if (cancel.isPresent()) {
                record.status = RunRecord.Status.CANCELLED;
                record.log("WARN", "", "run cancelled (" + cancel.get().getMessage() + "); what finished is kept");
                Path cancelled = keepAside(record, partial, target, "cancelled");
                throw new RunCancelledException("run cancelled: " + cancel.get().getMessage(), cancelled, e);
            }
            record.status = RunRecord.Status.FAILED;
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            record.log("ERROR", "", trace.toString());
            throw new RunFailedException("run failed: " + e, keepAside(record, partial, target, "failed"), e);
        }
    }

    /** The cancellation that stopped a run, when {@code t} is one or was caused by one (e.g. in a worker thread). */
    static Optional<CancelledException> cancellation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof CancelledException cancelled) {
                return Optional.of(cancelled);
            }
        }
        return Optional.empty();
    }

    /**
     * Records a run that did not succeed (run.log, run.xmi with its status and the files it wrote) and moves its
     * folder to NAME.{@code state} (NAME.state-2, ... when taken), never to NAME; returns the folder (the
     * partial one if it cannot be moved). No archive: only a complete run has one.
     */
    private static Path keepAside(RunRecord record, Path partial, Path target, String state) {
        record.finished = java.time.Instant.now();
        Path aside = target.resolveSibling(target.getFileName() + "." + state);
        for (int i = 2; Files.exists(aside); i++) {
            aside = target.resolveSibling(target.getFileName() + "." + state + "-" + i);
        }
        try {
            RunArchive.recordArtifacts(partial, record);
        } catch (RuntimeException | IOException ignored) {
            LOG.debug("could not list the files of the " + state + " run", ignored);
        }
        try {
            RunRecordWriter.writeLog(record, partial.resolve("run.log"));
            RunRecordWriter.write(record, partial.resolve("run.xmi"));
        } catch (RuntimeException | IOException ignored) {
            LOG.debug("could not record the " + state + " run", ignored);
        }
        try {
            move(partial, aside);
            return aside;
        } catch (IOException moveFailure) {
            return partial;
        }
    }

    private void executeSteps(ResolvedExperiment experiment, Path runDir, RunRecord record, ProgressMonitor progress)
            throws Exception {
        Map<String, Object> values = new HashMap<>();
        List<ResolvedStep> steps = experiment.steps();
        for (int i = 0; i < steps.size(); i++) {
            ResolvedStep step = steps.get(i);
            String id = step.spec().id();
            CancelledException.checkCanceled(progress, "before step '" + id + "'");
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
            } catch (Exception | Error e) {
                if (cancellation(e).isPresent()) {
                    record.log("WARN", id, "step " + (i + 1) + "/" + steps.size() + " (" + step.descriptor().id()
                            + ") cancelled after " + String.format(java.util.Locale.ROOT, "%.2f s",
                                    (System.nanoTime() - t0) / 1e9) + "; the files it wrote so far are kept");
                }
                throw e;
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
        // a cancel during the last step that the step did not check still stops the run: no report claims it
        CancelledException.checkCanceled(progress, "after the last step, before the reports");
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
