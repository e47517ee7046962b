package org.osteon.segmentation;

/**
 * Otsu's threshold (1979): the grey level that maximises the between-class variance of the histogram of
 * {@code bins} equal bins between the data's minimum and maximum. The threshold is the upper edge of the last bin
 * of the lower class (skimage's {@code threshold_otsu} gives that bin's centre, which would put the bin's upper
 * half in the foreground); values at or above it are foreground.
 */
public final class Otsu {

    public static final int DEFAULT_BINS = 256;

    private Otsu() {
    }

    /** The threshold of {@code data} on 256 bins; a constant image gives its value. */
    public static double threshold(float[] data) {
        return threshold(data, DEFAULT_BINS);
    }

    public static double threshold(float[] data, int bins) {
        if (data.length == 0 || bins < 2) {
            throw new IllegalArgumentException("Otsu's threshold needs values and at least 2 bins");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            return min;
        }
        double width = (max - min) / bins;
        long[] hist = new long[bins];
        for (float v : data) {
            hist[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        double total = data.length;
        double sumAll = 0;
        for (int i = 0; i < bins; i++) {
            sumAll += i * (double) hist[i];
        }
        double weightBelow = 0;
        double sumBelow = 0;
        double best = -1;
        int bestBin = 0;
        for (int i = 0; i < bins - 1; i++) {
            weightBelow += hist[i];
            sumBelow += i * (double) hist[i];
            double weightAbove = total - weightBelow;
            if (weightBelow == 0 || weightAbove == 0) {
                continue;
            }
            double meanBelow = sumBelow / weightBelow;
            double meanAbove = (sumAll - sumBelow) / weightAbove;
            double between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                bestBin = i;
            }
        }
        return min + (bestBin + 1) * width;
    }

    /** The foreground mask: values at or above Otsu's threshold (none for a constant image). */
    public static boolean[] mask(float[] data) {
        double t = threshold(data);
        boolean constant = true;
        for (float v : data) {
            constant &= v == data[0];
        }
        boolean[] m = new boolean[data.length];
        for (int i = 0; i < data.length && !constant; i++) {
            m[i] = data[i] >= t;
        }
        return m;
    }
}
