package org.osteon.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osteon.testing.dl.TestEngines;
import org.osteon.dl.Autograd.GradientScope;
import org.osteon.dl.nn.ConvTranspose;
import org.osteon.dl.nn.Dropout;

/**
 * The tensor operations the training methods use. Values are worked out by hand in the comments, or come
 * from torch 1.13 (releng/parity/tensor_ops_reference.py) where they cannot be.
 */
class TensorOpsTest extends ScopedTest {

    private static final float[] CONV_T = {7.4919403e-01f, -6.6111185e-02f, 1.1849679e+00f, 1.1647705e-01f, 6.2322736e-01f, 2.8391638e-01f, -8.7499046e-01f, -8.7703580e-01f, -1.3733355e+00f, -1.5722458e+00f, -5.1710260e-01f, -7.3000062e-01f, -4.1956601e-01f, 2.8226385e-01f, -9.8467278e-01f, 1.1303879e-01f, -5.5253637e-01f, -6.8174087e-02f, 9.0649152e-01f, 8.7534326e-01f, 1.5886011e+00f, 1.7678401e+00f, 9.0209764e-01f, 1.1269325e+00f, 4.7953895e-01f, -9.4768442e-02f, 1.1626679e+00f, 5.7706352e-02f, 8.6878490e-01f, 2.4906576e-01f, -1.1562538e+00f, -4.4712651e-01f, -1.6452178e+00f, -7.7314669e-01f, -8.0545515e-01f, -5.7221848e-01f, 5.9837222e-01f, 8.3899361e-01f, 9.0461808e-01f, 1.4766780e+00f, 1.9528310e-01f, 5.7283247e-01f, 5.9096009e-01f, -2.9074326e-02f, 1.2601702e+00f, 3.5692155e-01f, 5.8690667e-01f, 2.3088633e-01f, -8.7747318e-01f, -1.0415517e+00f, -1.3273638e+00f, -1.8822172e+00f, -7.4076134e-01f, -1.1762599e+00f, -8.0983526e-01f, -2.9130381e-01f, -1.6458975e+00f, -7.2954959e-01f, -1.1526082e+00f, -6.8092996e-01f, 1.4528134e+00f, 9.3180746e-01f, 1.9384649e+00f, 1.3635862e+00f, 9.1771942e-01f, 8.1750882e-01f, -2.2949773e-01f, -6.8089008e-01f, -3.0825609e-01f, -1.1873612e+00f, 1.7221345e-01f, -3.2635945e-01f, -6.7095447e-01f, -2.0436388e-01f, -1.3669374e+00f, -7.6252669e-01f, -5.3034568e-01f, -3.4380740e-01f, 7.7016926e-01f, 1.1105144e+00f, 9.3585366e-01f, 1.8022051e+00f, 5.1693714e-01f, 1.1127753e+00f, 1.0696620e+00f, 6.6682547e-01f, 1.9620459e+00f, 1.3402007e+00f, 1.3263526e+00f, 1.0572202e+00f};
    private static final float[] CONV_T_DX = {-9.7430491e-01f, -4.7781986e-01f, 1.8558145e-01f, 5.6877122e+00f, 4.2925167e+00f, 1.3978223e+00f, -4.7856417e+00f, -2.1683192e+00f, 1.2064600e+00f, 1.5621310e+00f, -1.2231647e+00f, -3.5811737e+00f, -2.1316960e+00f, 1.1947879e+00f, 4.1038980e+00f, -4.0360597e-01f, -3.5149097e+00f, -5.3983545e+00f};
    private static final float[] CONV_T_DW = {-2.0799053e+00f, -1.1257998e+00f, 3.9555192e+00f, 4.6673265e+00f, 3.0960677e+00f, 2.4264219e+00f, -2.3649683e+00f, -3.5505970e+00f, -3.5619359e+00f, -3.2957733e+00f, 3.5406926e-01f, 1.8027859e+00f, 1.4272133e+00f, 3.9145610e-01f, -4.5921493e+00f, -5.0390730e+00f, -2.6559005e+00f, -1.8254676e+00f, 3.2747624e+00f, 4.2818546e+00f, 3.4125290e+00f, 2.9350214e+00f, -1.3753211e+00f, -2.7635822e+00f};
    private static final float[] CONV_T_DB = {6.1165247e+00f, -4.6172585e+00f, 2.2973235e+00f};
    private static final float[] CONV_T_GROUPS = {8.4147096e-01f, 1.5528899e+00f, 8.3658904e-01f, 1.0793453e-01f, -7.5680250e-01f, -1.5377588e+00f, -1.0128412e+00f, -2.1370876e-01f, 8.0000901e-01f, 1.2215867e+00f, 7.3375195e-01f, 2.4396175e-01f, -1.2863156e-01f, 2.1908316e-01f, 4.3661773e-01f, 1.4106181e-01f, 1.1166614e-01f, -1.6351871e-01f, -4.2942706e-01f, -2.0805642e-01f, 5.1258886e-01f, 1.4516654e+00f, 1.4420185e+00f, 5.0247729e-01f, -3.9589077e-01f, -1.3268406e+00f, -1.5403767e+00f, -6.0896641e-01f, 5.3798115e-01f, 1.5642486e+00f, 1.6844541e+00f, 6.0318953e-01f, -2.0599143e-01f, -4.0728962e-01f, -1.3405012e-01f, 1.2128673e-01f, 1.4114770e-01f, 4.1763797e-01f, 1.8886711e-01f, -1.4006841e-01f};
    private static final float[] BILINEAR_ALIGN = {8.4147096e-01f, 8.8668859e-01f, 6.5323824e-01f, 1.4112000e-01f, 4.2334229e-02f, -2.4308860e-03f, -3.9591551e-02f, -6.9147743e-02f, -7.5680250e-01f, -8.9155036e-01f, -7.3242134e-01f, -2.7941549e-01f, -4.9907953e-02f, -6.4913332e-03f, 3.2261819e-02f, 6.6351503e-02f, 6.5698659e-01f, 8.7856770e-01f, 7.9694498e-01f, 4.1211849e-01f, -5.4402113e-01f, -8.4800053e-01f, -8.4551775e-01f, -5.3657293e-01f, -6.1927050e-02f, -2.3769975e-02f, 1.5824884e-02f, 5.6857467e-02f, 4.2016703e-01f, 8.0046058e-01f, 8.7716752e-01f, 6.5028787e-01f, 6.6131860e-02f, 3.1780571e-02f, -7.0466101e-03f, -5.0349683e-02f, -2.8790331e-01f, -7.3689944e-01f, -8.9126074e-01f, -7.5098723e-01f};
    private static final float[] BILINEAR = {8.4147096e-01f, 8.8386250e-01f, 6.2123090e-01f, 1.4112000e-01f, 2.0216152e-01f, 1.7706598e-01f, 9.1095097e-02f, -2.7094208e-02f, -7.5680244e-01f, -8.8312852e-01f, -7.0410842e-01f, -2.7941546e-01f, 9.1471076e-02f, 1.6557999e-01f, 1.8209276e-01f, 1.3550496e-01f, 6.5698659e-01f, 8.6471885e-01f, 7.7289337e-01f, 4.1211849e-01f, -5.4402113e-01f, -8.2900184e-01f, -8.2620871e-01f, -5.3657293e-01f, -1.5834583e-01f, -1.8672417e-01f, -1.5053014e-01f, -6.1828565e-02f, 4.2016700e-01f, 7.7669215e-01f, 8.6298746e-01f, 6.5028781e-01f, -4.6752328e-03f, -1.1462554e-01f, -1.8430129e-01f, -1.9047731e-01f, -2.8790331e-01f, -7.0883715e-01f, -8.8249362e-01f, -7.5098723e-01f};
    private static final float[] NEAREST = {8.4147096e-01f, 8.4147096e-01f, 9.0929741e-01f, 1.4112000e-01f, 8.4147096e-01f, 8.4147096e-01f, 9.0929741e-01f, 1.4112000e-01f, -7.5680250e-01f, -7.5680250e-01f, -9.5892429e-01f, -2.7941549e-01f, -7.5680250e-01f, -7.5680250e-01f, -9.5892429e-01f, -2.7941549e-01f, 6.5698659e-01f, 6.5698659e-01f, 9.8935825e-01f, 4.1211849e-01f, -5.4402113e-01f, -5.4402113e-01f, -9.9999022e-01f, -5.3657293e-01f, -5.4402113e-01f, -5.4402113e-01f, -9.9999022e-01f, -5.3657293e-01f, 4.2016703e-01f, 4.2016703e-01f, 9.9060738e-01f, 6.5028787e-01f, 4.2016703e-01f, 4.2016703e-01f, 9.9060738e-01f, 6.5028787e-01f, -2.8790331e-01f, -2.8790331e-01f, -9.6139747e-01f, -7.5098723e-01f};
    private static final float[] DROPOUT_SEED_42 = {2.0000000e+00f, 2.0000000e+00f, 2.0000000e+00f, 2.0000000e+00f, 0.0000000e+00f, 2.0000000e+00f, 0.0000000e+00f, 0.0000000e+00f, 2.0000000e+00f, 2.0000000e+00f};


