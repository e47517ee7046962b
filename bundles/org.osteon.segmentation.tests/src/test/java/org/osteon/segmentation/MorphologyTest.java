package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;

class MorphologyTest {

    private static final GridSize SIZE = new GridSize(7, 7, 7);

    private static boolean[] point() {
        boolean[] m = new boolean[SIZE.voxelCount()];
        m[SIZE.index(3, 3, 3)] = true;
        return m;
    }

    @Test
    void dilationOfAPointGivesTheStructuringElement() {
        assertEquals(27, Threshold.count(Morphology.dilate(point(), SIZE, Connectivity.TWENTY_SIX, 1)));
        assertEquals(7, Threshold.count(Morphology.dilate(point(), SIZE, Connectivity.SIX, 1)));
        assertEquals(125, Threshold.count(Morphology.dilate(point(), SIZE, Connectivity.TWENTY_SIX, 2)));
        assertEquals(25, Threshold.count(Morphology.dilate(point(), SIZE, Connectivity.SIX, 2)));
    }

    @Test
    void erosionUndoesDilationOfAPointAndOpeningRemovesIt() {
        boolean[] cube = Morphology.dilate(point(), SIZE, Connectivity.TWENTY_SIX, 1);
        assertArrayEquals(point(), Morphology.erode(cube, SIZE, Connectivity.TWENTY_SIX, 1));
        assertEquals(0, Threshold.count(Morphology.open(point(), SIZE, Connectivity.SIX, 1)));
    }

    @Test
    void closingBridgesAOneVoxelGapAndKeepsBorderSlices() {
        GridSize size = new GridSize(9, 3, 3);
        boolean[] m = new boolean[size.voxelCount()];
        for (int x = 0; x < 9; x++) {
            if (x != 4) {
                for (int y = 0; y < 3; y++) {
                    for (int z = 0; z < 3; z++) {
                        m[size.index(x, y, z)] = true;
                    }
                }
            }
        }
        boolean[] closed = Morphology.close(m, size, Connectivity.TWENTY_SIX, 1);
        assertEquals(size.voxelCount(), Threshold.count(closed), "gap closed, nothing lost at the grid border");
    }

    @Test
    void holesAreFilledIn3dAndPerSlice() {
        GridSize size = new GridSize(5, 5, 5);
        boolean[] shell = new boolean[size.voxelCount()];
        boolean[] tube = new boolean[size.voxelCount()];
        for (int z = 0; z < 5; z++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 5; x++) {
                    boolean inner = x >= 1 && x <= 3 && y >= 1 && y <= 3;
                    boolean wall = inner && !(x == 2 && y == 2);
                    shell[size.index(x, y, z)] = inner && z >= 1 && z <= 3 && !(x == 2 && y == 2 && z == 2);
                    tube[size.index(x, y, z)] = wall;
                }
            }
        }
        boolean[] filled = Morphology.fillHoles(shell, size);
        assertTrue(filled[size.index(2, 2, 2)]);
        assertEquals(27, Threshold.count(filled));
        // a tube open at both ends has no 3D hole, but every slice has one
        assertFalse(Morphology.fillHoles(tube, size)[size.index(2, 2, 2)]);
        boolean[] perSlice = Morphology.fillHolesPerSlice(tube, size);
        assertEquals(45, Threshold.count(perSlice));
    }
}
