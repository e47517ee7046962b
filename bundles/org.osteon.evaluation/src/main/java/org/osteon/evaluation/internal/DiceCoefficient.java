package org.osteon.evaluation.internal;

import org.osteon.core.image.LabelMap;
import org.osteon.core.metric.LabelMetric;

/** Dice overlap 2|A and B| / (|A| + |B|) of one label; 1 when both are empty. */
public final class DiceCoefficient implements LabelMetric {

    @Override
    public double compute(LabelMap predicted, LabelMap reference, int label) {
        if (!predicted.size().equals(reference.size())) {
            throw new IllegalArgumentException("Dice needs label maps of equal size, got " + predicted.size()
                    + " and " + reference.size());
        }
        short[] p = predicted.labels();
        short[] r = reference.labels();
        long both = 0;
        long np = 0;
        long nr = 0;
        for (int i = 0; i < p.length; i++) {
            boolean a = p[i] == label;
            boolean b = r[i] == label;
            np += a ? 1 : 0;
            nr += b ? 1 : 0;
            both += a && b ? 1 : 0;
        }
        return np + nr == 0 ? 1.0 : 2.0 * both / (np + nr);
    }
}
