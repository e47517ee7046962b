package org.osteon.dl.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osteon.testing.dl.TestEngines;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.Autograd;
import org.osteon.dl.Autograd.GradientScope;
import org.osteon.dl.Autograd.NoGradScope;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/** Gradients, recording scopes, freezing and the train/eval rules, on values worked out by hand. */
class AutogradTest extends ScopedTest {


    private static Linear linear(TensorScope scope) {
        Linear fc = new Linear(scope, 3, 2);
        fc.parameter("weight").assign(new float[] {1, 2, 3, -1, 0, 1});
        fc.parameter("bias").assign(new float[] {0.5f, -0.5f});
        return fc;
    }

    @Test
    void linearGradientsAccumulateAndZero() {
        Linear fc = linear(scope);
        fc.markTrainable();
        Tensor x = Tensor.fromFloatArray(scope, new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        try (GradientScope g = Autograd.record()) {
            assertTrue(Autograd.isRecording());
            // loss = mean(y), y (2 x 2): d/dW[o][i] = sum_n x[n][i] / 4 = (5, 7, 9) / 4 per row; d/db = 2 / 4
            fc.forward(x).mean(new int[] {0, 1}, false).backward();
            assertArrayEquals(new float[] {1.25f, 1.75f, 2.25f, 1.25f, 1.75f, 2.25f}, fc.parameter("weight").grad().orElseThrow().toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {0.5f, 0.5f}, fc.parameter("bias").grad().orElseThrow().toFloatArray(), 1e-6f);
            // a second backward adds to the first
            fc.forward(x).mean(new int[] {0, 1}, false).backward();
            assertArrayEquals(new float[] {1f, 1f}, fc.parameter("bias").grad().orElseThrow().toFloatArray(), 1e-6f);
            fc.zeroGrad();
            assertArrayEquals(new float[] {0f, 0f}, fc.parameter("bias").grad().orElseThrow().toFloatArray());
            // the input needs no gradient and got none
            assertTrue(x.grad().isEmpty());
        }
    }

    @Test
    void noGradAndDetachRecordNothing() {
        Linear fc = linear(scope);
        fc.markTrainable();
        Tensor x = Tensor.fromFloatArray(scope, new float[] {1, 2, 3}, 1, 3);
        assertTrue(fc.parameter("weight").requiresGrad());
        assertFalse(x.requiresGrad());
        try (GradientScope g = Autograd.record()) {
            try (NoGradScope n = Autograd.noGrad()) {
                assertFalse(Autograd.isRecording());
                Tensor unrecorded = fc.forward(x).mean(new int[] {0, 1}, false);
                assertThrows(IllegalStateException.class, unrecorded::backward);
            }
            assertTrue(Autograd.isRecording());
            Tensor y = fc.forward(x);
            Tensor cut = y.detach().mul(2f).mean(new int[] {0, 1}, false);
            assertThrows(IllegalStateException.class, cut::backward);
            // detach shares the values
            assertArrayEquals(y.toFloatArray(), y.detach().toFloatArray());
            assertTrue(fc.parameter("weight").grad().isEmpty());
        }

    }

    @Test
    void oneGradientScopePerProcess() {
        try (GradientScope g = Autograd.record()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, Autograd::record);
            assertTrue(e.getMessage().contains("one training"), e.getMessage());
            // the refused second scope left recording on for the first
            assertTrue(Autograd.isRecording());
        }
        // once closed, another training may start
        try (GradientScope g = Autograd.record()) {
            assertTrue(g.isOpen());
        }
    }

    @Test
    void freezingByNamePrefixKeepsFrozenBatchNormInEvaluation() {
        Network net = SmallNetwork.build(scope, 3);
        Module root = net.root();
        root.markTrainable();
        root.freeze("features.stem");
        assertTrue(root.trainableParameters().keySet().stream().noneMatch(n -> n.startsWith("features.stem.")));
        assertTrue(root.trainableParameters().containsKey("features.block.conv.weight"));
        assertEquals(net.root().namedParameters().size() - 4, root.trainableParameters().size());
        BatchNorm stemBn = (BatchNorm) root.find("features.stem.bn").orElseThrow();
        BatchNorm blockBn = (BatchNorm) root.find("features.block.bn").orElseThrow();
        assertTrue(stemBn.isFrozen());
        assertFalse(stemBn.parameter("weight").requiresGrad());
        root.train();
        assertFalse(stemBn.isTraining());
        assertTrue(blockBn.isTraining());
        // a helper that evaluates and then restores leaves each module as it was
        Tensor x = Tensor.fromFloatArray(scope, Reference.random(9, 3 * 8 * 8), 1, 3, 8, 8);
        LayerFeatures.capture(root, x, List.of("last"));
        assertFalse(stemBn.isTraining());
        assertTrue(blockBn.isTraining());
        // the boundary is a dotted name: "features.ste" is no module
        assertThrows(InvalidInputException.class, () -> root.freeze("features.ste"));
        root.unfreeze("features.stem");
        assertEquals(net.root().namedParameters().size(), root.trainableParameters().size());
        root.train();
        assertTrue(stemBn.isTraining());
        // copies keep what is frozen
        root.freeze("features.stem.bn");
        assertTrue(((BatchNorm) root.copy(scope).find("features.stem.bn").orElseThrow()).isFrozen());
    }

