package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.LayerVector;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.Weights;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Network;

class DenseNet121FactoryTest extends ScopedTest {


    @Test
    void hasTorchvisionsParameterCountNamesAndShapes() {
        Network net = new DenseNet121Factory().create(scope, 0);
        assertEquals("densenet121", net.id());
        assertEquals(7_978_856L, net.parameterCount());
        // 120 convolutions (weight), 121 batch norms (weight, bias, running mean, running variance, counter), classifier
        assertEquals(120, net.modules(Conv.class).size());
        assertEquals(121, net.modules(BatchNorm.class).size());
        Map<String, Tensor> sd = net.stateDict();
        assertEquals(120 + 121 * 5 + 2, sd.size());
        List<String> names = List.copyOf(sd.keySet());
        assertEquals(List.of("features.conv0.weight", "features.norm0.weight", "features.norm0.bias", "features.norm0.running_mean",
                "features.norm0.running_var", "features.norm0.num_batches_tracked", "features.denseblock1.denselayer1.norm1.weight"),
                names.subList(0, 7));
        assertEquals(List.of("features.norm5.num_batches_tracked", "classifier.weight", "classifier.bias"), names.subList(names.size() - 3, names.size()));
        assertArrayEquals(new long[] {64, 3, 7, 7}, sd.get("features.conv0.weight").shape());
        assertArrayEquals(new long[] {128, 64, 1, 1}, sd.get("features.denseblock1.denselayer1.conv1.weight").shape());
        assertArrayEquals(new long[] {32, 128, 3, 3}, sd.get("features.denseblock4.denselayer16.conv2.weight").shape());
        assertArrayEquals(new long[] {992}, sd.get("features.denseblock4.denselayer16.norm1.running_mean").shape());
        assertArrayEquals(new long[] {128, 256, 1, 1}, sd.get("features.transition1.conv.weight").shape());
        assertArrayEquals(new long[] {512, 1024, 1, 1}, sd.get("features.transition3.conv.weight").shape());
        assertArrayEquals(new long[] {1024}, sd.get("features.norm5.weight").shape());
        assertArrayEquals(new long[] {1000, 1024}, sd.get("classifier.weight").shape());

        Network features = new DenseNet121Factory().createFeatureExtractor(scope, 0);
        assertEquals(7_978_856L - 1024 * 1000 - 1000, features.parameterCount());
        assertTrue(features.module("classifier").isEmpty());
    }

    @Test
    void forwardGivesLogitsOrTheEmbedding() {
        Tensor x = Tensor.ones(scope, 1, 3, 32, 32);
        assertArrayEquals(new long[] {1, 1000}, new DenseNet121Factory().create(scope, 1).eval().forward(x).shape());
        assertArrayEquals(new long[] {1, 1024}, new DenseNet121Factory().createFeatureExtractor(scope, 1).eval().forward(x).shape());
    }

    @Test
    void initialisationIsDeterministicAndTorchvisionLike() {
        Map<String, Tensor> a = new DenseNet121Factory().create(scope, 42).stateDict();
        Map<String, Tensor> b = new DenseNet121Factory().create(scope, 42).stateDict();
        Map<String, Tensor> c = new DenseNet121Factory().create(scope, 43).stateDict();
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name).toFloatArray(), b.get(name).toFloatArray(), name);
        }
        assertFalse(Arrays.equals(a.get("features.conv0.weight").toFloatArray(), c.get("features.conv0.weight").toFloatArray()));
        assertFalse(Arrays.equals(a.get("classifier.weight").toFloatArray(), c.get("classifier.weight").toFloatArray()));
        float[] ones = new float[64];
        Arrays.fill(ones, 1f);
        assertArrayEquals(ones, a.get("features.norm0.weight").toFloatArray());
        assertArrayEquals(ones, a.get("features.norm0.running_var").toFloatArray());
        assertArrayEquals(new float[1000], a.get("classifier.bias").toFloatArray());
        // Kaiming normal, fan-in 3 * 7 * 7: standard deviation sqrt(2 / 147)
        float[] w = a.get("features.conv0.weight").toFloatArray();
        double sq = 0;
        for (float v : w) {
            sq += v * v;
        }
        assertEquals(Math.sqrt(2.0 / 147), Math.sqrt(sq / w.length), 0.03 * Math.sqrt(2.0 / 147));
    }

    @Test
    void featureExtractorLoadsWholeNetworkWeights(@TempDir Path dir) throws Exception {
        Network whole = new DenseNet121Factory().create(scope, 5).eval();
        Path file = dir.resolve("densenet121.safetensors");
        SafetensorsWriter.write(file, whole.stateDict());
        Network features = new DenseNet121Factory().createFeatureExtractor(scope, 6);
        Weights.load(features, file, scope);
        Tensor x = Tensor.fromFloatArray(scope, ramp(3 * 40 * 36), 1, 3, 40, 36);
        List<String> selectors = List.of("last", "third-last", "fifth-last");
        List<LayerVector> expected = LayerFeatures.capture(whole, x, selectors);
        List<LayerVector> actual = LayerFeatures.capture(features, x, selectors);
        assertEquals(expected, actual);
        assertEquals("features.denseblock4.denselayer16.conv2", actual.get(0).moduleName());
        assertEquals("features.denseblock4.denselayer15.conv2", actual.get(1).moduleName());
        assertEquals("features.denseblock4.denselayer14.conv2", actual.get(2).moduleName());
        assertEquals(32, actual.get(0).channels());
    }

    static float[] ramp(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) Math.sin(0.011 * i) * 2;
        }
        return v;
    }
}
