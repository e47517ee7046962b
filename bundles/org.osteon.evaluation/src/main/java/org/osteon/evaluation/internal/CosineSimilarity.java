package org.osteon.evaluation.internal;

import org.osteon.core.metric.VectorMetric;

/** Cosine similarity a.b / (|a| |b|), accumulated in double; 0 when either vector is all zeros. */
public final class CosineSimilarity implements VectorMetric {

    @Override
    public double compute(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cosine similarity needs vectors of equal length, got " + a.length
                    + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / (Math.sqrt(na) * Math.sqrt(nb));
    }
}
