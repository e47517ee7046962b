package org.osteon.dl;

import java.util.Map;

/**
 * The deep-learning engine of this installation (PyTorch through DJL, started offline from the bundled
 * natives). One instance is registered as a Declarative Services component; take it from the service
 * registry rather than constructing one.
 */
public interface DeepLearningEngine {

    /** Engine name, e.g. "PyTorch". */
    String engineName();

    /** Version of the engine library, e.g. "2.7.1". */
    String engineVersion();

    /** Version of the Java binding (DJL), e.g. "0.35.1". */
    String bindingVersion();

    /** Native library in use: version and flavour, e.g. "2.7.1-cpu-linux-x86_64". */
    String nativeVersion();

    /** Device tensors are created on, e.g. "cpu". */
    String device();

    /** Intra-op threads the engine computes with. */
    int threads();

    /**
     * Everything above as an ordered map with stable keys (engine, engine.version, binding.version,
     * native.version, device, threads) for the run's environment record.
     */
    Map<String, String> describe();

    /**
     * Seeds the engine's random generator (torch.manual_seed: dropout masks, random tensors). With the same
     * seed, the same thread counts, the same build and the same CPU, CPU runs are bit-identical; the engine
     * has no switch for deterministic algorithms, so other thread counts or machines may differ in the last
     * bits. Weight initialisation does not use it: {@link org.osteon.dl.nn.Initialization} draws in Java.
     */
    void setSeed(long seed);

    /** A new root scope for tensors on this engine's device; close it with try-with-resources. */
    TensorScope newScope();
}
