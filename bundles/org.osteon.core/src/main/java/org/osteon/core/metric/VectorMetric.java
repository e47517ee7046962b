package org.osteon.core.metric;

/** A number computed from two vectors of equal length (similarity, distance). */
public interface VectorMetric {

    double compute(float[] a, float[] b);
}
