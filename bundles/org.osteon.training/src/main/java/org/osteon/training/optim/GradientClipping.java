package org.osteon.training.optim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/** Gradient clipping as torch.nn.utils.clip_grad_norm_ (1.13). */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Scales all gradients of {@code parameters} in place by min(1, maxNorm / (total + 1e-6)), where total is
     * the 2-norm of all gradients together (the norm of the per-tensor 2-norms), and returns that total norm
     * before clipping. Parameters without a gradient are ignored; with none at all the result is 0.
     */
    public static double clipGradNorm(Collection<Tensor> parameters, double maxNorm, TensorScope temp) {
        if (!(maxNorm > 0)) {
            throw new InvalidInputException("gradient clipping needs a maximum norm > 0, got " + maxNorm);
        }
        List<Tensor> grads = new ArrayList<>();
        for (Tensor p : parameters) {
            Optional<Tensor> g = p.grad();
            g.ifPresent(grads::add);
        }
        if (grads.isEmpty()) {
            return 0;
        }
        try (TensorScope scope = temp.newChild()) {
            List<Tensor> norms = new ArrayList<>();
            for (Tensor g : grads) {
                norms.add(g.copyTo(scope).square().sum().sqrt());
            }
            Tensor total = Tensor.stack(norms, 0).square().sum().sqrt();
            float totalNorm = total.item();
            // torch multiplies even when the factor is clamped to 1
            Tensor factor = Tensor.scalar(scope, (float) maxNorm).div(total.add(1e-6f)).clamp(Float.NEGATIVE_INFINITY, 1f);
            for (Tensor g : grads) {
                g.mulInPlace(factor);
            }
            return totalNorm;
        }
    }
}
