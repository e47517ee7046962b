package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.LayerVector;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;

/** ResNet50's v1.5 blocks, its feature part, the knee experiment's hooks on it, and its inflation. */
class ResNet50Test extends ScopedTest {


    @Test
    void strideSitsOnTheThreeByThreeConvolution() {
        Network net = new ResNet50Factory().create(scope, 0);
        Conv conv1 = (Conv) net.module("layer2.0.conv1").orElseThrow();
        Conv conv2 = (Conv) net.module("layer2.0.conv2").orElseThrow();
        Conv down = (Conv) net.module("layer2.0.downsample.0").orElseThrow();
        assertArrayEquals(new long[] {1, 1}, conv1.stride());
        assertArrayEquals(new long[] {2, 2}, conv2.stride());
        assertArrayEquals(new long[] {2, 2}, down.stride());
        // layer1's first block changes channels (64 -> 256) without striding: a projection of stride 1
        assertArrayEquals(new long[] {1, 1}, ((Conv) net.module("layer1.0.downsample.0").orElseThrow()).stride());
        assertTrue(net.module("layer1.1.downsample").isEmpty());
        // 1 stem + 16 blocks x 3 + 4 projections
        assertEquals(53, net.modules(Conv.class).size());
    }

    @Test
    void featureExtractorEndsBeforeTheClassifierAndHooksCountItsConvolutions() {
        Network features = new ResNet50Factory().createFeatureExtractor(scope, 3);
        assertTrue(features.module("fc").isEmpty());
        assertEquals(25_557_032L - 2048 * 1000 - 1000, features.parameterCount());
        Initialization.randomBatchNorm(features.root(), 3);
        Tensor x = Tensor.fromFloatArray(scope, DenseNet121FactoryTest.ramp(3 * 64 * 64), 1, 3, 64, 64);
        assertArrayEquals(new long[] {1, 2048}, features.eval().forward(x).shape());
        List<LayerVector> v = LayerFeatures.capture(features, x, List.of("last", "third-last", "fifth-last"));
        assertEquals("layer4.2.conv3", v.get(0).moduleName());
        assertEquals("layer4.2.conv1", v.get(1).moduleName());
        assertEquals("layer4.1.conv2", v.get(2).moduleName());
        assertEquals(2048, v.get(0).channels());
        assertEquals(512, v.get(1).channels());
        assertEquals(512, v.get(2).channels());
    }

    @Test
    void wholeNetworkGivesLogitsAndTheInflatedOneAnEmbedding() {
        Tensor x = Tensor.ones(scope, 2, 3, 32, 32);
        assertArrayEquals(new long[] {2, 1000}, new ResNet50Factory().create(scope, 1).eval().forward(x).shape());
        Network net3d = Inflation.inflate(new ResNet50Factory().createFeatureExtractor(scope, 1), scope).eval();
        assertArrayEquals(new long[] {64, 3, 7, 7, 7}, net3d.stateDict().get("conv1.weight").shape());
        assertArrayEquals(new long[] {1, 2048}, net3d.forward(Tensor.ones(scope, 1, 3, 32, 32, 32)).shape());
    }
}
