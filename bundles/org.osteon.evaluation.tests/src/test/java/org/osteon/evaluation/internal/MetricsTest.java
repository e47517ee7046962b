package org.osteon.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;

class MetricsTest {

    private final CosineSimilarity cosine = new CosineSimilarity();

    @Test
    void cosineOfKnownVectors() {
        assertEquals(1.0, cosine.compute(new float[] {1, 2, 3}, new float[] {2, 4, 6}), 1e-12);
        assertEquals(-1.0, cosine.compute(new float[] {1, 2, 3}, new float[] {-1, -2, -3}), 1e-12);
        assertEquals(0.0, cosine.compute(new float[] {1, 0}, new float[] {0, 5}), 1e-12);
        // (1*4 + 2*5 + 3*6) / (sqrt(14) sqrt(77)) = 32 / 32.8329...
        assertEquals(32 / Math.sqrt(14 * 77), cosine.compute(new float[] {1, 2, 3}, new float[] {4, 5, 6}), 1e-12);
        assertEquals(0.0, cosine.compute(new float[] {0, 0}, new float[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> cosine.compute(new float[2], new float[3]));
    }

    @Test
    void diceOfKnownMaps() {
        GridSize size = new GridSize(4, 1, 1);
        LabelMap a = new LabelMap(size, Geometry.unit(), new short[] {1, 1, 2, 0});
        LabelMap b = new LabelMap(size, Geometry.unit(), new short[] {1, 0, 2, 2});
        DiceCoefficient dice = new DiceCoefficient();
        assertEquals(2.0 * 1 / (2 + 1), dice.compute(a, b, 1), 1e-12);
        assertEquals(2.0 * 1 / (1 + 2), dice.compute(a, b, 2), 1e-12);
        assertEquals(1.0, dice.compute(a, b, 7));
    }
}
