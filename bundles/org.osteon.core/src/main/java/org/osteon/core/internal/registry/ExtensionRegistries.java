package org.osteon.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osteon.core.registry.DatasetReaderDescriptor;
import org.osteon.core.registry.LossDescriptor;
import org.osteon.core.registry.Descriptor;
import org.osteon.core.registry.MetricDescriptor;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.registry.ReporterDescriptor;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.registry.TransformDescriptor;

/**
 * The registries of the Osteon extension points (readers split into volume and dataset readers), read once
 * from an Eclipse extension registry. Each point is declared by the bundle owning its contract (models in
 * org.osteon.dl, losses in org.osteon.training, transforms in org.osteon.preprocess, the rest here); the
 * descriptors are read here all the same, so that listing them needs no bundle started. Contributions are
 * validated when read and instantiated only when asked for. Others reach this through
 * {@link Registries#ofPlatform()}.
 */
public final class ExtensionRegistries implements Registries {

    public static final String NAMESPACE = "org.osteon.core";
    public static final String MODELS = "org.osteon.dl.models";
    public static final String LOSSES = "org.osteon.training.losses";
    public static final String TRANSFORMS = "org.osteon.preprocess.transforms";

    private final Registry<ReaderDescriptor> readers;
    private final Registry<DatasetReaderDescriptor> datasetReaders;
    private final Registry<StepDescriptor> steps;
    private final Registry<ModelDescriptor> models;
    private final Registry<MetricDescriptor> metrics;
    private final Registry<ReporterDescriptor> reporters;
    private final Registry<LossDescriptor> losses;
    private final Registry<TransformDescriptor> transforms;

    public ExtensionRegistries(IExtensionRegistry registry) {
        readers = Registry.of("reader", ContributionReader.read(registry, NAMESPACE + ".readers",
                "volumeReader", ReaderContribution::new));
        datasetReaders = Registry.of("dataset reader", ContributionReader.read(registry,
                NAMESPACE + ".readers", "datasetReader", DatasetReaderContribution::new));
        steps = Registry.of("step", ContributionReader.read(registry, NAMESPACE + ".steps", "step",
                StepContribution::new));
        List<MetricDescriptor> m = new ArrayList<>(ContributionReader.read(registry, NAMESPACE + ".metrics",
                "vectorMetric", e -> new MetricContribution(e, "vector")));
        for (String kind : new String[] {"label", "classification", "regression", "landmark"}) {
            m.addAll(ContributionReader.read(registry, NAMESPACE + ".metrics", kind + "Metric",
                    e -> new MetricContribution(e, kind)));
        }
        m.sort(Comparator.comparing(Descriptor::id));
        metrics = Registry.of("metric", m);
        models = Registry.of("model", ContributionReader.read(registry, MODELS, "model",
                ModelContribution::new));
        reporters = Registry.of("reporter", ContributionReader.read(registry, NAMESPACE + ".reporters",
                "reporter", ReporterContribution::new));
        losses = Registry.of("loss", ContributionReader.read(registry, LOSSES, "loss",
                ParameterizedContribution.Loss::new));
        transforms = Registry.of("transform", ContributionReader.read(registry, TRANSFORMS, "transform",
                ParameterizedContribution.Transform::new));
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

    @Override
    public Registry<LossDescriptor> losses() {
        return losses;
    }

    @Override
    public Registry<TransformDescriptor> transforms() {
        return transforms;
    }
}
