package org.osteon.segmentation;

import org.osteon.core.image.GridSize;

/**
 * Marker-based watershed on the negated distance map (Meyer's flooding: voxels are claimed in order of
 * decreasing distance from the background, each by the marker whose flood reaches it first). Used to cut
 * blobs that touch a bone through a bridge thinner than the bone: the bone and the blob each hold a marker,
 * the bridge holds none, and the two floods meet on the bridge.
 */
public final class Watershed {

    private Watershed() {
    }

    /**
     * Markers from distance-map peaks: the connected regions (6-neighbourhood) of voxels at least
     * {@code minDistance} mm inside the mask. A neck narrower than {@code 2 * minDistance} separates markers.
     */
    public static Components markers(float[] distance, boolean[] mask, GridSize size, double minDistance) {
        ConnectedComponents.checkLength(distance.length, size);
        boolean[] core = new boolean[distance.length];
        for (int i = 0; i < core.length; i++) {
            core[i] = mask[i] && distance[i] >= minDistance;
        }
        return ConnectedComponents.label(core, size, Connectivity.SIX);
    }

    /**
     * Floods the mask from the markers (labels 1..n, 0 = unlabelled) over the negated distance map.
     * Every mask voxel connected to a marker receives that marker's label; mask voxels of regions without a
     * marker stay 0. Ties are broken first come, first served, so the result is deterministic.
     */
    public static Components flood(float[] distance, boolean[] mask, Components markers, Connectivity connectivity) {
        GridSize size = markers.gridSize();
        ConnectedComponents.checkLength(distance.length, size);
        ConnectedComponents.checkLength(mask.length, size);
        int nx = size.nx();
        int ny = size.ny();
        int nz = size.nz();
        int[] off = connectivity.offsets();
        int[] labels = new int[mask.length];
        boolean[] queued = new boolean[mask.length];
        Heap heap = new Heap(1024);
        for (int i = 0; i < labels.length; i++) {
            int m = markers.labelAt(i);
            if (m != 0 && mask[i]) {
                labels[i] = m;
                queued[i] = true;
                heap.push(distance[i], i);
            }
        }
        while (!heap.isEmpty()) {
            int i = heap.pop();
            int label = labels[i];
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
                if (mask[j] && !queued[j]) {
                    queued[j] = true;
                    labels[j] = label;
                    heap.push(distance[j], j);
                }
            }
        }
        return new Components(size, labels, markers.count());
    }

    /**
     * A binary min-heap of (priority, voxel) on primitive arrays: the largest distance comes out first, equal
     * distances in insertion order.
     */
    static final class Heap {
        private long[] keys;
        private int size;
        private int sequence;

        Heap(int capacity) {
            keys = new long[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(float distance, int voxel) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, keys.length * 2);
            }
            // non-negative floats order like their bit patterns; invert so that larger distances sort first
            float d = Float.isNaN(distance) || distance < 0 ? 0 : Math.min(distance, Float.MAX_VALUE);
            long priority = Integer.MAX_VALUE - Float.floatToIntBits(d);
            long key = priority << 32 | (sequence++ & 0xffffffffL);
            keys[size] = key;
            voxels(size, voxel);
            siftUp(size++);
        }

        int pop() {
            int top = voxelAt(0);
            size--;
            if (size > 0) {
                keys[0] = keys[size];
                voxels(0, voxelAt(size));
                siftDown(0);
            }
            return top;
        }

        private int[] voxelArray = new int[1024];

        private void voxels(int slot, int voxel) {
            if (slot >= voxelArray.length) {
                voxelArray = java.util.Arrays.copyOf(voxelArray, Math.max(keys.length, slot + 1));
            }
            voxelArray[slot] = voxel;
        }

        private int voxelAt(int slot) {
            return voxelArray[slot];
        }

        private void siftUp(int i) {
            long k = keys[i];
            int v = voxelArray[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= k) {
                    break;
                }
                keys[i] = keys[parent];
                voxelArray[i] = voxelArray[parent];
                i = parent;
            }
            keys[i] = k;
            voxelArray[i] = v;
        }

        private void siftDown(int i) {
            long k = keys[i];
            int v = voxelArray[i];
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= k) {
                    break;
                }
                keys[i] = keys[child];
                voxelArray[i] = voxelArray[child];
                i = child;
            }
            keys[i] = k;
            voxelArray[i] = v;
        }
    }
}
