package org.osteon.preprocess;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.registry.Registry;
import org.osteon.core.registry.TransformDescriptor;
import org.osteon.core.step.ParameterSpec;
import org.osteon.preprocess.internal.TransformContributions;

/**
 * The transforms contributed to {@code org.osteon.preprocess.transforms}: their declarations (read without
 * starting any bundle; a bad contribution is logged and skipped) and configured instances by id.
 */
public interface TransformCatalog {

    /** One contribution: id, name, description and its declared parameters. */
    record Entry(String id, String name, String description, String contributor, List<ParameterSpec> parameters) {

        public Entry {
            parameters = List.copyOf(parameters);
        }
    }

    /** Every valid contribution, sorted by id. */
    List<Entry> all();

    Optional<Entry> find(String id);

    /**
     * The transform {@code id} configured with {@code values} (parameter name to text); unset parameters take
     * their declared defaults. An unknown id, an undeclared parameter or a value outside its declaration is an
     * {@link org.osteon.core.InvalidInputException} naming all that is wrong.
     */
    Transform create(String id, Map<String, String> values);

    /** The catalog of the running platform's extension registry. */
    static TransformCatalog ofPlatform() {
        return TransformContributions.ofPlatform();
    }

    /** The catalog over a given registry of transform contributions (tests, standalone contexts). */
    static TransformCatalog of(Registry<TransformDescriptor> registry) {
        return new TransformContributions(registry);
    }
}
