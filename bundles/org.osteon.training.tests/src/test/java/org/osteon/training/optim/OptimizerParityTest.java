package org.osteon.training.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osteon.testing.dl.TestEngines;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.Autograd;
import org.osteon.dl.Autograd.GradientScope;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Flatten;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;

/**
 * Gradients, clipping and two steps of SGD (momentum, Nesterov, weight decay), Adam and AdamW on a tiny
 * network (conv, batch norm, ReLU, linear) equal torch 1.13's; the numbers come from
 * releng/parity/optimizer_reference.py.
 */
class OptimizerParityTest extends ScopedTest {

    private static final float LOSS = 8.97970974e-01f;
    private static final float[] GRAD_CONV_WEIGHT = {-2.04716778e+00f, -1.80921078e+00f, -7.31676519e-01f, -2.66700602e+00f, -2.44506407e+00f, -1.50568783e+00f, -2.99635708e-01f, -5.15775740e-01f, -7.70792603e-01f, -4.15161133e-01f, -9.36106980e-01f, -8.77421379e-01f, 1.66933012e+00f, 1.91565514e+00f, 1.94330525e+00f, 2.03882265e+00f, 3.00589299e+00f, 3.22792435e+00f};
    private static final float[] GRAD_BN_WEIGHT = {2.85424203e-01f, 1.09402895e+00f};
    private static final float[] GRAD_BN_BIAS = {-2.02013686e-01f, 3.53635028e-02f};
    private static final float[] GRAD_FC_WEIGHT = {5.21867216e-01f, 8.04409862e-01f, 9.21421885e-01f, 6.10373139e-01f, 2.44911507e-01f, 4.69858348e-01f, 2.74434865e-01f, 3.91959697e-01f, 1.84371546e-01f, 1.47567287e-01f, 2.17656642e-01f, 8.90324861e-02f, 1.71849597e+00f, 1.72060823e+00f, 1.18671000e+00f, 4.29087490e-01f, 1.30304337e+00f, 1.66403019e+00f, 1.83376729e+00f, 8.90531838e-01f, 1.38903558e-01f, 1.74104542e-01f, 1.26786426e-01f, 1.73821300e-01f, 2.01746002e-01f, 6.01707362e-02f, 2.01847956e-01f, 5.88480793e-02f, 5.16205072e-01f, 3.51178050e-01f, 2.26309642e-01f, 1.03768587e-01f};
    private static final float[] GRAD_FC_BIAS = {1.48758137e+00f};
    private static final float[] RUNNING_MEAN = {3.57423839e-03f, -2.95641040e-03f};
    private static final float[] RUNNING_VAR = {9.04964805e-01f, 9.03572202e-01f};
    private static final float CLIP_TOTAL = 9.11212826e+00f;
    private static final float[] CLIPPED_CONV_WEIGHT = {-1.12332016e-01f, -9.92748663e-02f, -4.01484929e-02f, -1.46343738e-01f, -1.34165347e-01f, -8.26199800e-02f, -1.64415855e-02f, -2.83016041e-02f, -4.22948673e-02f, -2.27806866e-02f, -5.13659827e-02f, -4.81457934e-02f, 9.15993452e-02f, 1.05115667e-01f, 1.06632881e-01f, 1.11874104e-01f, 1.64939106e-01f, 1.77122399e-01f};
    private static final float[] CLIPPED_BN_WEIGHT = {1.56617723e-02f, 6.00314662e-02f};
    private static final float[] CLIPPED_BN_BIAS = {-1.10848779e-02f, 1.94046320e-03f};
    private static final float[] CLIPPED_FC_WEIGHT = {2.86358539e-02f, 4.41395119e-02f, 5.05601838e-02f, 3.34923454e-02f, 1.34387640e-02f, 2.57820282e-02f, 1.50587671e-02f, 2.15075798e-02f, 1.01168202e-02f, 8.09730031e-03f, 1.19432369e-02f, 4.88538295e-03f, 9.42971706e-02f, 9.44130719e-02f, 6.51170537e-02f, 2.35448536e-02f, 7.15004876e-02f, 9.13085267e-02f, 1.00622326e-01f, 4.88651879e-02f, 7.62190437e-03f, 9.55345016e-03f, 6.95701409e-03f, 9.53790825e-03f, 1.10701900e-02f, 3.30168358e-03f, 1.10757845e-02f, 3.22910701e-03f, 2.83251610e-02f, 1.92698129e-02f, 1.24180438e-02f, 5.69398142e-03f};
    private static final float[] CLIPPED_FC_BIAS = {8.16264376e-02f};
    private static final float[] SGD_CONV_WEIGHT = {8.85581076e-01f, 8.93638253e-01f, 2.50936121e-01f, 7.89036930e-01f, 3.39153767e-01f, -1.99006982e-02f, 2.34739855e-02f, 2.05902740e-01f, 2.38795683e-01f, 9.14641544e-02f, 1.23488903e-02f, 1.41839655e-02f, -4.65189725e-01f, -2.37062305e-01f, -2.05540627e-01f, -4.84997720e-01f, -1.02529216e+00f, -1.18550718e+00f};
    private static final float[] SGD_BN_WEIGHT = {2.72135809e-02f, 8.57642014e-03f};
    private static final float[] SGD_BN_BIAS = {-9.68492687e-01f, -4.87565219e-01f};
    private static final float[] SGD_FC_WEIGHT = {1.78831428e-01f, 1.73444390e-01f, 3.05199102e-02f, 4.01645806e-03f, 1.27120882e-01f, 1.18105404e-01f, 1.39721960e-01f, -2.33381186e-02f, 2.46611834e-01f, 5.89924932e-01f, 8.12191844e-01f, 6.96206629e-01f, -1.30258026e-02f, 6.22631073e-01f, 9.44895983e-01f, 1.01867068e+00f, -9.32304710e-02f, -1.73339710e-01f, -2.69815862e-01f, -6.86799064e-02f, 1.18577942e-01f, 8.21027830e-02f, 7.56834522e-02f, -5.47273457e-02f, -1.85523443e-02f, 6.19086698e-02f, 3.73603366e-02f, -3.69992596e-03f, -2.13303134e-01f, -6.29132837e-02f, 4.75158244e-02f, 1.31122440e-01f};
    private static final float[] SGD_FC_BIAS = {4.13991570e-01f};
    private static final float[] SGDPLAIN_CONV_WEIGHT = {6.34544730e-01f, 7.12737441e-01f, 2.79022872e-01f, 4.57776338e-01f, 1.01913355e-01f, -6.16136789e-02f, 3.54303084e-02f, 2.50592053e-01f, 2.90824890e-01f, 4.98834401e-02f, -7.53796920e-02f, -6.93960264e-02f, -3.40414524e-01f, -1.11110903e-01f, -7.64474347e-02f, -3.18503946e-01f, -7.80268073e-01f, -9.15866554e-01f};
    private static final float[] SGDPLAIN_BN_WEIGHT = {9.03809309e-01f, 4.28414077e-01f};
    private static final float[] SGDPLAIN_BN_BIAS = {-6.41287565e-02f, -1.70076251e-01f};
    private static final float[] SGDPLAIN_FC_WEIGHT = {1.28771037e-01f, 7.72221237e-02f, 4.50740196e-02f, 8.18121154e-03f, 4.11068387e-02f, -1.90196764e-02f, -4.31369841e-02f, -1.54188320e-01f, -4.34793644e-02f, 7.64587447e-02f, 1.59545824e-01f, 1.53654084e-01f, -2.53254324e-01f, 1.33823864e-02f, 2.34531522e-01f, 3.86747211e-01f, -4.90550846e-02f, -1.03624009e-01f, -1.44999027e-01f, -9.83764231e-03f, 9.50663462e-02f, 3.80381495e-02f, 8.47200572e-04f, -1.00482665e-01f, -1.03665188e-01f, -7.17520118e-02f, -9.08683538e-02f, -9.06823128e-02f, -2.03329623e-01f, -8.29687044e-02f, 2.02962458e-02f, 1.08783282e-01f};
    private static final float[] SGDPLAIN_FC_BIAS = {5.34276245e-03f};
    private static final float[] ADAM_CONV_WEIGHT = {1.63783446e-01f, 3.19176853e-01f, 1.99194714e-01f, -8.57886150e-02f, -2.74363160e-01f, -1.93708301e-01f, 7.00537339e-02f, 2.88314909e-01f, 2.52879560e-01f, -2.69799866e-03f, -2.44005620e-01f, -2.43142247e-01f, -3.99096161e-02f, 2.21140996e-01f, 2.60465652e-01f, 4.19380292e-02f, -2.33548284e-01f, -3.12553942e-01f};
    private static final float[] ADAM_BN_WEIGHT = {1.18346179e+00f, 7.80728102e-01f};
    private static final float[] ADAM_BN_BIAS = {1.19901948e-01f, -5.65694124e-02f};
    private static final float[] ADAM_FC_WEIGHT = {1.84436768e-01f, 1.69926524e-01f, 1.30613565e-01f, 7.14405477e-02f, -1.76295452e-03f, -7.50277340e-02f, -1.40293643e-01f, -1.90001637e-01f, -2.10190371e-01f, -2.07641676e-01f, -1.83645725e-01f, -1.30263641e-01f, -7.34810382e-02f, -1.31266192e-04f, 7.08221421e-02f, 1.30666062e-01f, 1.67349786e-01f, 1.80383071e-01f, 1.66304544e-01f, 1.27115294e-01f, 6.84379190e-02f, -2.30398308e-03f, -7.47790188e-02f, -1.40903994e-01f, -1.91051185e-01f, -2.15965703e-01f, -2.16099679e-01f, -1.88840061e-01f, -1.37757316e-01f, -7.20557943e-02f, 1.27187837e-03f, 7.18601793e-02f};
    private static final float[] ADAM_FC_BIAS = {5.61450608e-04f};
    private static final float[] ADAMW_CONV_WEIGHT = {1.63753673e-01f, 3.19116116e-01f, 1.99159369e-01f, -8.57694894e-02f, -2.74309337e-01f, -1.93674967e-01f, 7.00485557e-02f, 2.88292676e-01f, 2.52864629e-01f, -2.69459561e-03f, -2.43954390e-01f, -2.43094087e-01f, -3.99046242e-02f, 2.21093774e-01f, 2.60410577e-01f, 4.19266075e-02f, -2.33504564e-01f, -3.12494397e-01f};
    private static final float[] ADAMW_BN_WEIGHT = {1.18355238e+00f, 7.80581057e-01f};
    private static final float[] ADAMW_BN_BIAS = {1.19881809e-01f, -5.66527583e-02f};
    private static final float[] ADAMW_FC_WEIGHT = {1.84434652e-01f, 1.69909537e-01f, 1.30597085e-01f, 7.14330226e-02f, -1.76557992e-03f, -7.50158504e-02f, -1.40274465e-01f, -1.89969540e-01f, -2.10271865e-01f, -2.07753897e-01f, -1.83696002e-01f, -1.30389050e-01f, -7.34692588e-02f, -1.33868307e-04f, 7.08064139e-02f, 1.30653858e-01f, 1.67314798e-01f, 1.80345282e-01f, 1.66269287e-01f, 1.27088204e-01f, 6.84296787e-02f, -2.30590301e-03f, -7.47872293e-02f, -1.40897542e-01f, -1.91016287e-01f, -2.15952545e-01f, -2.16061696e-01f, -1.88809261e-01f, -1.37737453e-01f, -7.20458701e-02f, 1.26897730e-03f, 7.18504265e-02f};
    private static final float[] ADAMW_FC_BIAS = {5.58867119e-04f};

