package org.osteon.dl.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.testing.FloatArrays;
import org.osteon.testing.dl.TensorScopeExtension;

class InflationTest {

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    @Test
    void layersGainADepthAxisAndWeightsAreSpreadOverIt() {
        Network net2d = SmallNetwork.build(scopes.scope(), 3);
        Map<String, float[]> before = values(net2d);
        Network net3d = Inflation.inflate(net2d, scopes.scope());

        Conv stem = (Conv) net3d.module("features.stem.conv").orElseThrow();
        assertArrayEquals(new long[] {3, 3, 3}, stem.kernel());
        assertArrayEquals(new long[] {8, 3, 3, 3, 3}, stem.weight().shape());
        Conv head = (Conv) net3d.module("features.head.conv").orElseThrow();
        // non-square 2D kernel (3, 1): depth takes the first spatial value
        assertArrayEquals(new long[] {3, 3, 1}, head.kernel());
        assertArrayEquals(new long[] {2, 2, 0}, head.padding());
        assertArrayEquals(new long[] {2, 2, 1}, head.dilation());
        MaxPool pool = (MaxPool) net3d.module("features.stem.pool").orElseThrow();
        assertArrayEquals(new long[] {3, 3, 3}, pool.kernel());
        assertArrayEquals(new long[] {2, 2, 2}, pool.stride());

        float[] w2 = before.get("features.stem.conv.weight");
        float[] w3 = stem.weight().toFloatArray();
        for (int i = 0; i < w2.length; i++) {
            int oi = i / 9;
            int hw = i % 9;
            for (int d = 0; d < 3; d++) {
                assertEquals(w2[i] / 3f, w3[(oi * 3 + d) * 9 + hw], 1e-7f);
            }
        }
        assertArrayEquals(before.get("features.stem.bn.running_var"), net3d.stateDict().get("features.stem.bn.running_var").toFloatArray());
        assertArrayEquals(before.get("features.stem.conv.bias"), net3d.stateDict().get("features.stem.conv.bias").toFloatArray());
        assertArrayEquals(before.get("fc.weight"), net3d.stateDict().get("fc.weight").toFloatArray());
        assertEquals(net2d.stateDict().keySet(), net3d.stateDict().keySet());

        // the 2D network is untouched
        Map<String, float[]> after = values(net2d);
        for (String k : before.keySet()) {
            assertArrayEquals(before.get(k), after.get(k), k);
        }
        assertArrayEquals(new long[] {3, 3}, ((Conv) net2d.module("features.stem.conv").orElseThrow()).kernel());
    }

    /**
     * On a volume constant along depth, the inflated features equal the 2D features of one slice at every
     * output depth whose receptive field stays clear of the depth borders: with 32 slices, output depths
     * 2..5 of 8 (stem conv radius 1, max pool /2, block conv radius 1, dilated head conv radius 2, average
     * pool /2), while depths 0 and 7 see the zero padding.
     */
    @Test
    void inflatedNetworkOnAConstantVolumeEqualsTheSliceNetworkAwayFromTheBorders() {
        Network net2d = SmallNetwork.build(scopes.scope(), 11).eval();
        Network net3d = Inflation.inflate(net2d, scopes.scope()).eval();
        int h = 12;
        int w = 10;
        int depth = 32;
        float[] slice = Reference.random(12, 3 * h * w);
        float[] volume = new float[3 * depth * h * w];
        for (int c = 0; c < 3; c++) {
            for (int z = 0; z < depth; z++) {
                System.arraycopy(slice, c * h * w, volume, (c * depth + z) * h * w, h * w);
            }
        }
        Module f2 = net2d.module("features").orElseThrow();
        Module f3 = net3d.module("features").orElseThrow();
        Tensor y2 = f2.forward(Tensor.fromFloatArray(scopes.scope(), slice, 1, 3, h, w));
        Tensor y3 = f3.forward(Tensor.fromFloatArray(scopes.scope(), volume, 1, 3, depth, h, w));
        long[] s2 = y2.shape();
        long[] s3 = y3.shape();
        assertArrayEquals(new long[] {1, s2[1], 8, s2[2], s2[3]}, s3);
        float[] a2 = y2.toFloatArray();
        float[] a3 = y3.toFloatArray();
        for (int d = 0; d < 8; d++) {
            float[] plane = depthSlice(a3, (int) s3[1], 8, d, (int) (s2[2] * s2[3]));
            double err = FloatArrays.relativeError(plane, a2);
            if (d >= 2 && d <= 5) {
                assertTrue(err < 1e-4, "depth " + d + ": relative error " + err);
            } else if (d == 0 || d == 7) {
                assertTrue(err > 1e-3, "depth " + d + " is expected to differ (border), error " + err);
            }
        }
        // and the whole network (global pooling over all depths) runs in 3D
        assertArrayEquals(new long[] {1, 5}, net3d.forward(Tensor.fromFloatArray(scopes.scope(), volume, 1, 3, depth, h, w)).shape());
    }

    static float[] depthSlice(float[] a, int channels, int depth, int d, int plane) {
        float[] out = new float[channels * plane];
        for (int c = 0; c < channels; c++) {
            System.arraycopy(a, (c * depth + d) * plane, out, c * plane, plane);
        }
        return out;
    }

    private static Map<String, float[]> values(Network net) {
        Map<String, float[]> m = new java.util.LinkedHashMap<>();
        net.stateDict().forEach((k, v) -> m.put(k, v.toFloatArray()));
        return m;
    }

    @Test
    void depthSliceHelperPicksChannelPlanes() {
        float[] a = new float[2 * 3 * 4];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        assertArrayEquals(new float[] {4, 5, 6, 7, 16, 17, 18, 19}, depthSlice(a, 2, 3, 1, 4));
    }
}
