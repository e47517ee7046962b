package org.osteon.evaluation.internal;

import org.osteon.core.image.LabelMap;
import org.osteon.core.metric.LabelMetric;

/** Dice overlap 2|A and B| / (|A| + |B|) of one label; 1 when both are empty. */
public final class DiceCoefficient implements LabelMetric {

    @Override
    public double compute(LabelMap predicted, LabelMap reference, int label) {
        LabelOverlap o = LabelOverlap.of(predicted, reference, label, "Dice");
        return o.predicted() + o.reference() == 0 ? 1.0 : 2.0 * o.both() / (o.predicted() + o.reference());
    }
}
