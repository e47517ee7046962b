package org.osteon.evaluation.internal;

import org.osteon.core.metric.MetricResult;

/** {@code org.osteon.evaluation.error}: 1 - accuracy. */
public final class ErrorMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "error";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        return MetricResult.of(name(), confusion(labels, probabilities, classes).error());
    }
}
