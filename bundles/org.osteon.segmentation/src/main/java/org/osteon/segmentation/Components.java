package org.osteon.segmentation;

import java.util.Arrays;

import org.osteon.core.image.GridSize;

/**
 * A labelling of a voxel grid into regions 1..{@link #count()} (0 = none): connected components, watershed
 * basins. Sizes and centroids are computed once. Immutable: {@link #labels()} returns a copy.
 */
public final class Components {

    private final GridSize size;
    private final int[] labels;
    private final int count;
    private final int[] sizes;
    private final double[][] centroids;

    /**
     * Wraps a labelling; {@code labels} (values 0..count, x-fastest) is handed over, not copied.
     */
    public Components(GridSize size, int[] labels, int count) {
        if (labels.length != size.voxelCount()) {
            throw new IllegalArgumentException("labelling of size " + size + " needs " + size.voxelCount()
                    + " labels, got " + labels.length);
        }
        this.size = size;
        this.labels = labels;
        this.count = count;
        this.sizes = new int[count + 1];
        double[][] sums = new double[count + 1][3];
        int nx = size.nx();
        int ny = size.ny();
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l < 0 || l > count) {
                throw new IllegalArgumentException("label " + l + " at voxel " + i + " is outside 0.." + count);
            }
            if (l > 0) {
                sizes[l]++;
                sums[l][0] += i % nx;
                sums[l][1] += (i / nx) % ny;
                sums[l][2] += i / (nx * ny);
            }
        }
        centroids = new double[count + 1][];
        for (int l = 0; l <= count; l++) {
            centroids[l] = sizes[l] == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                    : new double[] {sums[l][0] / sizes[l], sums[l][1] / sizes[l], sums[l][2] / sizes[l]};
        }
    }

    public GridSize gridSize() {
        return size;
    }

    /** Number of regions (labels run from 1 to count). */
    public int count() {
        return count;
    }

    /** Voxels in region {@code label} (0 for an unused label). */
    public int size(int label) {
        return sizes[label];
    }

    /** Centroid of a region in voxel index coordinates {x, y, z} (NaN for an empty region). */
    public double[] centroid(int label) {
        return centroids[label].clone();
    }

    /** The region of a voxel (0 = none). */
    public int labelAt(int index) {
        return labels[index];
    }

    public int label(int x, int y, int z) {
        return labels[size.index(x, y, z)];
    }

    /** A copy of the labelling. */
    public int[] labels() {
        return labels.clone();
    }

    /** Labels ordered by decreasing size (ties by label), empty regions left out. */
    public int[] bySize() {
        return java.util.stream.IntStream.rangeClosed(1, count).filter(l -> sizes[l] > 0).boxed()
                .sorted((a, b) -> sizes[b] != sizes[a] ? Integer.compare(sizes[b], sizes[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The largest region, or 0 when there is none. */
    public int largest() {
        int[] s = bySize();
        return s.length == 0 ? 0 : s[0];
    }

    /** Mask of one region. */
    public boolean[] mask(int label) {
        boolean[] m = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            m[i] = labels[i] == label;
        }
        return m;
    }

    /** Mask of all labelled voxels. */
    public boolean[] foreground() {
        boolean[] m = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            m[i] = labels[i] != 0;
        }
        return m;
    }

    /**
     * The regions for which {@code keep[label]} is true, renumbered 1..n in the order of their old labels.
     */
    public Components retain(boolean[] keep) {
        int[] map = new int[count + 1];
        int n = 0;
        for (int l = 1; l <= count; l++) {
            if (keep[l] && sizes[l] > 0) {
                map[l] = ++n;
            }
        }
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = map[labels[i]];
        }
        return new Components(size, out, n);
    }

    @Override
    public String toString() {
        return "Components[" + count + " regions on " + size + ", sizes " + Arrays.toString(Arrays.copyOfRange(sizes, 1, Math.min(sizes.length, 11)))
                + (count > 10 ? "..." : "") + "]";
    }
}
