package org.osteon.core.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void indexIsXFastest() {
        GridSize size = new GridSize(4, 3, 2);
        assertEquals(0, size.index(0, 0, 0));
        assertEquals(1, size.index(1, 0, 0));
        assertEquals(4, size.index(0, 1, 0));
        assertEquals(12, size.index(0, 0, 1));
        assertEquals(23, size.index(3, 2, 1));
        assertEquals(24, size.voxelCount());
    }

    @Test
    void rejectsNonPositiveSpacing() {
        assertThrows(IllegalArgumentException.class, () -> Geometry.of(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Geometry.of(1, Double.NaN, 1));
    }

    @Test
    void matchesWithinTolerance() {
        assertTrue(Geometry.of(1, 1, 2).matches(Geometry.of(1, 1, 2.0000001), 1e-5));
        assertFalse(Geometry.of(1, 1, 2).matches(Geometry.of(1, 1, 2.1), 1e-5));
    }

    @Test
    void volumeChecksDataLength() {
        assertThrows(IllegalArgumentException.class,
                () -> new Volume(new GridSize(2, 2, 2), Geometry.unit(), new float[7]));
        Volume v = new Volume(new GridSize(2, 1, 1), Geometry.unit(), new float[] {-3, 5});
        assertEquals(-3f, v.range()[0]);
        assertEquals(5f, v.range()[1]);
    }
}
