package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/**
 * Sees the output of a module each time it runs forward. The output is freed soon after the hook returns:
 * reduce it to Java values (e.g. {@link Tensor#toFloatArray()} of a pooled tensor) inside the hook and keep
 * no reference to it. Tensors the hook creates from the output are freed with it.
 */
@FunctionalInterface
public interface ForwardHook {

    void onForward(Module module, Tensor output);
}
