package org.osteon.preprocess;

import org.osteon.core.InvalidInputException;

/**
 * Grey values to the three normalised channel planes torchvision's ImageNet weights expect: each value is
 * windowed to [0, 1] ({@link IntensityWindow}), optionally masked to 0, replicated to R, G and B and each
 * channel normalised as {@code (v - mean[c]) / std[c]} with the ImageNet mean and standard deviation.
 * <p>
 * The output is planar (channel-major): {@code out[c * n + i]} for value {@code i} of the {@code n} read.
 */
public final class ImageNetNormalization {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private ImageNetNormalization() {
    }

    /** ImageNet channel means (R, G, B). */
    public static float[] mean() {
        return MEAN.clone();
    }

    /** ImageNet channel standard deviations (R, G, B). */
    public static float[] std() {
        return STD.clone();
    }

    /** Values {@code [from, from + n)} of {@code data} windowed and normalised into three planes of n values. */
    public static float[] greyToChannels(float[] data, int from, int n, IntensityWindow window) {
        return fill(data, from, n, null, window);
    }

    /**
     * As {@link #greyToChannels(float[], int, int, IntensityWindow)}, with values where {@code mask[from + i]}
     * is false set to 0 after windowing and before normalisation ({@code mask} is indexed like {@code data}).
     */
    public static float[] greyToChannels(float[] data, int from, int n, IntensityWindow window, boolean[] mask) {
        if (mask.length != data.length) {
            throw new InvalidInputException("region mask has " + mask.length + " values but the image has " + data.length
                    + ": expected a mask on the image's grid");
        }
        return fill(data, from, n, mask, window);
    }

    private static float[] fill(float[] data, int from, int n, boolean[] mask, IntensityWindow window) {
        if (from < 0 || n < 0 || from + n > data.length) {
            throw new IllegalArgumentException("values [" + from + ", " + (from + n) + ") are outside an image of "
                    + data.length);
        }
        float[] out = new float[Math.multiplyExact(3, n)];
        for (int i = 0; i < n; i++) {
            float v = mask == null || mask[from + i] ? window.apply(data[from + i]) : 0f;
            for (int c = 0; c < 3; c++) {
                out[c * n + i] = (v - MEAN[c]) / STD[c];
            }
        }
        return out;
    }
}
