package org.osteon.dl.nn;

import java.util.Optional;

import org.osteon.dl.Autograd;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Keeps a module's latest output and, after a backward pass, the gradient with respect to it (what Grad-CAM
 * needs; torch's {@code retain_grad()} on a hooked output). While gradients are recorded the module's output
 * is replaced by {@code output + probe}, where the probe is a zero leaf that needs a gradient: the values do
 * not change, the gradient still flows to the layers below, and the probe's gradient is the output's. This
 * works on a frozen network too (the probe needs a gradient even when no parameter does).
 * <p>
 * The activation and the probe live in the scope given to {@link #attach}; each forward pass replaces them.
 */
public final class ActivationCapture implements AutoCloseable {

    private final TensorScope scope;
    private final HookRegistration registration;
    private Tensor activation;
    private Tensor probe;

    private ActivationCapture(Module module, TensorScope scope) {
        this.scope = scope;
        this.registration = module.addOutputTap(this::tap);
    }

    /** Starts capturing {@code module}'s output into {@code scope}. */
    public static ActivationCapture attach(Module module, TensorScope scope) {
        return new ActivationCapture(module, scope);
    }

    private Tensor tap(Tensor out) {
        release();
        activation = out.detach().moveTo(scope);
        if (!Autograd.isRecording()) {
            return out;
        }
        probe = Tensor.zeros(scope, out.shape()).requiresGrad(true);
        return out.add(probe);
    }

    private void release() {
        if (activation != null) {
            activation.close();
            activation = null;
        }
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }

    /** The module's output in the latest forward pass (cut from the graph). */
    public Optional<Tensor> activation() {
        return Optional.ofNullable(activation).filter(Tensor::isOpen);
    }

    /** d(target)/d(output) after {@code target.backward()}; empty before, or when the pass was not recorded. */
    public Optional<Tensor> gradient() {
        return probe == null ? Optional.empty() : probe.grad();
    }

    /** Stops capturing; the kept tensors stay in their scope. */
    @Override
    public void close() {
        registration.close();
    }
}
