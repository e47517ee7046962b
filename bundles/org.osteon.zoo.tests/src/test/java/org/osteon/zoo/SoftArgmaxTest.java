package org.osteon.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Network;
import org.osteon.testing.dl.ScopedTest;
import org.osteon.zoo.internal.KneelFactory;
import org.osteon.zoo.internal.KneelRoiFactory;
import org.osteon.zoo.internal.UNetFactory;

/** deep-pipeline's soft-argmax on heat maps worked out by hand, and the outputs' shapes of the new networks. */
class SoftArgmaxTest extends ScopedTest {

    @Test
    void expectationOfNormalisedColumnAndRow() {
        float ln3 = (float) Math.log(3);
        float off = -1000f; // exp underflows to 0: no mass there
        // (1, 2, 2, 4): map 0 has softmax 1/4 at (row 0, col 0) and 3/4 at (row 1, col 3); map 1 is flat
        float[] maps = {
            0, off, off, off,
            off, off, off, ln3,
            0, 0, 0, 0,
            0, 0, 0, 0};
        Tensor hm = Tensor.fromFloatArray(scope, maps, 1, 2, 2, 4);
        Tensor xy = new SoftArgmax().forward(hm);
        assertArrayEquals(new long[] {1, 2, 2}, xy.shape());
        // map 0: x = 1/4 * 0/4 + 3/4 * 3/4 = 0.5625, y = 1/4 * 0/2 + 3/4 * 1/2 = 0.375
        // map 1: x = mean(0, 1/4, 2/4, 3/4) = 0.375, y = mean(0, 1/2) = 0.25
        assertArrayEquals(new float[] {0.5625f, 0.375f, 0.375f, 0.25f}, xy.toFloatArray(), 1e-6f);
    }

    @Test
    void peakAtTheLastColumnIsNotOne() {
        float[] map = new float[3 * 5];
        java.util.Arrays.fill(map, -1000f);
        map[2 * 5 + 4] = 0; // row 2 of 3, column 4 of 5
        Tensor xy = new SoftArgmax().forward(Tensor.fromFloatArray(scope, map, 1, 1, 3, 5));
        assertArrayEquals(new float[] {4f / 5, 2f / 3}, xy.toFloatArray(), 1e-6f);
    }

    @Test
    void kneelGivesCoordinatesPerLandmarkOnQuarterResolutionHeatmaps() {
        Network net = new KneelFactory().create(scope, 1).eval();
        Tensor x = Tensor.fromFloatArray(scope, random(2 * 3 * 64 * 96), 2, 3, 64, 96);
        HourglassNet hg = (HourglassNet) net.root();
        assertArrayEquals(new long[] {2, 16, 16, 24}, hg.heatmaps(x).shape());
        Tensor xy = net.forward(x);
        assertArrayEquals(new long[] {2, 16, 2}, xy.shape());
        for (float v : xy.toFloatArray()) {
            assertTrue(v >= 0 && v < 1, "coordinate " + v);
        }
        assertArrayEquals(new long[] {1, 1, 2}, new KneelRoiFactory().create(scope, 1).eval()
                .forward(Tensor.fromFloatArray(scope, random(3 * 64 * 64), 1, 3, 64, 64)).shape());
    }

    @Test
    void unetKeepsOddSizesByPadding() {
        for (boolean bilinear : new boolean[] {false, true}) {
            Network net = new UNetFactory(1, 3, bilinear).create(scope, 1).eval();
            Tensor y = net.forward(Tensor.fromFloatArray(scope, random(37 * 45), 1, 1, 37, 45));
            assertArrayEquals(new long[] {1, 3, 37, 45}, y.shape(), "bilinear " + bilinear);
        }
        assertEquals(2, ((UNet) new UNetFactory().create(scope, 0).root()).classes());
    }

    private static float[] random(int n) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
