package org.osteon.segmentation;

import org.osteon.core.image.GridSize;

/** 3D connected-component labelling of a binary mask. */
public final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * Labels the connected regions of {@code mask}. Labels are given in scan order (x fastest, then y, then z)
     * of each region's first voxel, so the result is deterministic.
     */
    public static Components label(boolean[] mask, GridSize size, Connectivity connectivity) {
        checkLength(mask.length, size);
        int nx = size.nx();
        int ny = size.ny();
        int nz = size.nz();
        int[] off = connectivity.offsets();
        int[] labels = new int[mask.length];
        int[] queue = new int[Math.max(16, mask.length)];
        int count = 0;
        for (int seed = 0; seed < mask.length; seed++) {
            if (!mask[seed] || labels[seed] != 0) {
                continue;
            }
            int label = ++count;
            int head = 0;
            int tail = 0;
            queue[tail++] = seed;
            labels[seed] = label;
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
                    if (mask[j] && labels[j] == 0) {
                        labels[j] = label;
                        queue[tail++] = j;
                    }
                }
            }
        }
        return new Components(size, labels, count);
    }

    static void checkLength(int length, GridSize size) {
        if (length != size.voxelCount()) {
            throw new IllegalArgumentException("grid " + size + " has " + size.voxelCount() + " voxels, got an array of "
                    + length);
        }
    }
}
