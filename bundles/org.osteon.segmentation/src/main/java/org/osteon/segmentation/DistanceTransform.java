package org.osteon.segmentation;

import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;

/**
 * Exact Euclidean distance transform honouring anisotropic voxel spacing, computed separably one axis at
 * a time with the lower envelope of parabolas (Felzenszwalb and Huttenlocher, "Distance Transforms of
 * Sampled Functions", Theory of Computing 8, 2012).
 */
public final class DistanceTransform {

    private DistanceTransform() {
    }

    /**
     * For every foreground voxel, the distance in mm from its centre to the centre of the nearest background
     * voxel; 0 on background. Only voxels inside the grid count as background. Without any background voxel
     * every distance is {@code +Infinity}.
     */
    public static float[] euclidean(boolean[] mask, GridSize size, double[] spacing) {
        ConnectedComponents.checkLength(mask.length, size);
        if (spacing.length != 3) {
            throw new IllegalArgumentException("spacing needs 3 values, got " + spacing.length);
        }
        int nx = size.nx();
        int ny = size.ny();
        int nz = size.nz();
        double[] d = new double[mask.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = mask[i] ? Double.POSITIVE_INFINITY : 0;
        }
        int maxLen = Math.max(nx, Math.max(ny, nz));
        double[] f = new double[maxLen];
        double[] out = new double[maxLen];
        int[] v = new int[maxLen];
        double[] zb = new double[maxLen + 1];
        // along x
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                int base = nx * (y + ny * z);
                for (int x = 0; x < nx; x++) {
                    f[x] = d[base + x];
                }
                transform1d(f, nx, spacing[0], out, v, zb);
                for (int x = 0; x < nx; x++) {
                    d[base + x] = out[x];
                }
            }
        }
        // along y
        for (int z = 0; z < nz; z++) {
            for (int x = 0; x < nx; x++) {
                int base = x + nx * ny * z;
                for (int y = 0; y < ny; y++) {
                    f[y] = d[base + nx * y];
                }
                transform1d(f, ny, spacing[1], out, v, zb);
                for (int y = 0; y < ny; y++) {
                    d[base + nx * y] = out[y];
                }
            }
        }
        // along z
        int plane = nx * ny;
        for (int p = 0; p < plane; p++) {
            for (int z = 0; z < nz; z++) {
                f[z] = d[p + plane * z];
            }
            transform1d(f, nz, spacing[2], out, v, zb);
            for (int z = 0; z < nz; z++) {
                d[p + plane * z] = out[z];
            }
        }
        float[] result = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            result[i] = (float) Math.sqrt(d[i]);
        }
        return result;
    }

    /** As {@link #euclidean(boolean[], GridSize, double[])} with the spacing of a geometry. */
    public static float[] euclidean(boolean[] mask, GridSize size, Geometry geometry) {
        return euclidean(mask, size, geometry.spacing());
    }

    /**
     * Squared distance transform of one line: out[p] = min_q (f[q] + (h (p - q))^2). Samples with an
     * infinite f are left out of the envelope (so infinities never enter the arithmetic).
     */
    private static void transform1d(double[] f, int n, double h, double[] out, int[] v, double[] zb) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            double pq = q * h;
            double s = Double.NEGATIVE_INFINITY;
            while (k >= 0) {
                double pv = v[k] * h;
                s = ((f[q] + pq * pq) - (f[v[k]] + pv * pv)) / (2 * (pq - pv));
                if (s <= zb[k]) {
                    k--;
                } else {
                    break;
                }
            }
            k++;
            v[k] = q;
            zb[k] = k == 0 ? Double.NEGATIVE_INFINITY : s;
            zb[k + 1] = Double.POSITIVE_INFINITY;
        }
        if (k < 0) {
            for (int p = 0; p < n; p++) {
                out[p] = Double.POSITIVE_INFINITY;
            }
            return;
        }
        int j = 0;
        for (int p = 0; p < n; p++) {
            double pp = p * h;
            while (zb[j + 1] < pp) {
                j++;
            }
            double dq = pp - v[j] * h;
            out[p] = dq * dq + f[v[j]];
        }
    }
}
