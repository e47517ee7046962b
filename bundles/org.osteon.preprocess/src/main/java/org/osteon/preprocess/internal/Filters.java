package org.osteon.preprocess.internal;

import java.util.Arrays;

import org.osteon.preprocess.Image2D;

/** Neighbourhood filters per channel: separable Gaussian (reflect-101 borders) and median (replicated borders). */
public final class Filters {

    private Filters() {
    }

    public static Image2D gaussian(Image2D img, double sigma) {
        return gaussian(img, sigma, Math.max(1, (int) Math.ceil(3 * sigma)));
    }

    /** Taps exp(-i^2 / (2 sigma^2)) for |i| <= r, normalised to sum 1 (OpenCV's getGaussianKernel for sigma > 0). */
    public static Image2D gaussian(Image2D img, double sigma, int r) {
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        int w = img.width();
        int h = img.height();
        int c = img.channels();
        float[] d = img.data();
        float[] tmp = new float[d.length];
        float[] out = new float[d.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    double acc = 0;
                    for (int i = -r; i <= r; i++) {
                        acc += k[i + r] * d[(y * w + reflect(x + i, w)) * c + ch];
                    }
                    tmp[(y * w + x) * c + ch] = (float) acc;
                }
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    double acc = 0;
                    for (int i = -r; i <= r; i++) {
                        acc += k[i + r] * tmp[(reflect(y + i, h) * w + x) * c + ch];
                    }
                    out[(y * w + x) * c + ch] = (float) acc;
                }
            }
        }
        return new Image2D(w, h, c, out);
    }

    static int reflect(int p, int n) {
        if (n == 1) {
            return 0;
        }
        while (p < 0 || p >= n) {
            p = p < 0 ? -p : 2 * n - 2 - p;
        }
        return p;
    }

    public static Image2D median(Image2D img, int r) {
        int w = img.width();
        int h = img.height();
        int c = img.channels();
        float[] d = img.data();
        float[] out = new float[d.length];
        float[] window = new float[(2 * r + 1) * (2 * r + 1)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    int n = 0;
                    for (int j = -r; j <= r; j++) {
                        int yy = Math.min(h - 1, Math.max(0, y + j));
                        for (int i = -r; i <= r; i++) {
                            int xx = Math.min(w - 1, Math.max(0, x + i));
                            window[n++] = d[(yy * w + xx) * c + ch];
                        }
                    }
                    Arrays.sort(window, 0, n);
                    out[(y * w + x) * c + ch] = window[n / 2];
                }
            }
        }
        return new Image2D(w, h, c, out);
    }
}