    private static float[] pattern(int n, java.util.function.IntToDoubleFunction f) {
        float[] v = new float[n];
        for (int k = 0; k < n; k++) {
            v[k] = (float) f.applyAsDouble(k);
        }
        return v;
    }

    private Tensor t(float[] values, long... shape) {
        return Tensor.fromFloatArray(scope, values, shape);
    }

    @Test
    void transposedConvolutionAndItsGradientsEqualTorch() {
        Tensor x = t(pattern(18, k -> Math.sin(k + 1)), 1, 2, 3, 3).requiresGrad(true);
        ConvTranspose ct = ConvTranspose.builder().setChannels(2, 3).setKernel(2, 2).optStride(2).optPadding(1, 0).optOutputPadding(1, 0)
                .build(scope);
        ct.parameter("weight").assign(pattern(24, k -> Math.cos(k * 0.7)));
        ct.parameter("bias").assign(new float[] {0.1f, -0.2f, 0.3f});
        ct.markTrainable();
        try (GradientScope g = Autograd.record()) {
            Tensor y = ct.forward(x);
            // (3 - 1) * 2 - 2 * 1 + (2 - 1) + 1 + 1 = 5 rows; (3 - 1) * 2 + (2 - 1) + 1 = 6 columns
            assertArrayEquals(new long[] {1, 3, 5, 6}, y.shape());
            assertArrayEquals(CONV_T, y.toFloatArray(), 1e-5f);
            y.mul(t(pattern(90, k -> Math.sin(0.3 * k)), 1, 3, 5, 6)).sum().backward();
        }
        assertArrayEquals(CONV_T_DX, x.grad().orElseThrow().toFloatArray(), 1e-4f);
        assertArrayEquals(CONV_T_DW, ct.parameter("weight").grad().orElseThrow().toFloatArray(), 1e-4f);
        assertArrayEquals(CONV_T_DB, ct.parameter("bias").grad().orElseThrow().toFloatArray(), 1e-4f);

        ConvTranspose grouped = ConvTranspose.builder().setChannels(2, 2).setKernel(2, 2).optGroups(2).optDilation(2, 1).optBias(false)
                .build(scope);
        grouped.parameter("weight").assign(pattern(8, k -> Math.cos(k * 0.7)));
        Tensor yg = grouped.forward(t(pattern(18, k -> Math.sin(k + 1)), 1, 2, 3, 3));
        assertArrayEquals(new long[] {1, 2, 5, 4}, yg.shape());
        assertArrayEquals(CONV_T_GROUPS, yg.toFloatArray(), 1e-5f);
    }

