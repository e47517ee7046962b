package org.osteon.app.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;

/**
 * Weights and inputs from an integer hash, generated identically by releng/parity/model_run_check.py, so
 * that a forward pass can be compared with PyTorch's without committing weights files. The k-th state-dict
 * tensor, element i: u = hash(i, k) in [-1, 1); running mean 0.1 u, running variance 1 + 0.25 u, biases
 * 0.1 u, batch-norm weights 1 + 0.25 u, weights of rank >= 2 u * sqrt(6 / fan-in); counters 0.
 */
final class PatternWeights {

    static final int INPUT_STREAM = 1_000_003;

    private PatternWeights() {
    }

    /** u(i, k) in [-1, 1): a 32-bit multiplicative hash with two xor-shift mixing steps. */
    static double uniform(long i, long k) {
        long h = (i * 2654435761L + k * 40503L + 12345L) & 0xFFFFFFFFL;
        h ^= h >>> 16;
        h = (h * 0x45D9F3BL) & 0xFFFFFFFFL;
        h ^= h >>> 16;
        return h / 2147483648.0 - 1;
    }

    /** The pattern state dict of {@code network}'s names and shapes, in {@code scope}. */
    static Map<String, Tensor> of(Network network, TensorScope scope) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<String, Tensor> e : network.stateDict().entrySet()) {
            String name = e.getKey();
            long[] shape = e.getValue().shape();
            if (name.endsWith("num_batches_tracked")) {
                out.put(name, Tensor.fromLongArray(scope, new long[] {0}));
            } else {
                int n = (int) Tensor.numel(shape);
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    double u = uniform(i, k);
                    double x;
                    if (name.endsWith("running_mean") || name.endsWith("bias")) {
                        x = 0.1 * u;
                    } else if (name.endsWith("running_var") || shape.length == 1) {
                        x = 1 + 0.25 * u;
                    } else {
                        x = u * Math.sqrt(6 / ((double) n / shape[0]));
                    }
                    v[i] = (float) x;
                }
                out.put(name, Tensor.fromFloatArray(scope, v, shape));
            }
            k++;
        }
        return out;
    }

    /** The pattern input of {@code shape}. */
    static Tensor input(TensorScope scope, long... shape) {
        int n = (int) Tensor.numel(shape);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) uniform(i, INPUT_STREAM);
        }
        return Tensor.fromFloatArray(scope, v, shape);
    }
}
