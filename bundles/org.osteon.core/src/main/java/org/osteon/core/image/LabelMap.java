package org.osteon.core.image;

/**
 * A segmentation on a voxel grid: one integer label per voxel (0 = background), stored x-fastest like
 * {@link Volume}. Label meanings are set by whoever produced the map (the knee pipeline uses 1 = femur,
 * 2 = tibia). As with Volume, the array is handed over, not copied.
 */
public record LabelMap(GridSize size, Geometry geometry, short[] labels) {

    public LabelMap {
        if (labels.length != size.voxelCount()) {
            throw new IllegalArgumentException("label map of size " + size + " needs " + size.voxelCount()
                    + " labels, got " + labels.length);
        }
    }

    public int label(int x, int y, int z) {
        return labels[size.index(x, y, z)];
    }

    /** Number of voxels carrying {@code label}. */
    public int count(int label) {
        int n = 0;
        for (short l : labels) {
            if (l == label) {
                n++;
            }
        }
        return n;
    }

    /** A mask (true where the label is {@code label}). */
    public boolean[] mask(int label) {
        boolean[] m = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            m[i] = labels[i] == label;
        }
        return m;
    }

    @Override
    public String toString() {
        return "LabelMap[" + size + ", " + geometry + "]";
    }
}
