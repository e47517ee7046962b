package org.osteon.core.registry;

import java.util.List;

import org.osteon.core.internal.registry.ExtensionRegistries;

/**
 * The registries of all Osteon extension points. The engine, the command line and the workbench get the
 * platform's with {@link #ofPlatform()}; tests and standalone contexts may implement this interface over
 * fixed lists.
 */
public interface Registries {

    /**
     * The contributions of the running platform, read and validated now from the Eclipse extension
     * registry (a bad contribution is logged naming its bundle and left out). Read once per use, e.g. per
     * engine: contributions are not re-read when bundles come and go.
     *
     * @throws IllegalStateException when no extension registry is running
     */
    static Registries ofPlatform() {
        return ExtensionRegistries.ofPlatform();
    }

    Registry<ReaderDescriptor> readers();

    Registry<StepDescriptor> steps();

    /** Networks contributed to {@code org.osteon.dl.models}. */
    Registry<ModelDescriptor> models();

    Registry<MetricDescriptor> metrics();

    Registry<ReporterDescriptor> reporters();

    /**
     * The dataset-index readers ({@code <datasetReader>} on {@code org.osteon.core.readers}). The default has
     * none, so that registries built for a single step (tests, standalone contexts) need not list them.
     */
    default Registry<DatasetReaderDescriptor> datasetReaders() {
        return Registry.of("dataset reader", List.of());
    }

    /** Training losses contributed to {@code org.osteon.training.losses}; none by default. */
    default Registry<LossDescriptor> losses() {
        return Registry.of("loss", List.of());
    }

    /** Image transforms contributed to {@code org.osteon.preprocess.transforms}; none by default. */
    default Registry<TransformDescriptor> transforms() {
        return Registry.of("transform", List.of());
    }
}
