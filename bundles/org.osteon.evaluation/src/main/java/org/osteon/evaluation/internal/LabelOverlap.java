package org.osteon.evaluation.internal;

import org.osteon.core.image.LabelMap;

/** Voxel counts of one label in a predicted and a reference map, and of their intersection. */
record LabelOverlap(long predicted, long reference, long both) {

    static LabelOverlap of(LabelMap predicted, LabelMap reference, int label, String metric) {
        if (!predicted.size().equals(reference.size())) {
            throw new IllegalArgumentException(metric + " needs label maps of equal size, got " + predicted.size()
                    + " and " + reference.size());
        }
        short[] p = predicted.labels();
        short[] r = reference.labels();
        long np = 0;
        long nr = 0;
        long both = 0;
        for (int i = 0; i < p.length; i++) {
            boolean a = p[i] == label;
            boolean b = r[i] == label;
            np += a ? 1 : 0;
            nr += b ? 1 : 0;
            both += a && b ? 1 : 0;
        }
        return new LabelOverlap(np, nr, both);
    }

    long union() {
        return predicted + reference - both;
    }
}
