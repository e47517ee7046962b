package org.osteon.core.internal.registry;

import org.osteon.core.metric.VectorMetric;

/** Fixture metric contributed by this test bundle: the dot product. */
public class FixtureMetric implements VectorMetric {

    @Override
    public double compute(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
