package org.osteon.evaluation.internal;

import org.osteon.core.metric.MetricResult;

/** {@code org.osteon.evaluation.specificity}: recall of class 0 (binary). */
public final class SpecificityMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "specificity";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        return MetricResult.of(name(), confusion(labels, probabilities, classes).specificity());
    }
}
