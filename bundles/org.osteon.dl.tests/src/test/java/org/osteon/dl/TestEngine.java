package org.osteon.dl;

import org.osteon.dl.internal.PyTorchEngine;

/** The engine the tests of this bundle share (the natives load once per process anyway). */
public final class TestEngine {

    private static PyTorchEngine engine;

    private TestEngine() {
    }

    public static synchronized DeepLearningEngine get() {
        if (engine == null) {
            engine = new PyTorchEngine(2);
        }
        return engine;
    }

    /** Largest |a - b| relative to the largest |b| (at least 1e-12). */
    public static double relativeError(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        double max = 1e-12;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(b[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        return diff / max;
    }
}