    private static final String[] NAMES = {"conv.weight", "bn.weight", "bn.bias", "fc.weight", "fc.bias"};


    private static float[] pattern(int n, java.util.function.IntToDoubleFunction f) {
        float[] v = new float[n];
        for (int k = 0; k < n; k++) {
            v[k] = (float) f.applyAsDouble(k);
        }
        return v;
    }

    private Module build() {
        Sequential net = new Sequential();
        net.add("conv", Conv.builder().setChannels(1, 2).setKernel(3, 3).optPadding(1).optBias(false).build(scope));
        net.add("bn", new BatchNorm(scope, 2));
        net.add("relu", new ReLU());
        net.add("flatten", new Flatten());
        net.add("fc", new Linear(scope, 32, 1));
        Map<String, Tensor> p = net.namedParameters();
        p.get("conv.weight").assign(pattern(18, k -> 0.3 * Math.sin(k + 0.5)));
        p.get("bn.weight").assign(new float[] {1.2f, 0.8f});
        p.get("bn.bias").assign(new float[] {0.1f, -0.05f});
        p.get("fc.weight").assign(pattern(32, k -> 0.2 * Math.cos(0.37 * k)));
        p.get("fc.bias").assign(new float[] {0.02f});
        net.markTrainable().train();
        return net;
    }

