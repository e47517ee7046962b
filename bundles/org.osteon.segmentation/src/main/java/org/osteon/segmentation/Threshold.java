package org.osteon.segmentation;

import org.osteon.core.image.Volume;

/** Binary masks from intensity thresholds. */
public final class Threshold {

    private Threshold() {
    }

    /** True where {@code value >= lower} (NaN is never inside). */
    public static boolean[] atLeast(float[] data, double lower) {
        boolean[] m = new boolean[data.length];
        for (int i = 0; i < data.length; i++) {
            m[i] = data[i] >= lower;
        }
        return m;
    }

    /** True where {@code value >= lower} in the volume. */
    public static boolean[] atLeast(Volume volume, double lower) {
        return atLeast(volume.data(), lower);
    }

    /** True where {@code lower <= value <= upper}. */
    public static boolean[] between(float[] data, double lower, double upper) {
        boolean[] m = new boolean[data.length];
        for (int i = 0; i < data.length; i++) {
            m[i] = data[i] >= lower && data[i] <= upper;
        }
        return m;
    }

    /** Number of true voxels. */
    public static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
