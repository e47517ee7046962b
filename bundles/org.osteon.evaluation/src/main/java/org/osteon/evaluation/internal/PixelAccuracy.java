package org.osteon.evaluation.internal;

import org.osteon.core.image.LabelMap;
import org.osteon.core.metric.LabelMetric;

/** Pixel accuracy of one label: the share of voxels on which both maps agree whether they carry the label. */
public final class PixelAccuracy implements LabelMetric {

    @Override
    public double compute(LabelMap predicted, LabelMap reference, int label) {
        LabelOverlap o = LabelOverlap.of(predicted, reference, label, "pixel accuracy");
        long all = predicted.labels().length;
        if (all == 0) {
            throw new IllegalArgumentException("pixel accuracy needs label maps with at least one voxel");
        }
        return (double) (all - o.predicted() - o.reference() + 2 * o.both()) / all;
    }
}
