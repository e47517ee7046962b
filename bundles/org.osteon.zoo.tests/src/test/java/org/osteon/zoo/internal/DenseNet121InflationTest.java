package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import org.junit.jupiter.api.Test;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.HookRegistration;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.Network;
import org.osteon.testing.FloatArrays;

/**
 * The inflated DenseNet121 on a volume constant along depth computes what the 2D network computes on one
 * slice, away from the depth borders. The whole network's receptive field spans far more slices than an
 * affordable test volume, so the comparison is made at transition1's convolution, through a hook:
 * conv0 (7/2, pad 3) is exact at depths 2..34 of 36 for 72 slices; pool0 (3/2, pad 1) at 2..16 of 18;
 * denseblock1 chains six 3x3 convolutions (radius 6), so transition1's output is exact at depths 8..10.
 */
class DenseNet121InflationTest extends ScopedTest {

    private static final int DEPTH = 72;
    private static final int SIZE = 32;


    @Test
    void inflatedNetworkMatchesTheSliceNetworkAtInteriorDepths() {
        Network net2d = new DenseNet121Factory().createFeatureExtractor(scope, 17);
        // random running statistics and affine parameters, so that batch norm is exercised
        Initialization.randomBatchNorm(net2d.root(), 17);
        net2d.eval();
        Network net3d = Inflation.inflate(net2d, scope).eval();

        float[] slice = DenseNet121FactoryTest.ramp(3 * SIZE * SIZE);
        float[] volume = new float[3 * DEPTH * SIZE * SIZE];
        int plane = SIZE * SIZE;
        for (int c = 0; c < 3; c++) {
            for (int z = 0; z < DEPTH; z++) {
                System.arraycopy(slice, c * plane, volume, (c * DEPTH + z) * plane, plane);
            }
        }
        Captured out2 = run(net2d, Tensor.fromFloatArray(scope, slice, 1, 3, SIZE, SIZE));
        Captured out3 = run(net3d, Tensor.fromFloatArray(scope, volume, 1, 3, DEPTH, SIZE, SIZE));
        assertArrayEquals(new long[] {1, 128, 8, 8}, out2.shape);
        assertArrayEquals(new long[] {1, 128, 18, 8, 8}, out3.shape);
        int channels = 128;
        int outPlane = 64;
        for (int d : new int[] {8, 9, 10}) {
            double err = FloatArrays.relativeError(depthSlice(out3.values, channels, 18, d, outPlane), out2.values);
            assertTrue(err < 1e-4, "depth " + d + ": relative error " + err);
        }
        double border = FloatArrays.relativeError(depthSlice(out3.values, channels, 18, 0, outPlane), out2.values);
        assertTrue(border > 1e-3, "depth 0 sees the zero padding and differs; error " + border);
    }

    private record Captured(long[] shape, float[] values) {
    }

    private static Captured run(Network net, Tensor input) {
        Module conv = net.module("features.transition1.conv").orElseThrow();
        Captured[] captured = new Captured[1];
        try (HookRegistration h = conv.addForwardHook((m, out) -> captured[0] = new Captured(out.shape(), out.toFloatArray()))) {
            net.forward(input).close();
        }
        return captured[0];
    }

    private static float[] depthSlice(float[] a, int channels, int depth, int d, int plane) {
        float[] out = new float[channels * plane];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(a, (c * depth + d) * plane, out, c * plane, plane);
        }
        return out;
    }
}