    private Tensor loss(Module net, TensorScope s) {
        Tensor x = Tensor.fromFloatArray(s, pattern(64, k -> Math.cos(0.21 * k) + 0.1 * k / 64), 4, 1, 4, 4);
        Tensor y = Tensor.fromFloatArray(s, pattern(4, k -> 0.5 * k - 0.7), 4, 1);
        return net.forward(x).sub(y).square().mean();
    }

    private void train(Module net, Optimizer opt, int steps) {
        for (int i = 0; i < steps; i++) {
            opt.zeroGrad();
            try (TensorScope s = scope.newChild(); GradientScope g = Autograd.record()) {
                loss(net, s).backward();
            }
            opt.step();
        }
    }

    private static void assertParameters(Module net, float[]... expected) {
        Map<String, Tensor> p = net.namedParameters();
        for (int i = 0; i < NAMES.length; i++) {
            assertArrayEquals(expected[i], p.get(NAMES[i]).toFloatArray(), 2e-6f, NAMES[i]);
        }
    }

    @Test
    void gradientsAndBatchStatisticsEqualTorch() {
        Module net = build();
        try (GradientScope g = Autograd.record()) {
            Tensor l = loss(net, scope);
            assertEquals(LOSS, l.item(), 1e-6f);
            l.backward();
        }
        Map<String, Tensor> p = net.namedParameters();
        float[][] grads = {GRAD_CONV_WEIGHT, GRAD_BN_WEIGHT, GRAD_BN_BIAS, GRAD_FC_WEIGHT, GRAD_FC_BIAS};
        for (int i = 0; i < NAMES.length; i++) {
            assertArrayEquals(grads[i], p.get(NAMES[i]).grad().orElseThrow().toFloatArray(), 2e-6f, NAMES[i]);
        }
        assertArrayEquals(RUNNING_MEAN, net.find("bn").orElseThrow().buffer("running_mean").toFloatArray(), 1e-7f);
        assertArrayEquals(RUNNING_VAR, net.find("bn").orElseThrow().buffer("running_var").toFloatArray(), 1e-6f);

        double total = GradientClipping.clipGradNorm(p.values(), 0.5, scope);
        assertEquals(CLIP_TOTAL, total, 1e-5);
        float[][] clipped = {CLIPPED_CONV_WEIGHT, CLIPPED_BN_WEIGHT, CLIPPED_BN_BIAS, CLIPPED_FC_WEIGHT, CLIPPED_FC_BIAS};
        for (int i = 0; i < NAMES.length; i++) {
            assertArrayEquals(clipped[i], p.get(NAMES[i]).grad().orElseThrow().toFloatArray(), 2e-7f, NAMES[i]);
        }
    }