    @Test
    void interpolationEqualsTorch() {
        Tensor x = t(pattern(18, k -> Math.sin(k + 1)), 1, 2, 3, 3);
        assertArrayEquals(BILINEAR_ALIGN, x.interpolate(new long[] {5, 4}, "bilinear", true).toFloatArray(), 1e-6f);
        assertArrayEquals(BILINEAR, x.interpolate(new long[] {5, 4}, "bilinear", false).toFloatArray(), 1e-6f);
        assertArrayEquals(NEAREST, x.interpolate(new long[] {5, 4}, "nearest", false).toFloatArray());
    }

    @Test
    void dropoutFollowsTheSeedAndTheMode() {
        TestEngines.engine().setSeed(42);
        Tensor ones = Tensor.ones(scope, 10);
        // the same mask torch.manual_seed(42) gives
        assertArrayEquals(DROPOUT_SEED_42, ones.dropout(0.5f, true).toFloatArray());
        TestEngines.engine().setSeed(42);
        Dropout d = new Dropout(0.5f);
        assertArrayEquals(DROPOUT_SEED_42, d.forward(ones).toFloatArray());
        d.eval();
        assertArrayEquals(pattern(10, k -> 1), d.forward(ones).toFloatArray());
    }

    @Test
    void pairwiseDistancesHaveAZeroGradientAtZeroDistance() {
        // rows (0, 0), (3, 4), (0, 0): distances 5 between the middle row and the others, 0 elsewhere
        Tensor p = t(new float[] {0, 0, 3, 4, 0, 0}, 3, 2).requiresGrad(true);
        try (GradientScope g = Autograd.record()) {
            Tensor d = p.pairwiseDistances();
            assertArrayEquals(new float[] {0, 5, 0, 5, 0, 5, 0, 5, 0}, d.toFloatArray(), 1e-6f);
            d.sum().backward();
        }
        // d sum / d row0 = 2 * (row0 - row1) / 5 = (-1.2, -1.6) (each pair counted twice); row1 gets the opposite of both; finite
        assertArrayEquals(new float[] {-1.2f, -1.6f, 2.4f, 3.2f, -1.2f, -1.6f}, p.grad().orElseThrow().toFloatArray(), 1e-6f);
    }

