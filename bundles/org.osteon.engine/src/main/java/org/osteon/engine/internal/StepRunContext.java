package org.osteon.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.progress.ProgressMonitor;
import org.osteon.engine.PlatformServices;
import org.osteon.core.registry.Registries;
import org.osteon.core.step.PortSpec;
import org.osteon.core.step.StepContext;
import org.osteon.engine.ExperimentValidator.ResolvedStep;

/** The context one step runs in: its parameters, its bound inputs and the run folder it writes into. */
final class StepRunContext implements StepContext {

    private final ResolvedStep step;
    private final long seed;
    private final Path baseDirectory;
    private final Path runDirectory;
    private final Map<String, Object> runValues;
    private final RunRecord record;
    private final ProgressMonitor progress;
    private final Registries registries;
    final Map<String, Object> published = new LinkedHashMap<>();
    final Map<Path, String> writtenFiles = new LinkedHashMap<>();

    StepRunContext(ResolvedStep step, long seed, Path baseDirectory, Path runDirectory, Map<String, Object> runValues,
            RunRecord record, ProgressMonitor progress, Registries registries) {
        this.step = step;
        this.seed = seed;
        this.baseDirectory = baseDirectory;
        this.runDirectory = runDirectory;
        this.runValues = runValues;
        this.record = record;
        this.progress = progress;
        this.registries = registries;
    }

    @Override
    public String stepId() {
        return step.spec().id();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Path baseDirectory() {
        return baseDirectory;
    }

    @Override
    public String parameter(String name) {
        String v = step.parameters().get(name);
        if (v == null) {
            throw new IllegalArgumentException("step " + step.descriptor().id() + " reads parameter '" + name
                    + "', which it does not declare");
        }
        return v;
    }

    @Override
    public <T> T input(String port, Class<T> type) {
        return optionalInput(port, type).orElseThrow(() -> new IllegalStateException("input '" + port + "' of step '"
                + stepId() + "' is not connected or its source published nothing"));
    }

    @Override
    public <T> Optional<T> optionalInput(String port, Class<T> type) {
        if (step.descriptor().port(port, PortSpec.Direction.INPUT).isEmpty()) {
            throw new IllegalArgumentException("step " + step.descriptor().id() + " reads input '" + port
                    + "', which it does not declare");
        }
        String source = step.inputs().get(port);
        if (source == null) {
            return Optional.empty();
        }
        Object v = runValues.get(source);
        if (v == null) {
            return Optional.empty();
        }
        if (!type.isInstance(v)) {
            throw new IllegalStateException("input '" + port + "' of step '" + stepId() + "' holds a "
                    + v.getClass().getName() + ", not a " + type.getName());
        }
        return Optional.of(type.cast(v));
    }

    @Override
    public void publish(String port, Object value) {
        if (step.descriptor().port(port, PortSpec.Direction.OUTPUT).isEmpty()) {
            throw new IllegalArgumentException("step " + step.descriptor().id() + " publishes '" + port
                    + "', which it does not declare as an output");
        }
        published.put(port, value);
    }

    @Override
    public Path artifact(String relativePath, String mediaType) {
        return file(runDirectory.resolve("artifacts").resolve(stepId()), relativePath, mediaType);
    }

    @Override
    public Path resultFile(String fileName, String mediaType) {
        return file(runDirectory.resolve("results"), fileName, mediaType);
    }

    private Path file(Path folder, String relative, String mediaType) {
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder)) {
            throw new IllegalArgumentException("step '" + stepId() + "' asked for a file outside the run folder: "
                    + relative);
        }
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writtenFiles.put(p, mediaType);
        return p;
    }

    @Override
    public void warn(String message) {
        record.warnings.add(message);
        record.log("WARN", stepId(), message);
    }

    @Override
    public void note(String key, String value) {
        record.notes.put(key, value);
        record.log("INFO", stepId(), key + ": " + value);
    }

    @Override
    public ProgressMonitor progress() {
        return progress;
    }

    @Override
    public Registries registries() {
        return registries;
    }

    @Override
    public <T> T service(Class<T> type) {
        return PlatformServices.get(type);
    }
}