    @Test
    void sgdWithNesterovMomentumAndWeightDecayEqualsTorch() {
        Module net = build();
        try (SGD opt = SGD.builder().setParameters(net.trainableParameters(), scope).setLearningRate(0.1).optMomentum(0.9).optNesterov(true)
                .optWeightDecay(0.01).build()) {
            train(net, opt, 2);
            assertEquals(2, opt.stepCount());
        }
        assertParameters(net, SGD_CONV_WEIGHT, SGD_BN_WEIGHT, SGD_BN_BIAS, SGD_FC_WEIGHT, SGD_FC_BIAS);
    }

    @Test
    void sgdWithDampenedMomentumEqualsTorch() {
        Module net = build();
        try (SGD opt = SGD.builder().setParameters(net.trainableParameters(), scope).setLearningRate(0.1).optMomentum(0.9).optDampening(0.1)
                .optWeightDecay(0.01).build()) {
            train(net, opt, 2);
        }
        assertParameters(net, SGDPLAIN_CONV_WEIGHT, SGDPLAIN_BN_WEIGHT, SGDPLAIN_BN_BIAS, SGDPLAIN_FC_WEIGHT, SGDPLAIN_FC_BIAS);
    }

    @Test
    void adamEqualsTorch() {
        Module net = build();
        try (Adam opt = Adam.adam().setParameters(net.trainableParameters(), scope).setLearningRate(0.01).optWeightDecay(0.01).build()) {
            train(net, opt, 2);
        }
        assertParameters(net, ADAM_CONV_WEIGHT, ADAM_BN_WEIGHT, ADAM_BN_BIAS, ADAM_FC_WEIGHT, ADAM_FC_BIAS);
    }