    @Test
    void reductionsSelectionAndShapes() {
        Tensor x = t(new float[] {1, 2, 3, 4, 5, 6}, 3, 2);
        assertArrayEquals(new float[] {9, 12}, x.sum(new int[] {0}, false).toFloatArray());
        assertArrayEquals(new long[] {1, 2}, x.sum(new int[] {0}, true).shape());
        assertEquals(21f, x.sum().item());
        assertEquals(3.5f, x.mean().item());
        assertArrayEquals(new float[] {5, 6}, x.max(0, false).toFloatArray());
        assertArrayEquals(new float[] {1, 3, 5}, x.min(1, false).toFloatArray());
        assertArrayEquals(new long[] {1, 1, 1}, x.argmax(1, false).toLongArray());
        assertEquals(6f, x.max().item());
        assertEquals(1f, x.min().item());
        // index_select rows 2, 0, 2 and column 1 twice
        assertArrayEquals(new float[] {5, 6, 1, 2, 5, 6}, x.indexSelect(0, Tensor.fromLongArray(scope, new long[] {2, 0, 2}, 3)).toFloatArray());
        assertArrayEquals(new float[] {2, 2, 4, 4, 6, 6}, x.indexSelect(1, Tensor.fromLongArray(scope, new long[] {1, 1}, 2)).toFloatArray());
        // gather: row i takes column index[i]
        assertArrayEquals(new float[] {2, 3, 6}, x.gather(1, Tensor.fromLongArray(scope, new long[] {1, 0, 1}, 3, 1)).toFloatArray());
        assertArrayEquals(new float[] {3, 4, 5, 6}, x.slice(0, 1, 3).toFloatArray());
        assertArrayEquals(new float[] {1, 3, 5, 2, 4, 6}, x.transpose(0, 1).toFloatArray());
        assertArrayEquals(new float[] {1, 3, 5, 2, 4, 6}, x.permute(1, 0).toFloatArray());
        assertArrayEquals(new long[] {2, 3, 2}, Tensor.stack(List.of(x, x), 0).shape());
        // matmul (3 x 2)(2 x 1): rows dotted with (1, -1)
        assertArrayEquals(new float[] {-1, -1, -1}, x.matmul(t(new float[] {1, -1}, 2, 1)).toFloatArray());
        assertArrayEquals(new float[] {-1, -2, -3, 4, 5, 6}, Tensor.where(x.gt(3f), x, x.neg()).toFloatArray());
        assertArrayEquals(new float[] {0, 0, 0, 1, 1, 1}, x.gt(3f).toFloatMask().toFloatArray());
        assertArrayEquals(new float[] {1, 0, 0, 0, 0, 0}, x.eq(1f).toFloatMask().toFloatArray());
        assertArrayEquals(new float[] {1, 1, 0, 0, 0, 0}, x.lt(3f).toFloatMask().toFloatArray());
    }

