package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;

class DistanceTransformTest {

    @Test
    void singleBackgroundVoxelWithAnisotropicSpacing() {
        GridSize size = new GridSize(4, 4, 4);
        boolean[] m = new boolean[size.voxelCount()];
        java.util.Arrays.fill(m, true);
        m[size.index(0, 0, 0)] = false;
        float[] d = DistanceTransform.euclidean(m, size, new double[] {1, 2, 3});
        assertEquals(0f, d[size.index(0, 0, 0)]);
        assertEquals(3f, d[size.index(3, 0, 0)], 1e-6);
        assertEquals(Math.sqrt(1 + 4 + 9), d[size.index(1, 1, 1)], 1e-6);
        assertEquals(Math.sqrt(9 + 36 + 81), d[size.index(3, 3, 3)], 1e-5);
    }

    @Test
    void lineDistanceIsToNearerEnd() {
        GridSize size = new GridSize(7, 1, 1);
        boolean[] m = {false, true, true, true, true, true, false};
        float[] d = DistanceTransform.euclidean(m, size, new double[] {0.5, 1, 1});
        float[] expected = {0, 0.5f, 1f, 1.5f, 1f, 0.5f, 0};
        for (int i = 0; i < 7; i++) {
            assertEquals(expected[i], d[i], 1e-6, "voxel " + i);
        }
    }

    @Test
    void matchesBruteForceOnRandomMask() {
        GridSize size = new GridSize(9, 8, 7);
        double[] spacing = {0.8, 1.1, 2.0};
        Random r = new Random(3);
        boolean[] m = new boolean[size.voxelCount()];
        for (int i = 0; i < m.length; i++) {
            m[i] = r.nextDouble() < 0.93;
        }
        float[] d = DistanceTransform.euclidean(m, size, spacing);
        for (int z = 0; z < 7; z++) {
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 9; x++) {
                    double best = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < m.length; j++) {
                        if (!m[j]) {
                            double dx = (j % 9 - x) * spacing[0];
                            double dy = ((j / 9) % 8 - y) * spacing[1];
                            double dz = (j / 72 - z) * spacing[2];
                            best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
                        }
                    }
                    assertEquals(best, d[size.index(x, y, z)], 1e-5, "voxel " + x + "," + y + "," + z);
                }
            }
        }
    }

    @Test
    void noBackgroundMeansInfinity() {
        GridSize size = new GridSize(3, 2, 2);
        boolean[] m = new boolean[12];
        java.util.Arrays.fill(m, true);
        float[] d = DistanceTransform.euclidean(m, size, new double[] {1, 1, 1});
        for (float v : d) {
            assertEquals(Float.POSITIVE_INFINITY, v);
        }
    }
}
