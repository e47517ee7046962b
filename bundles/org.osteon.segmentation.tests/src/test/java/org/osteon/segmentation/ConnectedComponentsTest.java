package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;

class ConnectedComponentsTest {

    static boolean[] mask(GridSize size, int[]... voxels) {
        boolean[] m = new boolean[size.voxelCount()];
        for (int[] v : voxels) {
            m[size.index(v[0], v[1], v[2])] = true;
        }
        return m;
    }

    @Test
    void diagonalNeighboursJoinOnlyWith26() {
        GridSize size = new GridSize(4, 4, 3);
        // a 2-voxel bar, a voxel touching its end by a corner, and a far voxel
        boolean[] m = mask(size, new int[] {0, 0, 0}, new int[] {1, 0, 0}, new int[] {2, 1, 1}, new int[] {3, 3, 2});
        Components six = ConnectedComponents.label(m, size, Connectivity.SIX);
        assertEquals(3, six.count());
        assertEquals(1, six.label(0, 0, 0));
        assertEquals(1, six.label(1, 0, 0));
        assertEquals(2, six.label(2, 1, 1));
        assertEquals(3, six.label(3, 3, 2));
        assertEquals(2, six.size(1));
        assertEquals(1, six.size(3));

        Components all = ConnectedComponents.label(m, size, Connectivity.TWENTY_SIX);
        assertEquals(2, all.count());
        assertEquals(3, all.size(1));
        assertEquals(1, all.largest());
        assertArrayEquals(new double[] {1, 1 / 3.0, 1 / 3.0}, all.centroid(1), 1e-12);
    }

    @Test
    void uShapeIsOneComponentAndOrderIsBySize() {
        GridSize size = new GridSize(5, 3, 1);
        // U: columns x=0 and x=2 joined along y=2; separate voxel at (4,0)
        boolean[] m = mask(size, new int[] {0, 0, 0}, new int[] {0, 1, 0}, new int[] {0, 2, 0}, new int[] {1, 2, 0},
                new int[] {2, 2, 0}, new int[] {2, 1, 0}, new int[] {2, 0, 0}, new int[] {4, 0, 0});
        Components c = ConnectedComponents.label(m, size, Connectivity.SIX);
        assertEquals(2, c.count());
        assertEquals(c.label(0, 0, 0), c.label(2, 0, 0), "both arms of the U");
        assertEquals(7, c.size(1));
        assertArrayEquals(new int[] {1, 2}, c.bySize());
        assertEquals(0, c.label(1, 0, 0));
    }

    @Test
    void retainRenumbers() {
        GridSize size = new GridSize(5, 1, 1);
        boolean[] m = mask(size, new int[] {0, 0, 0}, new int[] {2, 0, 0}, new int[] {4, 0, 0});
        Components c = ConnectedComponents.label(m, size, Connectivity.SIX);
        Components kept = c.retain(new boolean[] {false, true, false, true});
        assertEquals(2, kept.count());
        assertArrayEquals(new int[] {1, 0, 0, 0, 2}, kept.labels());
    }
}