    @Test
    void frozenParametersGetNoGradient() {
        Network net = SmallNetwork.build(scope, 4);
        Module root = net.root();
        root.markTrainable().freeze("features");
        root.train();
        Tensor x = Tensor.fromFloatArray(scope, Reference.random(10, 2 * 3 * 8 * 8), 2, 3, 8, 8);
        float[] meanBefore = root.find("features.stem.bn").orElseThrow().buffer("running_mean").toFloatArray();
        try (GradientScope g = Autograd.record()) {
            root.forward(x).mean(new int[] {0, 1}, false).backward();
        }
        assertTrue(root.find("features.stem.conv").orElseThrow().parameter("weight").grad().isEmpty());
        assertTrue(root.find("fc").orElseThrow().parameter("weight").grad().isPresent());
        // the frozen batch norm ran on its running statistics and left them alone
        assertArrayEquals(meanBefore, root.find("features.stem.bn").orElseThrow().buffer("running_mean").toFloatArray());
        assertArrayEquals(new long[] {0}, root.find("features.stem.bn").orElseThrow().buffer("num_batches_tracked").toLongArray());
    }

    @Test
    void batchNormCountsTrainingBatches() {
        BatchNorm bn = new BatchNorm(scope, 2);
        Tensor x = Tensor.fromFloatArray(scope, new float[] {1, 2, 3, 4, 5, 6, 7, 8}, 2, 2, 2);
        bn.train();
        bn.forward(x);
        bn.forward(x);
        bn.eval();
        bn.forward(x);
        assertArrayEquals(new long[] {2}, bn.buffer("num_batches_tracked").toLongArray());
        assertEquals("int64", bn.buffer("num_batches_tracked").dataType());
    }

    @Test
    void activationCaptureKeepsOutputAndItsGradient() {
        Linear fc = linear(scope);
        fc.markTrainable();
        Sequential net = new Sequential().add("fc", fc).add("relu", new ReLU());
        Tensor x = Tensor.fromFloatArray(scope, new float[] {1, 2, 3}, 1, 3);
        try (ActivationCapture cap = ActivationCapture.attach(fc, scope); GradientScope g = Autograd.record()) {
            Tensor y = net.forward(x);
            // fc output: (1 + 4 + 9 + 0.5, -1 + 0 + 3 - 0.5) = (14.5, 1.5); loss = mean(relu(y) * (2, 4)) = (29 + 6) / 2
            Tensor loss = y.mul(Tensor.fromFloatArray(scope, new float[] {2, 4}, 1, 2)).mean(new int[] {0, 1}, false);
            assertEquals(17.5f, loss.toFloatArray()[0], 1e-5f);
            loss.backward();
            assertArrayEquals(new float[] {14.5f, 1.5f}, cap.activation().orElseThrow().toFloatArray(), 1e-5f);
            // d loss / d fc output = (2, 4) / 2 (both outputs are positive, relu passes them)
            assertArrayEquals(new float[] {1f, 2f}, cap.gradient().orElseThrow().toFloatArray(), 1e-6f);
            // the gradient still reached the weights: d/dW[o][i] = g[o] * x[i]
            assertArrayEquals(new float[] {1, 2, 3, 2, 4, 6}, fc.parameter("weight").grad().orElseThrow().toFloatArray(), 1e-5f);
        }
    }

    @Test
    void inEvalModeRestoresEveryModule() {
        Network net = SmallNetwork.build(scope, 5);
        net.root().train();
        net.root().find("features.block").orElseThrow().eval();
        List<Boolean> before = new ArrayList<>();
        net.modules().forEach(m -> before.add(m.isTraining()));
        boolean inside = net.root().inEvalMode(() -> net.modules().stream().anyMatch(Module::isTraining));
        assertFalse(inside);
        List<Boolean> after = new ArrayList<>();
        net.modules().forEach(m -> after.add(m.isTraining()));
        assertEquals(before, after);
    }
}
