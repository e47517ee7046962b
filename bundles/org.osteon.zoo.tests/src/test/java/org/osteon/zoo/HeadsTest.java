package org.osteon.zoo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.zoo.internal.DenseNet169Factory;
import org.osteon.zoo.internal.ResNet50Factory;

/** Heads on the zoo's backbones: names, shapes, what they compute, and loading torchvision weights into the backbone. */
class HeadsTest extends ScopedTest {


    private static List<String> names(Network n) {
        return new ArrayList<>(n.stateDict().keySet());
    }

    @Test
    void embeddingHeadIsUnitNormAndNamedApartFromTheBackbone() {
        Network net = new ResNet50Factory().create(scope, 4, Heads.embedding(128));
        List<String> torchvision = names(new ResNet50Factory().createFeatureExtractor(scope, 4));
        List<String> all = names(net);
        assertEquals(torchvision, all.subList(0, torchvision.size()), "backbone keeps torchvision's names and order");
        assertEquals(List.of("embedding.fc.weight", "embedding.fc.bias"), all.subList(torchvision.size(), all.size()));
        assertArrayEquals(new long[] {128, 2048}, net.stateDict().get("embedding.fc.weight").shape());
        assertEquals(25_557_032L - 2048 * 1000 - 1000 + 2048 * 128 + 128, net.parameterCount());

        Initialization.randomBatchNorm(net.root(), 4);
        float[] v = ramp(2 * 3 * 48 * 48);
        float[] out = net.eval().forward(Tensor.fromFloatArray(scope, v, 2, 3, 48, 48)).toFloatArray();
        assertEquals(2 * 128, out.length);
        for (int s = 0; s < 2; s++) {
            double sq = 0;
            for (int i = 0; i < 128; i++) {
                sq += out[s * 128 + i] * out[s * 128 + i];
            }
            assertEquals(1.0, Math.sqrt(sq), 1e-5, "sample " + s + " has unit norm");
        }
    }

    @Test
    void embeddingIsTheNormalisedLinearMapOfThePooledFeatures() {
        Network features = new DenseNet169Factory().createFeatureExtractor(scope, 9);
        Network net = new DenseNet169Factory().create(scope, 9, Heads.embedding(256));
        Tensor x = Tensor.fromFloatArray(scope, ramp(3 * 40 * 40), 1, 3, 40, 40);
        float[] pooled = features.eval().forward(x).toFloatArray();
        float[] w = net.stateDict().get("embedding.fc.weight").toFloatArray();
        assertEquals(1664, pooled.length);
        double[] y = new double[256];
        double norm = 0;
        for (int o = 0; o < 256; o++) {
            for (int i = 0; i < 1664; i++) {
                y[o] += w[o * 1664 + i] * (double) pooled[i];
            }
            norm += y[o] * y[o];
        }
        float[] out = net.eval().forward(x).toFloatArray();
        for (int o = 0; o < 256; o++) {
            assertEquals(y[o] / Math.sqrt(norm), out[o], 1e-5, "embedding " + o);
        }
    }

    @Test
    void classifierAndRegressionHeads() {
        Network cls = new DenseNet169Factory().create(scope, 1, Heads.classifier(2));
        assertArrayEquals(new long[] {2, 1664}, cls.stateDict().get("classifier.fc.weight").shape());
        assertTrue(cls.module("classifier.fc").isPresent());
        Network reg = new ResNet50Factory().create(scope, 1, Heads.regression(3, 64, 16));
        List<String> head = names(reg).stream().filter(n -> n.startsWith("regression.")).toList();
        assertEquals(List.of("regression.hidden1.weight", "regression.hidden1.bias", "regression.hidden2.weight",
                "regression.hidden2.bias", "regression.fc.weight", "regression.fc.bias"), head);
        assertArrayEquals(new long[] {64, 2048}, reg.stateDict().get("regression.hidden1.weight").shape());
        assertArrayEquals(new long[] {3, 16}, reg.stateDict().get("regression.fc.weight").shape());
        Tensor x = Tensor.ones(scope, 2, 3, 32, 32);
        assertArrayEquals(new long[] {2, 2}, cls.eval().forward(x).shape());
        assertArrayEquals(new long[] {2, 3}, reg.eval().forward(x).shape());
        assertThrows(IllegalArgumentException.class, () -> Heads.embedding(0));
        assertThrows(IllegalArgumentException.class, () -> Heads.regression(2, 8, -1));
    }

    @Test
    void torchvisionWeightsLoadIntoTheBackboneAndLeaveTheHead(@TempDir Path dir) throws Exception {
        Network torchvision = new ResNet50Factory().create(scope, 11);
        Initialization.randomBatchNorm(torchvision.root(), 11);
        Path file = dir.resolve("resnet50.safetensors");
        SafetensorsWriter.write(file, torchvision.stateDict());

        Network net = new ResNet50Factory().create(scope, 12, Heads.embedding(128));
        float[] head = net.stateDict().get("embedding.fc.weight").toFloatArray();
        Heads.loadBackbone(net, file, scope);
        assertArrayEquals(torchvision.stateDict().get("layer3.5.bn2.running_var").toFloatArray(),
                net.stateDict().get("layer3.5.bn2.running_var").toFloatArray());
        assertArrayEquals(torchvision.stateDict().get("conv1.weight").toFloatArray(), net.stateDict().get("conv1.weight").toFloatArray());
        assertArrayEquals(head, net.stateDict().get("embedding.fc.weight").toFloatArray(), "the head keeps its values");

        Map<String, Tensor> broken = new HashMap<>(torchvision.stateDict());
        broken.remove("layer4.2.conv3.weight");
        broken.put("bn1.bias", Tensor.zeros(scope, 32));
        Path bad = dir.resolve("broken.safetensors");
        SafetensorsWriter.write(bad, broken);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Heads.loadBackbone(net, bad, scope));
        assertTrue(e.getMessage().contains("missing layer4.2.conv3.weight"), e.getMessage());
        assertTrue(e.getMessage().contains("bn1.bias has shape [32] but the network expects [64]"), e.getMessage());
        assertTrue(!e.getMessage().contains("embedding"), "the head is not required: " + e.getMessage());
    }

    /** Deterministic test input. */
    private static float[] ramp(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) Math.sin(0.013 * i) * 1.5f;
        }
        return v;
    }
}
