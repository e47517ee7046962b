package org.osteon.core.step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.io.FilePatterns;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.registry.Descriptor;
import org.osteon.core.registry.MetricDescriptor;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.registry.ReporterDescriptor;
import org.osteon.core.registry.StepDescriptor;

/**
 * A step context without an engine, for running one {@link Step} directly: in a step's unit tests, or from
 * Java code that has its inputs at hand. Parameters are set as text (unset ones read as ""), inputs are
 * bound by port, files go under the base folder ({@code artifacts/}, {@code results/}), and what the step
 * publishes, warns and notes is kept for inspection. No parameter declarations are checked: that is the
 * engine's work. Readers are only those added with {@link #reader}; no services are available.
 */
public final class StandaloneStepContext implements StepContext {

    private final String stepId;
    private final Path base;
    private long seed = 1;
    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, Object> inputs = new HashMap<>();
    private final Map<String, Object> published = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> artifacts = new ArrayList<>();
    private final List<ReaderDescriptor> readers = new ArrayList<>();

    /** A context for a step called {@code stepId} whose files and relative paths live under {@code base}. */
    public StandaloneStepContext(String stepId, Path base) {
        this.stepId = stepId;
        this.base = base;
    }

    /** Sets a parameter's value (text, as in an experiment). */
    public StandaloneStepContext set(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    /** Binds an input port to a value. */
    public StandaloneStepContext bind(String port, Object value) {
        inputs.put(port, value);
        return this;
    }

    public StandaloneStepContext seed(long value) {
        seed = value;
        return this;
    }

    /** Installs a reader, found by the step through {@link #registries()} when one of the patterns matches. */
    public StandaloneStepContext reader(String id, VolumeReader reader, String... patterns) {
        FilePatterns globs = new FilePatterns(List.of(patterns));
        readers.add(new ReaderDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return id;
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public String contributor() {
                return "standalone";
            }

            @Override
            public List<String> filePatterns() {
                return globs.globs();
            }

            @Override
            public boolean matches(Location location) {
                return globs.matches(location);
            }

            @Override
            public VolumeReader create() {
                return reader;
            }
        });
        return this;
    }

    /** What the step published, by port. */
    public Map<String, Object> published() {
        return Collections.unmodifiableMap(published);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public Map<String, String> notes() {
        return Collections.unmodifiableMap(notes);
    }

    /** The artifact files the step asked for, as "relative/path media/type". */
    public List<String> artifacts() {
        return Collections.unmodifiableList(artifacts);
    }

    @Override
    public String stepId() {
        return stepId;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Path baseDirectory() {
        return base;
    }

    @Override
    public String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }

    @Override
    public <T> T input(String port, Class<T> type) {
        return optionalInput(port, type).orElseThrow(() -> new IllegalStateException("input '" + port
                + "' is not bound"));
    }

    @Override
    public <T> Optional<T> optionalInput(String port, Class<T> type) {
        return Optional.ofNullable(inputs.get(port)).map(type::cast);
    }

    @Override
    public void publish(String port, Object value) {
        published.put(port, value);
    }

    @Override
    public Path artifact(String relativePath, String mediaType) {
        artifacts.add(relativePath + " " + mediaType);
        return file(base.resolve("artifacts").resolve(relativePath));
    }

    @Override
    public Path resultFile(String fileName, String mediaType) {
        return file(base.resolve("results").resolve(fileName));
    }

    private static Path file(Path p) {
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void note(String key, String value) {
        notes.put(key, value);
    }

    @Override
    public ProgressMonitor progress() {
        return ProgressMonitor.none();
    }

    @Override
    public Registries registries() {
        return new Registries() {
            @Override
            public Registry<ReaderDescriptor> readers() {
                return Registry.of("reader", readers);
            }

            @Override
            public Registry<StepDescriptor> steps() {
                return Registry.of("step", List.of());
            }

            @Override
            public Registry<ModelDescriptor> models() {
                return Registry.of("model", List.of());
            }

            @Override
            public Registry<MetricDescriptor> metrics() {
                return Registry.of("metric", List.of());
            }

            @Override
            public Registry<ReporterDescriptor> reporters() {
                return Registry.of("reporter", List.of());
            }
        };
    }

    @Override
    public <T> T service(Class<T> type) {
        throw new IllegalStateException("no service " + type.getName() + " outside the platform");
    }
}
