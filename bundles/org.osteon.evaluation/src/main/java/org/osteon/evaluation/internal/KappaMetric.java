package org.osteon.evaluation.internal;

import java.util.List;

import org.osteon.core.metric.MetricResult;
import org.osteon.core.metric.MetricResult.Entry;
import org.osteon.evaluation.Kappa;

/** {@code org.osteon.evaluation.kappa}: Cohen's kappa with its 95% confidence interval. */
public final class KappaMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "kappa";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        Kappa k = confusion(labels, probabilities, classes).kappa();
        return new MetricResult(List.of(Entry.withInterval(name(), k.value(), k.low(), k.high())));
    }
}
