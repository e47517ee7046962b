package org.osteon.segmentation.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.registry.MetricDescriptor;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.registry.ReporterDescriptor;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.step.StepContext;

/** A step context backed by maps, with the readers the test installs. */
final class FakeStepContext implements StepContext {

    final Map<String, String> parameters = new HashMap<>();
    final Map<String, Object> inputs = new HashMap<>();
    final Map<String, Object> published = new HashMap<>();
    final List<String> warnings = new ArrayList<>();
    final Map<String, String> notes = new HashMap<>();
    final List<String> artifacts = new ArrayList<>();
    final List<ReaderDescriptor> readers = new ArrayList<>();
    private final Path base;

    FakeStepContext(Path base) {
        this.base = base;
    }

    FakeStepContext reader(String id, VolumeReader reader, String... patterns) {
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
                return "test";
            }

            @Override
            public List<String> filePatterns() {
                return List.of(patterns);
            }

            @Override
            public boolean matches(Location location) {
                String name = location.name().toLowerCase(Locale.ROOT);
                for (String p : patterns) {
                    String regex = ("\\Q" + p + "\\E").replace("*", "\\E.*\\Q");
                    if (Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(name).matches()) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public VolumeReader create() {
                return reader;
            }
        });
        return this;
    }

    @Override
    public String stepId() {
        return "bones";
    }

    @Override
    public long seed() {
        return 1;
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
        return type.cast(inputs.get(port));
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
        return base.resolve("artifacts").resolve(relativePath);
    }

    @Override
    public Path resultFile(String fileName, String mediaType) {
        return base.resolve("results").resolve(fileName);
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
                return registry("reader", readers);
            }

            @Override
            public Registry<StepDescriptor> steps() {
                return registry("step", List.of());
            }

            @Override
            public Registry<ModelDescriptor> models() {
                return registry("model", List.of());
            }

            @Override
            public Registry<MetricDescriptor> metrics() {
                return registry("metric", List.of());
            }

            @Override
            public Registry<ReporterDescriptor> reporters() {
                return registry("reporter", List.of());
            }
        };
    }

    private static <D extends org.osteon.core.registry.Descriptor> Registry<D> registry(String kind, List<D> all) {
        return new Registry<>() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<D> all() {
                return List.copyOf(all);
            }
        };
    }

    @Override
    public <T> T service(Class<T> type) {
        throw new IllegalStateException("no service " + type.getName());
    }
}
