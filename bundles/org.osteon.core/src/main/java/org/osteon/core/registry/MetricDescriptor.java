package org.osteon.core.registry;

/** A contributed metric: kind "vector" (a VectorMetric) or "label" (a LabelMetric). */
public interface MetricDescriptor extends Descriptor {

    String metricKind();

    <T> T create(Class<T> type);
}
