package org.osteon.dl.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.testing.dl.TensorScopeExtension;

/** Each layer against a plain Java computation of the same thing. */
class LayersTest {

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    /**
     * A strided 1x1 convolution (ResNet's downsample) is computed on every s-th pixel: same values as the
     * reference convolution, and a gradient that reaches exactly the pixels it read (the direct oneDNN backward
     * of ResNet50's downsample convolutions killed the process on an AVX-512 EPYC; `osteon bench train` on
     * ResNet50 is the reproduction).
     */
    @Test
    void stridedPointwiseConvolutionValuesAndGradient() {
        int c = 2;
        int h = 5;
        int w = 4;
        int out = 3;
        Conv conv = Conv.builder().setChannels(c, out).setKernel(1, 1).optStride(2, 2).optBias(false).build(scopes.scope());
        float[] weight = Reference.random(4, out * c);
        conv.weight().assign(weight);
        float[] in = Reference.random(5, c * h * w);
        int[] dims = new int[3];
        float[] expected = Reference.conv3d(in, c, 1, h, w, weight, null, out, new int[] {1, 1, 1}, new int[] {1, 2, 2},
                new int[] {0, 0, 0}, new int[] {1, 1, 1}, 1, dims);
        Tensor x = Tensor.fromFloatArray(scopes.scope(), in, 1, c, h, w).requiresGrad(true);
        try (org.osteon.dl.Autograd.GradientScope g = org.osteon.dl.Autograd.record()) {
            Tensor y = conv.forward(x);
            assertArrayEquals(new long[] {1, out, 3, 2}, y.shape());
            assertArrayEquals(expected, y.toFloatArray(), 1e-5f);
            y.sum().backward();
        }
        float[] grad = x.grad().orElseThrow().toFloatArray();
        for (int ch = 0; ch < c; ch++) {
            float column = 0;
            for (int o = 0; o < out; o++) {
                column += weight[o * c + ch];
            }
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    float want = i % 2 == 0 && j % 2 == 0 ? column : 0f;
                    assertEquals(want, grad[(ch * h + i) * w + j], 1e-6f, "d sum / d x at " + ch + "," + i + "," + j);
                }
            }
        }
    }

    @Test
    void conv2dWithStridePaddingDilationGroupsAndBias() {
        int c = 4;
        int h = 9;
        int w = 8;
        int out = 6;
        int groups = 2;
        Conv conv = Conv.builder().setChannels(c, out).setKernel(3, 2).optStride(2, 1).optPadding(1, 2).optDilation(1, 2).optGroups(groups)
                .build(scopes.scope());
        float[] weight = Reference.random(1, out * (c / groups) * 3 * 2);
        float[] bias = Reference.random(2, out);
        conv.weight().assign(weight);
        conv.parameter("bias").assign(bias);
        float[] in = Reference.random(3, c * h * w);
        Tensor y = conv.forward(Tensor.fromFloatArray(scopes.scope(), in, 1, c, h, w));
        int[] dims = new int[3];
        float[] expected = Reference.conv3d(in, c, 1, h, w, weight, bias, out, new int[] {1, 3, 2}, new int[] {1, 2, 1}, new int[] {0, 1, 2},
                new int[] {1, 1, 2}, groups, dims);
        assertArrayEquals(new long[] {1, out, dims[1], dims[2]}, y.shape());
        assertArrayEquals(expected, y.toFloatArray(), 1e-5f);
    }

    @Test
    void conv3dWithoutBias() {
        int c = 2;
        Conv conv = Conv.builder().setChannels(c, 3).setKernel(3, 3, 3).optStride(2).optPadding(1).optBias(false).build(scopes.scope());
        float[] weight = Reference.random(4, 3 * c * 27);
        conv.weight().assign(weight);
        float[] in = Reference.random(5, c * 5 * 6 * 7);
        Tensor y = conv.forward(Tensor.fromFloatArray(scopes.scope(), in, 1, c, 5, 6, 7));
        int[] dims = new int[3];
        float[] expected = Reference.conv3d(in, c, 5, 6, 7, weight, null, 3, new int[] {3, 3, 3}, new int[] {2, 2, 2}, new int[] {1, 1, 1},
                new int[] {1, 1, 1}, 1, dims);
        assertArrayEquals(new long[] {1, 3, 3, 3, 4}, y.shape());
        assertArrayEquals(expected, y.toFloatArray(), 1e-5f);
    }

    @Test
    void batchNormInEvaluationUsesRunningStatistics() {
        BatchNorm bn = new BatchNorm(scopes.scope(), 3);
        float[] gamma = {1.5f, 0.5f, -1f};
        float[] beta = {0.1f, -0.2f, 0.3f};
        float[] mean = {0.5f, -1f, 2f};
        float[] var = {4f, 0.25f, 1e-6f};
        bn.parameter("weight").assign(gamma);
        bn.parameter("bias").assign(beta);
        bn.buffer("running_mean").assign(mean);
        bn.buffer("running_var").assign(var);
        bn.eval();
        float[] in = Reference.random(6, 3 * 2 * 2 * 2);
        float[] y = bn.forward(Tensor.fromFloatArray(scopes.scope(), in, 1, 3, 2, 2, 2)).toFloatArray();
        for (int i = 0; i < in.length; i++) {
            int ch = i / 8;
            double e = (in[i] - mean[ch]) / Math.sqrt(var[ch] + 1e-5) * gamma[ch] + beta[ch];
            assertEquals(e, y[i], 1e-4 * Math.max(1, Math.abs(e)), "element " + i);
        }
    }

    @Test
    void batchNormInTrainingUsesBatchStatisticsAndUpdatesRunningOnes() {
        BatchNorm bn = new BatchNorm(scopes.scope(), 1);
        bn.train();
        float[] in = {1, 2, 3, 6};
        float[] y = bn.forward(Tensor.fromFloatArray(scopes.scope(), in, 2, 1, 2)).toFloatArray();
        // batch mean 3, biased variance (4 + 1 + 0 + 9) / 4 = 3.5
        for (int i = 0; i < 4; i++) {
            assertEquals((in[i] - 3) / Math.sqrt(3.5 + 1e-5), y[i], 1e-5);
        }
        // running mean 0.9 * 0 + 0.1 * 3; running variance 0.9 * 1 + 0.1 * (unbiased 14 / 3)
        assertEquals(0.3f, bn.buffer("running_mean").toFloatArray()[0], 1e-6);
        assertEquals(0.9f + 0.1f * 14f / 3f, bn.buffer("running_var").toFloatArray()[0], 1e-5);
    }

    @Test
    void poolingFollowsTorchPaddingRules() {
        int c = 2;
        float[] in = Reference.random(7, c * 7 * 6);
        Tensor x = Tensor.fromFloatArray(scopes.scope(), in, 1, c, 7, 6);
        int[] k = {1, 3, 3};
        int[] s = {1, 2, 2};
        int[] p = {0, 1, 1};
        float[] max = new MaxPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}).forward(x).toFloatArray();
        assertArrayEquals(Reference.pool3d(in, c, 1, 7, 6, k, s, p, true, true), max, 1e-6f);
        float[] avg = new AvgPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}).forward(x).toFloatArray();
        assertArrayEquals(Reference.pool3d(in, c, 1, 7, 6, k, s, p, false, true), avg, 1e-6f);
        float[] avgNoPad = new AvgPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}, false, false).forward(x).toFloatArray();
        assertArrayEquals(Reference.pool3d(in, c, 1, 7, 6, k, s, p, false, false), avgNoPad, 1e-6f);
        // count_include_pad makes a difference at the border
        assertTrue(Math.abs(avg[0] - avgNoPad[0]) > 1e-4);
        // floor mode: 7 rows -> (7 + 2 - 3) / 2 + 1 = 4, 6 columns -> floor(5 / 2) + 1 = 3 (ceil mode would give 4)
        assertArrayEquals(new long[] {1, c, 4, 3}, new MaxPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}).forward(x).shape());
        assertArrayEquals(new long[] {1, c, 4, 4},
                new MaxPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}, true).forward(x).shape());
        // the stride defaults to the kernel: (7 + 2 - 3) / 3 + 1 = 3, (6 + 2 - 3) / 3 + 1 = 2
        assertArrayEquals(new long[] {1, c, 3, 2}, new MaxPool(new long[] {3, 3}, null, new long[] {1, 1}).forward(x).shape());

        float[] in3 = Reference.random(8, c * 5 * 4 * 6);
        Tensor x3 = Tensor.fromFloatArray(scopes.scope(), in3, 1, c, 5, 4, 6);
        int[] k3 = {3, 3, 3};
        int[] s3 = {2, 2, 2};
        int[] p3 = {1, 1, 1};
        assertArrayEquals(Reference.pool3d(in3, c, 5, 4, 6, k3, s3, p3, true, true),
                new MaxPool(new long[] {3, 3, 3}, new long[] {2, 2, 2}, new long[] {1, 1, 1}).forward(x3).toFloatArray(), 1e-6f);
        assertArrayEquals(Reference.pool3d(in3, c, 5, 4, 6, new int[] {2, 2, 2}, s3, new int[3], false, true),
                new AvgPool(new long[] {2, 2, 2}, null, null).forward(x3).toFloatArray(), 1e-6f);
    }

    @Test
    void globalPoolingLinearFlattenRelu() {
        float[] in = Reference.random(9, 2 * 3 * 4 * 5);
        Tensor x = Tensor.fromFloatArray(scopes.scope(), in, 1, 2, 3, 4, 5);
        Tensor g = AdaptiveAvgPool.global().forward(x);
        assertArrayEquals(new long[] {1, 2, 1, 1, 1}, g.shape());
        double m0 = 0;
        for (int i = 0; i < 60; i++) {
            m0 += in[i];
        }
        assertEquals(m0 / 60, g.toFloatArray()[0], 1e-6);
        Tensor sized = new AdaptiveAvgPool(1, 2, 1).forward(x);
        assertArrayEquals(new long[] {1, 2, 1, 2, 1}, sized.shape());

        Linear lin = new Linear(scopes.scope(), 2, 3);
        lin.parameter("weight").assign(new float[] {1, 2, 3, 4, 5, 6});
        lin.parameter("bias").assign(new float[] {0.5f, 0, -1});
        Tensor flat = new Flatten().forward(g);
        assertArrayEquals(new long[] {1, 2}, flat.shape());
        float[] v = flat.toFloatArray();
        float[] y = lin.forward(flat).toFloatArray();
        assertArrayEquals(new float[] {v[0] + 2 * v[1] + 0.5f, 3 * v[0] + 4 * v[1], 5 * v[0] + 6 * v[1] - 1}, y, 1e-6f);
        assertArrayEquals(new float[] {0, 0.5f, 2}, new ReLU().forward(Tensor.fromFloatArray(scopes.scope(), new float[] {-3, 0.5f, 2}, 3)).toFloatArray());
        Tensor same = Tensor.ones(scopes.scope(), 2);
        assertEquals(same, new Identity().forward(same));
    }

    @Test
    void wrongInputRankIsReported() {
        Conv conv = Conv.builder().setChannels(1, 1).setKernel(3, 3).build(scopes.scope());
        assertThrows(IllegalArgumentException.class, () -> conv.forward(Tensor.ones(scopes.scope(), 1, 1, 4, 4, 4)));
        assertThrows(IllegalArgumentException.class, () -> Conv.builder().setChannels(3, 4).setKernel(3).optGroups(2).build(scopes.scope()));
    }

    @Test
    void l2NormalizeDividesEachSampleByItsNormAndKeepsZeroVectorsZero() {
        Tensor x = Tensor.fromFloatArray(scopes.scope(), new float[] {3, 4, 0, 0, 0, 0, 1, -2, 2}, 3, 3);
        // rows (3, 4, 0) / 5, (0, 0, 0) (norm clamped at eps), (1, -2, 2) / 3
        assertArrayEquals(new float[] {0.6f, 0.8f, 0, 0, 0, 0, 1 / 3f, -2 / 3f, 2 / 3f}, new L2Normalize().forward(x).toFloatArray(), 1e-7f);
        assertThrows(IllegalArgumentException.class, () -> new L2Normalize(1, 0));
    }
}
