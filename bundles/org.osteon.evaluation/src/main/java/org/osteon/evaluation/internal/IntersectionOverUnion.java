package org.osteon.evaluation.internal;

import org.osteon.core.image.LabelMap;
import org.osteon.core.metric.LabelMetric;

/** Jaccard index |A and B| / |A or B| of one label (IoU = Dice / (2 - Dice)); 1 when both are empty. */
public final class IntersectionOverUnion implements LabelMetric {

    @Override
    public double compute(LabelMap predicted, LabelMap reference, int label) {
        LabelOverlap o = LabelOverlap.of(predicted, reference, label, "IoU");
        return o.union() == 0 ? 1.0 : (double) o.both() / o.union();
    }
}
