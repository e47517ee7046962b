package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;

class WatershedTest {

    /** Two balls (radius 5 and 3 voxels) on the x axis joined by a one-voxel bridge. */
    @Test
    void bridgeSplitsBetweenTwoBalls() {
        GridSize size = new GridSize(30, 13, 13);
        boolean[] m = new boolean[size.voxelCount()];
        for (int z = 0; z < 13; z++) {
            for (int y = 0; y < 13; y++) {
                for (int x = 0; x < 30; x++) {
                    double a = sq(x - 7) + sq(y - 6) + sq(z - 6);
                    double b = sq(x - 20) + sq(y - 6) + sq(z - 6);
                    boolean bridge = y == 6 && z == 6 && x >= 7 && x <= 20;
                    m[size.index(x, y, z)] = a <= 25 || b <= 9 || bridge;
                }
            }
        }
        assertEquals(1, ConnectedComponents.label(m, size, Connectivity.SIX).count());
        float[] d = DistanceTransform.euclidean(m, size, new double[] {1, 1, 1});
        Components markers = Watershed.markers(d, m, size, 2.0);
        assertEquals(2, markers.count());
        Components basins = Watershed.flood(d, m, markers, Connectivity.SIX);
        int big = basins.label(7, 6, 6);
        int small = basins.label(20, 6, 6);
        assertNotEquals(big, small);
        assertEquals(Threshold.count(m), basins.size(big) + basins.size(small), "every mask voxel is claimed");
        // the bridge is shared: voxels next to each ball go to that ball
        assertEquals(big, basins.label(13, 6, 6));
        assertEquals(small, basins.label(16, 6, 6));
        int ballA = 0;
        for (int i = 0; i < m.length; i++) {
            int x = i % 30;
            int y = (i / 30) % 13;
            int z = i / (30 * 13);
            if (sq(x - 7) + sq(y - 6) + sq(z - 6) <= 25) {
                ballA++;
                assertEquals(big, basins.labelAt(i));
            }
        }
        assertEquals(515, ballA);
    }

    private static double sq(double v) {
        return v * v;
    }
}