    @Test
    void elementWiseFunctions() {
        Tensor x = t(new float[] {-2, 0, 1, 3}, 4);
        assertArrayEquals(new float[] {-1, 0, 1, 2}, x.clamp(-1, 2).toFloatArray());
        assertArrayEquals(new float[] {2, 0, 1, 3}, x.abs().toFloatArray());
        assertArrayEquals(new float[] {4, 0, 1, 9}, x.pow(2).toFloatArray());
        assertArrayEquals(new float[] {(float) Math.exp(-2), 1, (float) Math.E, (float) Math.exp(3)}, x.exp().toFloatArray(), 1e-5f);
        assertArrayEquals(new float[] {0, 1}, t(new float[] {1, (float) Math.E}, 2).log().toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {2, 3}, t(new float[] {4, 9}, 2).sqrt().toFloatArray());
        assertArrayEquals(new float[] {0.5f, 1 / (1 + (float) Math.exp(-1))}, t(new float[] {0, 1}, 2).sigmoid().toFloatArray(), 1e-6f);
        // softplus(0) = log 2
        assertEquals(Math.log(2), t(new float[] {0}, 1).softplus().item(), 1e-6);
        // softmax of (0, ln 3) = (1/4, 3/4)
        Tensor logits = t(new float[] {0, (float) Math.log(3)}, 1, 2);
        assertArrayEquals(new float[] {0.25f, 0.75f}, logits.softmax(1).toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {(float) Math.log(0.25), (float) Math.log(0.75)}, logits.logSoftmax(-1).toFloatArray(), 1e-6f);
        // rows (3, 4) and (0, 0): unit length, the zero row stays zero
        assertArrayEquals(new float[] {0.6f, 0.8f, 0, 0}, t(new float[] {3, 4, 0, 0}, 2, 2).l2Normalize(1, 1e-12f).toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {-2, 0, 1, 1}, x.minimum(t(new float[] {1}, 1)).toFloatArray());
        assertArrayEquals(new float[] {1, 1, 1, 3}, x.maximum(t(new float[] {1}, 1)).toFloatArray());
    }

    @Test
    void clampPassesNoGradientOutsideItsRange() {
        Tensor x = t(new float[] {-2, 0.5f, 3}, 3).requiresGrad(true);
        try (GradientScope g = Autograd.record()) {
            x.clamp(-1, 2).sum().backward();
        }
        assertArrayEquals(new float[] {0, 1, 0}, x.grad().orElseThrow().toFloatArray());
    }

    @Test
    void inPlaceUpdatesAreNotRecorded() {
        Tensor w = t(new float[] {1, 2}, 2).requiresGrad(true);
        Tensor a = t(new float[] {2, 4}, 2);
        Tensor b = t(new float[] {4, 8}, 2);
        try (GradientScope g = Autograd.record()) {
            // w = (1, 2) + 0.5 * (2, 4) = (2, 4); * 2 = (4, 8); + 0.25 * a * b = (6, 16); + 2 * a / b = (7, 17)
            w.addInPlace(a, 0.5f).mulInPlace(2f).addcmulInPlace(a, b, 0.25f).addcdivInPlace(a, b, 2f);
            assertArrayEquals(new float[] {7, 17}, w.toFloatArray());
            w.addInPlace(1f).mulInPlace(a);
            assertArrayEquals(new float[] {16, 72}, w.toFloatArray());
            w.copyFrom(b);
            assertArrayEquals(new float[] {4, 8}, w.toFloatArray());
            // still a leaf that needs a gradient, and none was made
            assertTrue(w.requiresGrad());
            assertFalse(w.grad().isPresent());
        }
        Tensor s = Tensor.scalar(scope, 0f);
        s.copyFrom(Tensor.scalar(scope, 5f));
        assertEquals(5f, s.item());
    }
}
