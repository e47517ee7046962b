package org.osteon.dl.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.testing.dl.TensorScopeExtension;

class InitializationTest {

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    @Test
    void sameSeedSameBitsOtherSeedOtherValues() {
        Map<String, Tensor> a = SmallNetwork.build(scopes.scope(), 42).stateDict();
        Map<String, Tensor> b = SmallNetwork.build(scopes.scope(), 42).stateDict();
        Map<String, Tensor> c = SmallNetwork.build(scopes.scope(), 43).stateDict();
        for (String name : a.keySet()) {
            float[] va = a.get(name).toFloatArray();
            assertEquals(a.get(name).dataType(), b.get(name).dataType());
            assertArrayEquals(bits(va), bits(b.get(name).toFloatArray()), name);
            boolean constant = Arrays.stream(bits(va)).distinct().count() == 1;
            if (!constant) {
                // random tensors differ; constants (biases 0, batch-norm weights 1) are the same for every seed
                assertFalse(Arrays.equals(va, c.get(name).toFloatArray()), name + " differs between seeds");
            } else {
                assertArrayEquals(bits(va), bits(c.get(name).toFloatArray()), name);
            }
        }
    }

    @Test
    void kaimingNormalHasTheExpectedSpread() {
        Conv conv = Conv.builder().setChannels(64, 256).setKernel(3, 3).optBias(false).build(scopes.scope());
        Initialization.torchvision(conv, 5);
        float[] w = conv.weight().toFloatArray();
        double sum = 0;
        double sq = 0;
        for (float v : w) {
            sum += v;
            sq += v * v;
        }
        double mean = sum / w.length;
        double std = Math.sqrt(sq / w.length - mean * mean);
        // fan-in 64 * 9, gain sqrt(2); 147456 samples: standard error of the std about 0.2 %
        assertEquals(Math.sqrt(2.0 / 576), std, 0.01 * Math.sqrt(2.0 / 576));
        assertEquals(0, mean, 3 * std / Math.sqrt(w.length));
    }

    private static int[] bits(float[] v) {
        int[] b = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = Float.floatToRawIntBits(v[i]);
        }
        return b;
    }
}
