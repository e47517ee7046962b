package org.osteon.segmentation;

import org.osteon.core.image.GridSize;

/**
 * Binary morphology on 3D masks with the elementary structuring element of a {@link Connectivity}: the
 * 3 x 3 x 3 cube for {@link Connectivity#TWENTY_SIX}, the 6-neighbour cross for {@link Connectivity#SIX};
 * {@code iterations} repeats it (a radius in voxels). Voxels outside the grid are ignored, as if the image
 * continued unchanged: dilation does not grow from them and erosion does not eat in from the border, so
 * a bone cut by the edge of the field of view keeps its last slice through a closing.
 */
public final class Morphology {

    private Morphology() {
    }

    public static boolean[] dilate(boolean[] mask, GridSize size, Connectivity c, int iterations) {
        return apply(mask, size, c, iterations, true);
    }

    public static boolean[] erode(boolean[] mask, GridSize size, Connectivity c, int iterations) {
        return apply(mask, size, c, iterations, false);
    }

    /** Erosion then dilation: removes structures thinner than the element. */
    public static boolean[] open(boolean[] mask, GridSize size, Connectivity c, int iterations) {
        return dilate(erode(mask, size, c, iterations), size, c, iterations);
    }

    /** Dilation then erosion: closes gaps and cavities narrower than the element. */
    public static boolean[] close(boolean[] mask, GridSize size, Connectivity c, int iterations) {
        return erode(dilate(mask, size, c, iterations), size, c, iterations);
    }

    /** Sets every background region that does not touch the grid border (6-connected) to foreground. */
    public static boolean[] fillHoles(boolean[] mask, GridSize size) {
        ConnectedComponents.checkLength(mask.length, size);
        boolean[] outside = new boolean[mask.length];
        int nx = size.nx();
        int ny = size.ny();
        int nz = size.nz();
        int[] queue = new int[mask.length];
        int tail = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    boolean border = x == 0 || y == 0 || z == 0 || x == nx - 1 || y == ny - 1 || z == nz - 1;
                    int i = x + nx * (y + ny * z);
                    if (border && !mask[i]) {
                        outside[i] = true;
                        queue[tail++] = i;
                    }
                }
            }
        }
        int[] off = Connectivity.SIX.offsets();
        int head = 0;
        while (head < tail) {
            int i = queue[head++];
            int x = i % nx;
            int y = (i / nx) % ny;
            int z = i / (nx * ny);
            for (int k = 0; k < off.length; k += 3) {
                int xx = x + off[k];
                int yy = y + off[k + 1];
                int zz = z + off[k + 2];
                if (xx < 0 || yy < 0 || zz < 0 || xx >= nx || yy >= ny || zz >= nz) {
                    continue;
                }
                int j = xx + nx * (yy + ny * zz);
                if (!mask[j] && !outside[j]) {
                    outside[j] = true;
                    queue[tail++] = j;
                }
            }
        }
        boolean[] out = new boolean[mask.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !outside[i];
        }
        return out;
    }

    /**
     * Fills holes in each axial slice (constant z) separately: background not 4-connected to the slice border
     * becomes foreground. This closes marrow cavities of a bone shaft that are open at the ends of the
     * scanned range, which {@link #fillHoles} cannot see as holes.
     */
    public static boolean[] fillHolesPerSlice(boolean[] mask, GridSize size) {
        ConnectedComponents.checkLength(mask.length, size);
        int nx = size.nx();
        int ny = size.ny();
        int plane = nx * ny;
        boolean[] out = mask.clone();
        boolean[] outside = new boolean[plane];
        int[] queue = new int[plane];
        for (int z = 0; z < size.nz(); z++) {
            int base = z * plane;
            java.util.Arrays.fill(outside, false);
            int tail = 0;
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if ((x == 0 || y == 0 || x == nx - 1 || y == ny - 1) && !mask[base + x + nx * y]) {
                        outside[x + nx * y] = true;
                        queue[tail++] = x + nx * y;
                    }
                }
            }
            int head = 0;
            while (head < tail) {
                int p = queue[head++];
                int x = p % nx;
                int y = p / nx;
                if (x > 0) {
                    tail = visit(mask, base, outside, queue, tail, p - 1);
                }
                if (x < nx - 1) {
                    tail = visit(mask, base, outside, queue, tail, p + 1);
                }
                if (y > 0) {
                    tail = visit(mask, base, outside, queue, tail, p - nx);
                }
                if (y < ny - 1) {
                    tail = visit(mask, base, outside, queue, tail, p + nx);
                }
            }
            for (int p = 0; p < plane; p++) {
                if (!outside[p]) {
                    out[base + p] = true;
                }
            }
        }
        return out;
    }

    private static int visit(boolean[] mask, int base, boolean[] outside, int[] queue, int tail, int p) {
        if (!outside[p] && !mask[base + p]) {
            outside[p] = true;
            queue[tail++] = p;
        }
        return tail;
    }

    private static boolean[] apply(boolean[] mask, GridSize size, Connectivity c, int iterations, boolean dilate) {
        ConnectedComponents.checkLength(mask.length, size);
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, got " + iterations);
        }
        boolean[] cur = mask.clone();
        for (int it = 0; it < iterations; it++) {
            if (c == Connectivity.TWENTY_SIX) {
                // the cube is separable: three 1D passes of width 3
                cur = pass(cur, size, 0, dilate);
                cur = pass(cur, size, 1, dilate);
                cur = pass(cur, size, 2, dilate);
            } else {
                cur = cross(cur, size, dilate);
            }
        }
        return cur;
    }

    /** One 1D max (dilate) or min (erode) filter of width 3 along an axis (0 = x, 1 = y, 2 = z). */
    private static boolean[] pass(boolean[] in, GridSize size, int axis, boolean dilate) {
        boolean[] out = new boolean[in.length];
        int nx = size.nx();
        int ny = size.ny();
        int nz = size.nz();
        int stride = axis == 0 ? 1 : axis == 1 ? nx : nx * ny;
        int length = axis == 0 ? nx : axis == 1 ? ny : nz;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    int pos = axis == 0 ? x : axis == 1 ? y : z;
                    boolean v = in[i];
                    boolean prev = pos > 0 ? in[i - stride] : v;
                    boolean next = pos < length - 1 ? in[i + stride] : v;
                    out[i] = dilate ? v || prev || next : v && prev && next;
                }
            }
        }
        return out;
    }

    private static boolean[] cross(boolean[] in, GridSize size, boolean dilate) {
        boolean[] out = new boolean[in.length];
        int nx = size.nx();
        int ny = size.ny();
        int nz = size.nz();
        int plane = nx * ny;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = x + nx * (y + ny * z);
                    boolean v = in[i];
                    boolean r = v;
                    if (dilate) {
                        r = v || x > 0 && in[i - 1] || x < nx - 1 && in[i + 1] || y > 0 && in[i - nx]
                                || y < ny - 1 && in[i + nx] || z > 0 && in[i - plane] || z < nz - 1 && in[i + plane];
                    } else {
                        r = v && (x == 0 || in[i - 1]) && (x == nx - 1 || in[i + 1]) && (y == 0 || in[i - nx])
                                && (y == ny - 1 || in[i + nx]) && (z == 0 || in[i - plane]) && (z == nz - 1 || in[i + plane]);
                    }
                    out[i] = r;
                }
            }
        }
        return out;
    }
}
