package org.osteon.evaluation;

import org.osteon.core.metric.LandmarkMetric;
import org.osteon.evaluation.internal.PckMetric;

/**
 * Metrics configured in code rather than looked up by id. The contributed metrics ({@code osteon list
 * metrics}) come from the metrics registry with their defaults; these take parameters.
 */
public final class Metrics {

    private Metrics() {
    }

    /** PCK at the given radii in mm; entries {@code pck@<r>mm}. */
    public static LandmarkMetric pck(double... radiiMm) {
        return new PckMetric(radiiMm);
    }
}
