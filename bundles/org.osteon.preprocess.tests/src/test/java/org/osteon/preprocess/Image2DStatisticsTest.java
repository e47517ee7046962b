package org.osteon.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Image2D's mean and standard deviation, and the z-score normalisation built on them. */
class Image2DStatisticsTest {

    @Test
    void meanAndPopulationStandardDeviation() {
        // numpy: np.mean([1, 2, 3, 6]) = 3.0, np.std([1, 2, 3, 6]) = sqrt(3.5)
        assertArrayEquals(new double[] {3.0, Math.sqrt(3.5)}, Image2D.meanAndStd(new float[] {1, 2, 3, 6}), 1e-12);
        assertArrayEquals(new double[] {3.0, Math.sqrt(3.5)}, new Image2D(2, 1, 2, new float[] {1, 2, 3, 6}).meanAndStd(), 1e-12,
                "every channel counts");
        assertArrayEquals(new double[] {7.0, 0.0}, Image2D.meanAndStd(new float[] {7, 7, 7}), 0);
    }

    @Test
    void zScoreGivesZeroMeanAndUnitDeviation() {
        Transform z = TransformCatalog.ofPlatform().create("org.osteon.preprocess.normalize", Map.of("mode", "zscore"));
        float[] out = z.apply(ImageSample.of(Image2D.grey(2, 2, new float[] {1, 2, 3, 6})), new SplittableRandom(0)).image().data();
        double[] ms = Image2D.meanAndStd(out);
        assertEquals(0, ms[0], 1e-7);
        assertEquals(1, ms[1], 1e-6);
        assertEquals((float) ((1 - 3.0) / Math.sqrt(3.5)), out[0]);
    }
}
