package org.osteon.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.registry.Registries;
import org.osteon.engine.ExperimentValidator.ResolvedExperiment;

/**
 * The front door of the engine, used by the command line and the workbench: validate an experiment file,
 * run it into a run folder, and list what is installed.
 */
public final class OsteonEngine {

    private final Registries registries;

    public OsteonEngine(Registries registries) {
        this.registries = registries;
    }

    /** An engine over the contributions of the running platform. */
    public static OsteonEngine ofPlatform() {
        return new OsteonEngine(Registries.ofPlatform());
    }

    /**
     * A long-lived platform service (e.g. the deep-learning engine), started on demand, or an
     * IllegalStateException naming the missing service.
     */
    public <T> T service(Class<T> type) {
        return PlatformServices.get(type);
    }

    public Registries registries() {
        return registries;
    }

    /** Loads and validates; every problem is reported at once in a ValidationException. */
    public ResolvedExperiment validate(Path experimentFile, Map<String, String> overrides) {
        Path file = experimentFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("experiment file " + file + " does not exist"
                    + (Files.isDirectory(file) ? " (it is a folder)" : "") + "; expected an *.osteon file");
        }
        ExperimentSpec spec = Experiments.load(file);
        return new ExperimentValidator(registries).resolve(spec, overrides, file.getParent(),
                Path.of("").toAbsolutePath());
    }

    /** Validates and runs; the run folder is {@code output} or runs/&lt;experiment&gt;-&lt;run id&gt;. */
    public RunOutcome run(Path experimentFile, Map<String, String> overrides, Optional<Path> output,
            ProgressMonitor progress) {
        return run(experimentFile, overrides, output, progress, RunLogListener.none());
    }

    /** As {@link #run(Path, Map, Optional, ProgressMonitor)}, telling {@code log} each line of the run log. */
    public RunOutcome run(Path experimentFile, Map<String, String> overrides, Optional<Path> output,
            ProgressMonitor progress, RunLogListener log) {
        ResolvedExperiment resolved = validate(experimentFile, overrides);
        String runId = ExperimentRunner.newRunId();
        Path target = output.orElseGet(() -> ExperimentRunner.defaultOutput(resolved.experiment().name(), runId));
        return new ExperimentRunner(registries).run(resolved, experimentFile.toAbsolutePath().normalize(), target,
                runId, progress, log);
    }

    /**
     * Runs with a run id chosen by the caller (the workbench names the run folder before the run starts, from
     * {@link ExperimentRunner#newRunId()}), into {@code output}.
     */
    public RunOutcome run(Path experimentFile, Map<String, String> overrides, Path output, String runId,
            ProgressMonitor progress, RunLogListener log) {
        ResolvedExperiment resolved = validate(experimentFile, overrides);
        return new ExperimentRunner(registries).run(resolved, experimentFile.toAbsolutePath().normalize(), output,
                runId, progress, log);
    }
}
