package org.osteon.evaluation.internal;

import org.osteon.core.metric.MetricResult;
import org.osteon.evaluation.Auroc;

/** {@code org.osteon.evaluation.auroc}: area under the ROC curve (macro one-vs-rest beyond 2 classes). */
public final class AurocMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "auroc";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        return MetricResult.of(name(), Auroc.oneVsRest(labels, probabilities));
    }
}
