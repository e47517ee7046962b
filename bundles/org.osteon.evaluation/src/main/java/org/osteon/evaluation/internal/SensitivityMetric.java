package org.osteon.evaluation.internal;

import org.osteon.core.metric.MetricResult;

/** {@code org.osteon.evaluation.sensitivity}: recall of class 1 (binary). */
public final class SensitivityMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "sensitivity";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        return MetricResult.of(name(), confusion(labels, probabilities, classes).sensitivity());
    }
}
