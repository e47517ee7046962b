package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtsuTest {

    @Test
    void separatesTwoModes() {
        float[] data = {10, 11, 12, 10, 11, 200, 201, 199, 200};
        double t = Otsu.threshold(data);
        assertTrue(t > 12 && t < 199, "threshold " + t + " between the modes");
        assertArrayEquals(new boolean[] {false, false, false, false, false, true, true, true, true}, Otsu.mask(data));
    }

    @Test
    void constantImageGivesItsValueAndNoForeground() {
        float[] data = {5, 5, 5};
        assertEquals(5.0, Otsu.threshold(data));
        assertArrayEquals(new boolean[3], Otsu.mask(data));
    }
}
