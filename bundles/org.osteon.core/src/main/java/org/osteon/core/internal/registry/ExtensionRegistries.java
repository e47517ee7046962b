package org.osteon.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osteon.core.registry.DatasetReaderDescriptor;
import org.osteon.core.registry.Descriptor;
import org.osteon.core.registry.MetricDescriptor;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.registry.ReporterDescriptor;
import org.osteon.core.registry.StepDescriptor;

/**
 * The registries of the five Osteon extension points (readers split into volume and dataset readers), read once from an Eclipse extension registry.
 * Contributions are validated when read and instantiated only when asked for.
 */
public final class ExtensionRegistries implements Registries {

    public static final String NAMESPACE = "org.osteon.core";

    private final Registry<ReaderDescriptor> readers;
    private final Registry<DatasetReaderDescriptor> datasetReaders;
    private final Registry<StepDescriptor> steps;
    private final Registry<ModelDescriptor> models;
    private final Registry<MetricDescriptor> metrics;
    private final Registry<ReporterDescriptor> reporters;

    public ExtensionRegistries(IExtensionRegistry registry) {
        readers = new ListRegistry<>("reader", ContributionReader.read(registry, NAMESPACE + ".readers",
                "volumeReader", ReaderContribution::new));
        datasetReaders = new ListRegistry<>("dataset reader", ContributionReader.read(registry,
                NAMESPACE + ".readers", "datasetReader", DatasetReaderContribution::new));
        steps = new ListRegistry<>("step", ContributionReader.read(registry, NAMESPACE + ".steps", "step",
                StepContribution::new));
        List<MetricDescriptor> m = new ArrayList<>(ContributionReader.read(registry, NAMESPACE + ".metrics",
                "vectorMetric", e -> new MetricContribution(e, "vector")));
        for (String kind : new String[] {"label", "classification", "regression", "landmark"}) {
            m.addAll(ContributionReader.read(registry, NAMESPACE + ".metrics", kind + "Metric",
                    e -> new MetricContribution(e, kind)));
        }
        m.sort(Comparator.comparing(Descriptor::id));
        metrics = new ListRegistry<>("metric", m);
        models = new ListRegistry<>("model", ContributionReader.read(registry, NAMESPACE + ".models", "model",
                ModelContribution::new));
        reporters = new ListRegistry<>("reporter", ContributionReader.read(registry, NAMESPACE + ".reporters",
                "reporter", ReporterContribution::new));
    }

    /** Reads the registries of the running platform. */
    public static ExtensionRegistries ofPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("no Eclipse extension registry is running"
                    + " (is org.eclipse.equinox.registry started?)");
        }
        return new ExtensionRegistries(registry);
    }

    @Override
    public Registry<ReaderDescriptor> readers() {
        return readers;
    }

    @Override
    public Registry<DatasetReaderDescriptor> datasetReaders() {
        return datasetReaders;
    }

    @Override
    public Registry<StepDescriptor> steps() {
        return steps;
    }

    @Override
    public Registry<ModelDescriptor> models() {
        return models;
    }

    @Override
    public Registry<MetricDescriptor> metrics() {
        return metrics;
    }

    @Override
    public Registry<ReporterDescriptor> reporters() {
        return reporters;
    }

    private record ListRegistry<D extends Descriptor>(String kind, List<D> all) implements Registry<D> {
    }
}
