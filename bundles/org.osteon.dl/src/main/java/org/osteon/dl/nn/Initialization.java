package org.osteon.dl.nn;

import java.util.Map;
import java.util.SplittableRandom;

import org.osteon.dl.Tensor;

/**
 * Deterministic random initialisation, computed in Java so that one seed gives bit-identical weights on
 * every machine and engine. Each parameter draws from its own stream, derived from the seed and the
 * parameter's full name, so adding a layer does not change the others' values.
 */
public final class Initialization {

    private Initialization() {
    }

    /**
     * The scheme of torchvision's DenseNet and ResNet: convolution weights Kaiming-normal (fan-in, gain
     * sqrt(2), He et al. 2015) and biases uniform in +-1/sqrt(fan-in) (torch's default), transposed
     * convolutions alike (fan-in as torch counts it for them: C_out / groups * k...); batch norm weight 1,
     * bias 0, running mean 0, running variance 1; linear weights uniform in +-1/sqrt(fan-in) (torch's
     * default Kaiming-uniform with a = sqrt(5)) and biases 0.
     */
    public static void torchvision(Module root, long seed) {
        torchvision(root, seed, false);
    }

    /**
     * As {@link #torchvision(Module, long)}, the convolution weights' Kaiming-normal scaled by fan-out
     * (C_out * k...) when {@code convFanOut}: torchvision's ResNet initialises its convolutions so
     * ({@code mode="fan_out"}), its DenseNet by fan-in.
     */
    public static void torchvision(Module root, long seed, boolean convFanOut) {
        for (Module m : root.modules()) {
            String prefix = m.name().isEmpty() ? "" : m.name() + ".";
            if (m instanceof Conv c) {
                Tensor w = c.weight();
                kaiming(seed, prefix, w, c.hasBias() ? c.parameter("bias") : null, w.size() / w.dim(0), w.size() / w.dim(1), convFanOut);
            } else if (m instanceof ConvTranspose c) {
                // torch counts fans on the weight's first two axes whatever they mean: (C_in, C_out / groups, k...)
                // gives fan-in C_out / groups * k..., as for a convolution's (C_out, C_in / groups, k...) C_in / groups * k...
                Tensor w = c.parameter("weight");
                kaiming(seed, prefix, w, c.hasBias() ? c.parameter("bias") : null, w.size() / w.dim(0), w.size() / w.dim(1), convFanOut);
            } else if (m instanceof BatchNorm b) {
                b.parameter("weight").assign(filled(b.features(), 1f));
                b.parameter("bias").assign(filled(b.features(), 0f));
                b.buffer("running_mean").assign(filled(b.features(), 0f));
                b.buffer("running_var").assign(filled(b.features(), 1f));
            } else if (m instanceof Linear l) {
                Tensor w = l.parameter("weight");
                w.assign(uniform(seed, prefix + "weight", (int) w.size(), 1 / Math.sqrt(l.inFeatures())));
                if (l.hasBias()) {
                    l.parameter("bias").assign(filled(l.outFeatures(), 0f));
                }
            }
        }
    }

    /**
     * Sets every batch-norm layer's parameters and running statistics to random values (weight and variance
     * in [0.5, 1.5], bias and mean in [-0.5, 0.5]); for tests that must exercise batch norm.
     */
    public static void randomBatchNorm(Module root, long seed) {
        for (Module m : root.modules()) {
            if (m instanceof BatchNorm b) {
                String prefix = m.name().isEmpty() ? "" : m.name() + ".";
                for (Map.Entry<String, Tensor> e : Map.of("weight", b.parameter("weight"), "bias", b.parameter("bias"),
                        "running_mean", b.buffer("running_mean"), "running_var", b.buffer("running_var")).entrySet()) {
                    float[] v = uniform(seed, prefix + e.getKey(), b.features(), 0.5);
                    if (e.getKey().equals("weight") || e.getKey().equals("running_var")) {
                        for (int i = 0; i < v.length; i++) {
                            v[i] += 1f;
                        }
                    }
                    e.getValue().assign(v);
                }
            }
        }
    }

    /** Kaiming-normal weight by fan-in (or fan-out), bias uniform in +-1/sqrt(fan-in). */
    private static void kaiming(long seed, String prefix, Tensor w, Tensor bias, long fanIn, long fanOut, boolean byFanOut) {
        w.assign(normal(seed, prefix + "weight", (int) w.size(), Math.sqrt(2.0 / (byFanOut ? fanOut : fanIn))));
        if (bias != null) {
            bias.assign(uniform(seed, prefix + "bias", (int) bias.size(), 1 / Math.sqrt(fanIn)));
        }
    }

    /** The random stream of one parameter. */
    public static SplittableRandom stream(long seed, String name) {
        // String.hashCode is specified by the language, so the stream is the same everywhere
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + name.hashCode());
    }

    static float[] normal(long seed, String name, int n, double std) {
        SplittableRandom r = stream(seed, name);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (r.nextGaussian() * std);
        }
        return v;
    }

    static float[] uniform(long seed, String name, int n, double bound) {
        SplittableRandom r = stream(seed, name);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) ((2 * r.nextDouble() - 1) * bound);
        }
        return v;
    }

    private static float[] filled(int n, float value) {
        float[] v = new float[n];
        java.util.Arrays.fill(v, value);
        return v;
    }
}
