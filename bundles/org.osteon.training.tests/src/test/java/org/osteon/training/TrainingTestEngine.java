package org.osteon.training;

import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.internal.PyTorchEngine;

/** The engine the tests of this bundle share (the natives load once per process anyway). */
public final class TrainingTestEngine {

    private static PyTorchEngine engine;

    private TrainingTestEngine() {
    }

    public static synchronized DeepLearningEngine get() {
        if (engine == null) {
            engine = new PyTorchEngine(2);
        }
        return engine;
    }
}
