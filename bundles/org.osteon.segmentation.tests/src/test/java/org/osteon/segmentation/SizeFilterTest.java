package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;

class SizeFilterTest {

    @Test
    void slabsOverrideTheDefault() {
        SizeFilter f = SizeFilter.parse("0-40:5000, 41-107:2000", 300);
        assertEquals(5000, f.minSize(0));
        assertEquals(5000, f.minSize(40));
        assertEquals(2000, f.minSize(41));
        assertEquals(2000, f.minSize(107));
        assertEquals(300, f.minSize(108));
        assertEquals(2, f.slabs().size());
        assertEquals(300, SizeFilter.parse("", 300).minSize(0));
    }

    @Test
    void badSlabsSayWhatIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SizeFilter.parse("0-40=5000", 1));
        assertTrue(e.getMessage().contains("from-to:minSize") && e.getMessage().contains("0-40=5000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SizeFilter.parse("40-0:5", 1));
    }

    @Test
    void regionsAreJudgedByTheSlabOfTheirCentroid() {
        // two 3-voxel columns along x: one in slice 0, one in slice 3; and a single voxel in slice 3
        GridSize size = new GridSize(5, 1, 4);
        int[] labels = new int[size.voxelCount()];
        for (int x = 0; x < 3; x++) {
            labels[size.index(x, 0, 0)] = 1;
            labels[size.index(x, 0, 3)] = 2;
        }
        labels[size.index(4, 0, 3)] = 3;
        Components c = new Components(size, labels, 3);
        Components kept = SizeFilter.parse("0-1:4", 1).apply(c);
        assertEquals(2, kept.count());
        assertEquals(0, kept.label(0, 0, 0), "3 voxels < 4 in slab 0-1");
        assertEquals(1, kept.label(0, 0, 3));
        assertEquals(2, kept.label(4, 0, 3));
        assertArrayEquals(new int[] {1, 2}, kept.bySize());
    }
}
