package org.osteon.preprocess.internal;

import org.osteon.preprocess.Image2D;

/**
 * Resizing as OpenCV's {@code cv2.resize} does it on float images: pixel-area averaging (INTER_AREA) when the
 * image shrinks or keeps its size along both axes, bilinear interpolation with half-pixel centres and clamped
 * borders (INTER_LINEAR) otherwise; masks with nearest neighbour on the same half-pixel grid.
 */
public final class Resampling {

    private Resampling() {
    }

    public static Image2D resize(Image2D src, int width, int height) {
        return width <= src.width() && height <= src.height() ? area(src, width, height) : bilinear(src, width, height);
    }

    public static Image2D bilinear(Image2D src, int width, int height) {
        int c = src.channels();
        int[] x0 = new int[width];
        double[] fx = new double[width];
        linearTable(src.width(), width, x0, fx);
        int[] y0 = new int[height];
        double[] fy = new double[height];
        linearTable(src.height(), height, y0, fy);
        float[] d = src.data();
        int sw = src.width();
        float[] out = new float[width * height * c];
        for (int v = 0; v < height; v++) {
            int ya = y0[v];
            int yb = Math.min(ya + 1, src.height() - 1);
            for (int u = 0; u < width; u++) {
                int xa = x0[u];
                int xb = Math.min(xa + 1, sw - 1);
                for (int k = 0; k < c; k++) {
                    double top = d[(ya * sw + xa) * c + k] * (1 - fx[u]) + d[(ya * sw + xb) * c + k] * fx[u];
                    double bottom = d[(yb * sw + xa) * c + k] * (1 - fx[u]) + d[(yb * sw + xb) * c + k] * fx[u];
                    out[(v * width + u) * c + k] = (float) (top * (1 - fy[v]) + bottom * fy[v]);
                }
            }
        }
        return new Image2D(width, height, c, out);
    }

    /** OpenCV's INTER_LINEAR source index and weight per output index. */
    private static void linearTable(int srcSize, int dstSize, int[] index, double[] frac) {
        double scale = (double) srcSize / dstSize;
        for (int i = 0; i < dstSize; i++) {
            double f = (i + 0.5) * scale - 0.5;
            int s = (int) Math.floor(f);
            f -= s;
            if (s < 0) {
                s = 0;
                f = 0;
            }
            if (s >= srcSize - 1) {
                s = srcSize - 1;
                f = 0;
            }
            index[i] = s;
            frac[i] = f;
        }
    }

    /** Pixel-area averaging: each output pixel is the mean of the input area it covers (partial pixels weighted). */
    public static Image2D area(Image2D src, int width, int height) {
        int c = src.channels();
        double[][] wx = areaWeights(src.width(), width);
        double[][] wy = areaWeights(src.height(), height);
        int[] sx = firstIndex(src.width(), width);
        int[] sy = firstIndex(src.height(), height);
        float[] d = src.data();
        int sw = src.width();
        float[] out = new float[width * height * c];
        double[] acc = new double[c];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                java.util.Arrays.fill(acc, 0);
                for (int j = 0; j < wy[v].length; j++) {
                    int y = sy[v] + j;
                    for (int i = 0; i < wx[u].length; i++) {
                        double w = wy[v][j] * wx[u][i];
                        int base = (y * sw + sx[u] + i) * c;
                        for (int k = 0; k < c; k++) {
                            acc[k] += w * d[base + k];
                        }
                    }
                }
                for (int k = 0; k < c; k++) {
                    out[(v * width + u) * c + k] = (float) acc[k];
                }
            }
        }
        return new Image2D(width, height, c, out);
    }

    private static int[] firstIndex(int srcSize, int dstSize) {
        double scale = (double) srcSize / dstSize;
        int[] first = new int[dstSize];
        for (int i = 0; i < dstSize; i++) {
            first[i] = (int) Math.floor(i * scale);
        }
        return first;
    }

    /** Normalised overlap of output cell i = [i s, (i + 1) s) with input pixels floor(i s), floor(i s) + 1, ... */
    private static double[][] areaWeights(int srcSize, int dstSize) {
        double scale = (double) srcSize / dstSize;
        double[][] w = new double[dstSize][];
        for (int i = 0; i < dstSize; i++) {
            double a = i * scale;
            double b = Math.min(srcSize, (i + 1) * scale);
            int first = (int) Math.floor(a);
            int last = Math.min(srcSize - 1, (int) Math.ceil(b) - 1);
            w[i] = new double[last - first + 1];
            for (int p = first; p <= last; p++) {
                w[i][p - first] = (Math.min(b, p + 1) - Math.max(a, p)) / (b - a);
            }
        }
        return w;
    }

    /** Nearest neighbour on the half-pixel grid (for masks). */
    public static Image2D nearest(Image2D src, int width, int height) {
        int c = src.channels();
        float[] out = new float[width * height * c];
        for (int v = 0; v < height; v++) {
            int y = Math.min(src.height() - 1, (int) Math.floor((v + 0.5) * src.height() / height));
            for (int u = 0; u < width; u++) {
                int x = Math.min(src.width() - 1, (int) Math.floor((u + 0.5) * src.width() / width));
                System.arraycopy(src.data(), (y * src.width() + x) * c, out, (v * width + u) * c, c);
            }
        }
        return new Image2D(width, height, c, out);
    }
}
