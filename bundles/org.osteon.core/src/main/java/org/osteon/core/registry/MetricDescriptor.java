package org.osteon.core.registry;

/**
 * A contributed metric: kind "vector" (a VectorMetric), "label" (a LabelMetric), or one of the cumulative
 * kinds "classification" (a ClassificationMetric), "regression" (a RegressionMetric) and "landmark" (a
 * LandmarkMetric). Cumulative metrics hold state: {@link #create} gives a fresh instance each call.
 */
public interface MetricDescriptor extends Descriptor {

    String metricKind();

    <T> T create(Class<T> type);
}
