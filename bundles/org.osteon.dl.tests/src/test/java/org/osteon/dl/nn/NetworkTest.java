package org.osteon.dl.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.Weights;
import org.osteon.testing.dl.TensorScopeExtension;

class NetworkTest {

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    @Test
    void stateDictHasTorchNamesAndOrder() {
        Network net = SmallNetwork.build(scopes.scope(), 1);
        List<String> names = List.copyOf(net.stateDict().keySet());
        assertEquals(List.of("features.stem.conv.weight", "features.stem.conv.bias", "features.stem.bn.weight", "features.stem.bn.bias",
                "features.stem.bn.running_mean", "features.stem.bn.running_var", "features.stem.bn.num_batches_tracked",
                "features.block.conv.weight", "features.block.bn.weight", "features.block.bn.bias", "features.block.bn.running_mean",
                "features.block.bn.running_var", "features.block.bn.num_batches_tracked", "features.head.conv.weight",
                "features.head.conv.bias", "fc.weight", "fc.bias"), names);
        assertArrayEquals(new long[] {6, 8, 3, 1}, net.stateDict().get("features.head.conv.weight").shape());
        // 8*3*9+8 + 8+8 + 8*8*9 + 8+8 + 6*8*3+6 + 5*6+5
        assertEquals(224 + 16 + 576 + 16 + 150 + 35, net.parameterCount());
        assertEquals("features.block.conv", net.module("features.block.conv").orElseThrow().name());
        assertTrue(net.module("features.nothing").isEmpty());
        assertEquals(3, net.modules(Conv.class).size());
    }

    @Test
    void loadingReportsEveryMissingAndMisshapenTensorAtOnce() {
        Network net = SmallNetwork.build(scopes.scope(), 1);
        Map<String, Tensor> weights = new LinkedHashMap<>(SmallNetwork.build(scopes.scope(), 2).stateDict());
        weights.remove("features.stem.conv.weight");
        weights.remove("fc.bias");
        weights.put("features.stem.bn.weight", Tensor.ones(scopes.scope(), 4));
        weights.put("features.head.conv.weight", Tensor.ones(scopes.scope(), 6, 8, 3, 3));
        float[] before = net.stateDict().get("features.block.conv.weight").toFloatArray();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> net.loadStateDict(weights, "weights file w.safetensors"));
        assertEquals("weights file w.safetensors does not fit small: missing features.stem.conv.weight, fc.bias; "
                + "features.stem.bn.weight has shape [4] but the network expects [8]; "
                + "features.head.conv.weight has shape [6, 8, 3, 3] but the network expects [6, 8, 3, 1]", e.getMessage());
        assertArrayEquals(before, net.stateDict().get("features.block.conv.weight").toFloatArray(), "nothing copied");
    }

    @Test
    void loadingCopiesValuesIgnoresExtrasAndToleratesMissingCounters(@TempDir Path dir) throws Exception {
        Network a = SmallNetwork.build(scopes.scope(), 1).eval();
        Network b = SmallNetwork.build(scopes.scope(), 2).eval();
        Tensor x = Tensor.fromFloatArray(scopes.scope(), org.osteon.dl.nn.Reference.random(3, 3 * 10 * 10), 1, 3, 10, 10);
        float[] ya = a.forward(x).toFloatArray();
        assertFalse(java.util.Arrays.equals(ya, b.forward(x).toFloatArray()));

        Map<String, Tensor> weights = new LinkedHashMap<>(a.stateDict());
        weights.keySet().removeIf(k -> k.endsWith("num_batches_tracked"));
        weights.put("classifier.weight", Tensor.ones(scopes.scope(), 3, 3));
        Path file = dir.resolve("a.safetensors");
        SafetensorsWriter.write(file, weights);
        Weights.load(b, file, scopes.scope());
        assertArrayEquals(ya, b.forward(x).toFloatArray());
    }

    @Test
    void forwardFreesIntermediatesAndHooksSeeOutputs() {
        Network net = SmallNetwork.build(scopes.scope(), 1).eval();
        List<Tensor> seen = new ArrayList<>();
        List<long[]> shapes = new ArrayList<>();
        Module block = net.module("features.block").orElseThrow();
        try (HookRegistration h = block.addForwardHook((m, out) -> {
            seen.add(out);
            shapes.add(out.shape());
        })) {
            Tensor x = Tensor.ones(scopes.scope(), 1, 3, 8, 8);
            Tensor y = net.forward(x);
            assertTrue(y.isOpen() && x.isOpen(), "the input and the result stay");
            assertArrayEquals(new long[] {1, 5}, y.shape());
        }
        assertEquals(1, seen.size());
        assertArrayEquals(new long[] {1, 8, 4, 4}, shapes.get(0));
        assertFalse(seen.get(0).isOpen(), "the block's output is freed once the network has used it");
        net.forward(Tensor.ones(scopes.scope(), 1, 3, 8, 8));
        assertEquals(1, seen.size(), "the hook was removed");
    }

    @Test
    void copyIsDeepAndEvalTrainPropagate() {
        Network net = SmallNetwork.build(scopes.scope(), 1);
        assertTrue(net.module("features.stem.bn").orElseThrow().isTraining());
        net.eval();
        assertFalse(net.module("features.stem.bn").orElseThrow().isTraining());
        Module copy = net.root().copy(scopes.scope());
        Tensor w = copy.stateDict().get("features.stem.conv.weight");
        float[] original = net.stateDict().get("features.stem.conv.weight").toFloatArray();
        assertArrayEquals(original, w.toFloatArray());
        w.assign(new float[original.length]);
        assertArrayEquals(original, net.stateDict().get("features.stem.conv.weight").toFloatArray());
        assertEquals("features.stem.conv", copy.find("features.stem.conv").orElseThrow().name());
        assertFalse(copy.find("features.stem.bn").orElseThrow().isTraining());
    }

    @Test
    void aPartOfTheNetworkLoadsAloneAndIsCheckedFromShapesAlone() {
        Network net = SmallNetwork.build(scopes.scope(), 1);
        Network other = SmallNetwork.build(scopes.scope(), 2);
        Map<String, Tensor> features = new LinkedHashMap<>();
        other.stateDict().forEach((n, t) -> {
            if (n.startsWith("features.")) {
                features.put(n, t);
            }
        });
        float[] fc = net.stateDict().get("fc.weight").toFloatArray();
        net.loadStateDict(features, "features only", n -> n.startsWith("features."));
        assertArrayEquals(other.stateDict().get("features.head.conv.weight").toFloatArray(),
                net.stateDict().get("features.head.conv.weight").toFloatArray());
        assertArrayEquals(fc, net.stateDict().get("fc.weight").toFloatArray(), "outside the part: unchanged");

        Map<String, long[]> shapes = new LinkedHashMap<>();
        features.forEach((n, t) -> shapes.put(n, t.shape()));
        shapes.put("features.block.conv.weight", new long[] {8, 8, 1, 1});
        shapes.remove("features.stem.bn.num_batches_tracked");
        assertEquals(List.of("missing fc.weight, fc.bias",
                "features.block.conv.weight has shape [8, 8, 1, 1] but the network expects [8, 8, 3, 3]"),
                net.stateDictProblems(shapes, n -> true));
        assertEquals(List.of("features.block.conv.weight has shape [8, 8, 1, 1] but the network expects [8, 8, 3, 3]"),
                net.stateDictProblems(shapes, n -> !n.startsWith("fc.")));
    }
}