    @Test
    void adamWEqualsTorch() {
        Module net = build();
        try (Adam opt = Adam.adamW().setParameters(net.trainableParameters(), scope).setLearningRate(0.01).build()) {
            train(net, opt, 2);
        }
        assertParameters(net, ADAMW_CONV_WEIGHT, ADAMW_BN_WEIGHT, ADAMW_BN_BIAS, ADAMW_FC_WEIGHT, ADAMW_FC_BIAS);
    }

    @Test
    void optimizerStateRoundTripsThroughNamedTensors() {
        Module a = build();
        Module b = build();
        try (Adam first = Adam.adamW().setParameters(a.trainableParameters(), scope).setLearningRate(0.01).build();
                Adam second = Adam.adamW().setParameters(b.trainableParameters(), scope).setLearningRate(0.01).build()) {
            train(a, first, 1);
            train(b, second, 1);
            Map<String, Tensor> saved = first.state();
            assertTrue(saved.containsKey("fc.weight.exp_avg_sq"));
            assertEquals(1f, saved.get("fc.weight.step").item());
            // a fresh optimizer loaded with the state continues exactly as the first
            try (Adam restored = Adam.adamW().setParameters(b.trainableParameters(), scope).setLearningRate(0.01).build()) {
                restored.loadState(saved);
                assertEquals(1, restored.stepCount());
                train(a, first, 1);
                train(b, restored, 1);
            }
            Map<String, Tensor> pa = a.namedParameters();
            Map<String, Tensor> pb = b.namedParameters();
            for (String n : NAMES) {
                assertArrayEquals(pa.get(n).toFloatArray(), pb.get(n).toFloatArray(), n);
            }
            Map<String, Tensor> wrong = new LinkedHashMap<>(saved);
            wrong.put("fc.weight.exp_avg", Tensor.zeros(scope, 3));
            wrong.put("nothing.exp_avg", Tensor.zeros(scope, 3));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> second.loadState(wrong));
            assertTrue(e.getMessage().contains("fc.weight.exp_avg (shape [3]") && e.getMessage().contains("nothing.exp_avg"), e.getMessage());
        }
    }

    @Test
    void schedulesFollowTorchFormulas() {
        Module net = build();
        try (SGD opt = SGD.builder().setParameters(net.trainableParameters(), scope).setLearningRate(1).build()) {
            LearningRateSchedule step = LearningRateSchedule.step(opt, 2, 0.1);
            List<Double> rates = new ArrayList<>();
            for (int e = 0; e < 5; e++) {
                step.step(0);
                rates.add(opt.learningRate());
            }
            // epochs 1..5: 1 * 0.1^(e / 2)
            assertListEquals(List.of(1.0, 0.1, 0.1, 0.01, 0.01), rates);

            opt.setLearningRate(1);
            LearningRateSchedule cosine = LearningRateSchedule.cosine(opt, 4, 0);
            rates.clear();
            for (int e = 0; e < 4; e++) {
                cosine.step(0);
                rates.add(opt.learningRate());
            }
            // (1 + cos(pi e / 4)) / 2 for e = 1..4
            assertListEquals(List.of((1 + Math.sqrt(0.5)) / 2, 0.5, (1 - Math.sqrt(0.5)) / 2, 0.0), rates);

            opt.setLearningRate(1);
            LearningRateSchedule plateau = LearningRateSchedule.reduceOnPlateau(opt, true, 0.5, 1, 1e-4, 1, 0.2);
            rates.clear();
            // epochs 1-10, losses 1 1 1 1 1 1 1 0.5 0.6 0.6 (patience 1, cooldown 1, factor 0.5, minimum 0.2):
            // 1 best; 1 bad 1; 1 bad 2 > 1: halve, cooldown; 1 cooldown; 1 bad 1; 1 bad 2: halve, cooldown; 1 cooldown;
            // 0.5 best; 0.6 bad 1; 0.6 bad 2: 0.25 / 2 is below the minimum, so 0.2
            for (double loss : new double[] {1, 1, 1, 1, 1, 1, 1, 0.5, 0.6, 0.6}) {
                plateau.step(loss);
                rates.add(opt.learningRate());
            }
            assertListEquals(List.of(1.0, 1.0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25, 0.2), rates);
            Map<String, Double> st = plateau.state();
            assertEquals(0.5, st.get("best"));
            assertEquals(10.0, st.get("epoch"));
        }
    }

    private static void assertListEquals(List<Double> expected, List<Double> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), 1e-12, "at " + i + ": " + actual);
        }
    }
}
