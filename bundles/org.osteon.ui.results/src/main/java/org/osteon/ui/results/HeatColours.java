package org.osteon.ui.results;

/**
 * A sequential colour map (viridis: dark blue through green to yellow, perceptually even and readable in grey)
 * and the text colour that stays readable on each of its colours. Colours are packed 0xRRGGBB.
 */
public final class HeatColours {

    /** Viridis sampled at 0, 1/8, ..., 1; colours between are interpolated linearly. */
    private static final int[] STOPS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962,
            0xADDC30, 0xFDE725};

    private HeatColours() {
    }

    /** The colour of {@code value} on a scale from {@code min} to {@code max}; the middle one when min == max. */
    public static int colour(double value, double min, double max) {
        double t = max > min ? (value - min) / (max - min) : 0.5;
        return colour(t);
    }

    /** The colour at {@code t} in [0, 1] (clamped). */
    public static int colour(double t) {
        double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return mix(a >> 16, b >> 16, f) << 16 | mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f) << 8 | mix(a & 0xFF, b & 0xFF, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Black on light colours, white on dark ones (by relative luminance). */
    public static int text(int background) {
        double luminance = 0.2126 * linear(background >> 16 & 0xFF) + 0.7152 * linear(background >> 8 & 0xFF)
                + 0.0722 * linear(background & 0xFF);
        return luminance > 0.179 ? 0x000000 : 0xFFFFFF;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
