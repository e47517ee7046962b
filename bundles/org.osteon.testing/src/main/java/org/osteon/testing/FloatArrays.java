package org.osteon.testing;

/** Differences between a computed and a reference array, for tolerance assertions. */
public final class FloatArrays {

    private FloatArrays() {
    }

    /** Largest |a - b| relative to the largest |b| (at least 1e-12). */
    public static double relativeError(float[] a, float[] b) {
        return maxAbsDifference(a, b) / Math.max(1e-12, maxAbs(b));
    }

    /** Largest |a - b|. */
    public static double maxAbsDifference(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        return diff;
    }

    private static double maxAbs(float[] values) {
        double max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
