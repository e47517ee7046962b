package org.osteon.core.metric;

/** A cumulative metric of predicted against true landmark positions in mm (PCK, mean radial error). */
public interface LandmarkMetric extends CumulativeMetric {

    /**
     * One batch of landmarks: {@code predicted[i]} and {@code reference[i]} are the same landmark's
     * coordinates in mm (2 or 3 values each); a landmark that is absent from the reference is left out by
     * the caller.
     */
    void update(double[][] predicted, double[][] reference);
}
