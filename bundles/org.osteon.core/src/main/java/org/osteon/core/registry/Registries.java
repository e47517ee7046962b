package org.osteon.core.registry;

import java.util.List;

/** The registries of all Osteon extension points. */
public interface Registries {

    /** The registries of the running platform, read from its extension registry. */
    static Registries ofPlatform() {
        return org.osteon.core.internal.registry.ExtensionRegistries.ofPlatform();
    }

    Registry<ReaderDescriptor> readers();

    Registry<StepDescriptor> steps();

    Registry<ModelDescriptor> models();

    Registry<MetricDescriptor> metrics();

    Registry<ReporterDescriptor> reporters();

    /**
     * The dataset-index readers ({@code <datasetReader>} on {@code org.osteon.core.readers}). The default has
     * none, so that registries built for a single step (tests, standalone contexts) need not list them.
     */
    default Registry<DatasetReaderDescriptor> datasetReaders() {
        return new Registry<>() {
            @Override
            public String kind() {
                return "dataset reader";
            }

            @Override
            public List<DatasetReaderDescriptor> all() {
                return List.of();
            }
        };
    }
}
