package org.osteon.core.step;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.registry.Registries;

/**
 * What a running step sees: its validated parameters, its inputs, a place to publish outputs and write
 * files, the run's seed, progress and the installed contributions.
 */
public interface StepContext {

    /** The step's id in the experiment. */
    String stepId();

    /** This step's seed, derived from the experiment seed and the step id. */
    long seed();

    /** The folder relative paths in parameters resolve against (the experiment file's folder). */
    Path baseDirectory();

    /** The raw (substituted) value of a declared parameter; the default when the experiment sets none. */
    String parameter(String name);

    default long integer(String name) {
        return Long.parseLong(parameter(name).strip());
    }

    default double real(String name) {
        return ParameterSpec.parseReal(parameter(name));
    }

    default boolean bool(String name) {
        return Boolean.parseBoolean(parameter(name).strip());
    }

    default double[] range(String name) {
        return ParameterSpec.parseRange(parameter(name));
    }

    default List<String> list(String name) {
        return ParameterSpec.parseList(parameter(name));
    }

    /** A FILE parameter resolved against {@link #baseDirectory()}; empty when the value is empty. */
    default Optional<Path> file(String name) {
        String v = parameter(name).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(baseDirectory().resolve(v).normalize());
    }

    /** The value bound to a declared input port; fails if it is unbound or of another type. */
    <T> T input(String port, Class<T> type);

    /** The value bound to an optional input port, if it is connected. */
    <T> Optional<T> optionalInput(String port, Class<T> type);

    /** Publishes the value of a declared output port. */
    void publish(String port, Object value);

    /**
     * A path under the run's {@code artifacts/} folder for a file this step writes (parent folders are
     * created). The engine records it with its sha256 when the step ends.
     */
    Path artifact(String relativePath, String mediaType);

    /** A path under the run's {@code results/} folder for a result table this step writes. */
    Path resultFile(String fileName, String mediaType);

    /** A warning the report shows prominently (e.g. that random weights were used). */
    void warn(String message);

    /** A fact about this run the report lists (e.g. the sha256 of a weights file). */
    void note(String key, String value);

    ProgressMonitor progress();

    /** The installed contributions (readers, models, metrics...). */
    Registries registries();

    /**
     * A long-lived platform service (an OSGi service such as the deep-learning engine), or an
     * IllegalStateException naming the missing service.
     */
    <T> T service(Class<T> type);
}
