package org.osteon.core.registry;

/** The registries of all Osteon extension points. */
public interface Registries {

    Registry<ReaderDescriptor> readers();

    Registry<StepDescriptor> steps();

    Registry<ModelDescriptor> models();

    Registry<MetricDescriptor> metrics();

    Registry<ReporterDescriptor> reporters();
}
