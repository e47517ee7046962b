package org.osteon.preprocess;

import org.osteon.core.InvalidInputException;

/**
 * An intensity window [lower, upper] (HU for CT) mapped linearly onto [0, 1]; values outside are clamped.
 */
public record IntensityWindow(double lower, double upper) {

    public IntensityWindow {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new InvalidInputException("intensity window [" + lower + ", " + upper
                    + "] is not valid: expected finite bounds with the lower below the upper");
        }
    }

    /** {@code value} mapped to [0, 1]. */
    public float apply(float value) {
        double v = (value - lower) / (upper - lower);
        return (float) (v < 0 ? 0 : v > 1 ? 1 : v);
    }
}
