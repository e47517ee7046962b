package org.osteon.dl.nn;

import java.util.SplittableRandom;

/** Straightforward Java implementations of the layers, to check the engine's results against. */
final class Reference {

    private Reference() {
    }

    static float[] random(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (2 * r.nextDouble() - 1);
        }
        return v;
    }

    /** Convolution of (1, C, D, H, W) input; 2D is D = 1 with a kernel depth 1, stride/padding/dilation depth 1/0/1. */
    static float[] conv3d(float[] in, int c, int d, int h, int w, float[] weight, float[] bias, int out, int[] k, int[] s, int[] p,
            int[] dil, int groups, int[] outDims) {
        int od = (d + 2 * p[0] - dil[0] * (k[0] - 1) - 1) / s[0] + 1;
        int oh = (h + 2 * p[1] - dil[1] * (k[1] - 1) - 1) / s[1] + 1;
        int ow = (w + 2 * p[2] - dil[2] * (k[2] - 1) - 1) / s[2] + 1;
        outDims[0] = od;
        outDims[1] = oh;
        outDims[2] = ow;
        int cg = c / groups;
        int og = out / groups;
        float[] r = new float[out * od * oh * ow];
        for (int o = 0; o < out; o++) {
            int g = o / og;
            for (int z = 0; z < od; z++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        double sum = bias == null ? 0 : bias[o];
                        for (int ci = 0; ci < cg; ci++) {
                            int ch = g * cg + ci;
                            for (int a = 0; a < k[0]; a++) {
                                int zz = z * s[0] - p[0] + a * dil[0];
                                for (int b = 0; b < k[1]; b++) {
                                    int yy = y * s[1] - p[1] + b * dil[1];
                                    for (int e = 0; e < k[2]; e++) {
                                        int xx = x * s[2] - p[2] + e * dil[2];
                                        if (zz < 0 || yy < 0 || xx < 0 || zz >= d || yy >= h || xx >= w) {
                                            continue;
                                        }
                                        float wv = weight[(((o * cg + ci) * k[0] + a) * k[1] + b) * k[2] + e];
                                        sum += wv * in[((ch * d + zz) * h + yy) * w + xx];
                                    }
                                }
                            }
                        }
                        r[((o * od + z) * oh + y) * ow + x] = (float) sum;
                    }
                }
            }
        }
        return r;
    }

    /** Pooling of (1, C, D, H, W); max or average with torch's padding rules (floor mode). */
    static float[] pool3d(float[] in, int c, int d, int h, int w, int[] k, int[] s, int[] p, boolean max, boolean countIncludePad) {
        int od = (d + 2 * p[0] - k[0]) / s[0] + 1;
        int oh = (h + 2 * p[1] - k[1]) / s[1] + 1;
        int ow = (w + 2 * p[2] - k[2]) / s[2] + 1;
        float[] r = new float[c * od * oh * ow];
        for (int ch = 0; ch < c; ch++) {
            for (int z = 0; z < od; z++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        double acc = max ? Double.NEGATIVE_INFINITY : 0;
                        int n = 0;
                        int padded = 0;
                        for (int a = 0; a < k[0]; a++) {
                            for (int b = 0; b < k[1]; b++) {
                                for (int e = 0; e < k[2]; e++) {
                                    int zz = z * s[0] - p[0] + a;
                                    int yy = y * s[1] - p[1] + b;
                                    int xx = x * s[2] - p[2] + e;
                                    // with padding, windows reach at most to the padded border
                                    boolean inPad = zz >= -p[0] && yy >= -p[1] && xx >= -p[2] && zz < d + p[0] && yy < h + p[1] && xx < w + p[2];
                                    if (zz < 0 || yy < 0 || xx < 0 || zz >= d || yy >= h || xx >= w) {
                                        if (inPad) {
                                            padded++;
                                        }
                                        continue;
                                    }
                                    float v = in[((ch * d + zz) * h + yy) * w + xx];
                                    acc = max ? Math.max(acc, v) : acc + v;
                                    n++;
                                }
                            }
                        }
                        r[((ch * od + z) * oh + y) * ow + x] = (float) (max ? acc : acc / (countIncludePad ? n + padded : n));
                    }
                }
            }
        }
        return r;
    }
}
