package org.osteon.reporting.internal;

import java.util.Locale;

/**
 * The sequential colour scale of the heat maps: viridis (van der Walt and Smith, matplotlib), sampled at nine
 * stops and interpolated linearly. It is perceptually uniform and readable in grey and by most colour-blind
 * readers.
 */
final class ColourScale {

    private static final int[][] STOPS = { { 0x44, 0x01, 0x54 }, { 0x47, 0x2d, 0x7b }, { 0x3b, 0x52, 0x8b },
            { 0x2c, 0x72, 0x8e }, { 0x21, 0x91, 0x8c }, { 0x28, 0xae, 0x80 }, { 0x5e, 0xc9, 0x62 },
            { 0xad, 0xdc, 0x30 }, { 0xfd, 0xe7, 0x25 } };

    /** Cells without a value (NaN). */
    static final String MISSING = "#d0d0d0";

    private ColourScale() {
    }

    /** The colour at {@code t} in [0, 1] (clamped) as {@code #rrggbb}. */
    static String colour(double t) {
        int[] rgb = rgb(t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** Black or white, whichever reads better on the colour at {@code t}. */
    static String textColour(double t) {
        int[] rgb = rgb(t);
        double luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        return luminance < 128 ? "#ffffff" : "#000000";
    }

    /** The number of stops, spread evenly over [0, 1] (for the legend's SVG gradient). */
    static int stopCount() {
        return STOPS.length;
    }

    static String stopColour(int i) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", STOPS[i][0], STOPS[i][1], STOPS[i][2]);
    }

    private static int[] rgb(double t) {
        double x = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min((int) Math.floor(x), STOPS.length - 2);
        double f = x - i;
        int[] rgb = new int[3];
        for (int k = 0; k < 3; k++) {
            rgb[k] = (int) Math.round(STOPS[i][k] + f * (STOPS[i + 1][k] - STOPS[i][k]));
        }
        return rgb;
    }
}
