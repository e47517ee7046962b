package org.osteon.evaluation.internal;

import org.osteon.core.metric.MetricResult;

/** {@code org.osteon.evaluation.accuracy}: correct / all. */
public final class AccuracyMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "accuracy";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        return MetricResult.of(name(), confusion(labels, probabilities, classes).accuracy());
    }
}
