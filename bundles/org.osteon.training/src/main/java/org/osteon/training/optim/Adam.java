package org.osteon.training.optim;

import java.util.List;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Adam and AdamW as torch.optim.Adam / torch.optim.AdamW (1.13, single-tensor, without amsgrad). Adam adds
 * weight decay to the gradient (L2: g + wd * p); AdamW decays the weight itself first (p *= 1 - lr * wd).
 * Then m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2; p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps).
 * State slots: {@code exp_avg}, {@code exp_avg_sq}.
 */
public final class Adam extends Optimizer {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;

    private Adam(Builder b) {
        super(b.parameters, b.scope, b.learningRate);
        beta1 = b.beta1;
        beta2 = b.beta2;
        eps = b.eps;
        weightDecay = b.weightDecay;
        decoupled = b.decoupled;
    }

    /** Adam: weight decay 0 by default, added to the gradient. */
    public static Builder adam() {
        return new Builder(false, 0);
    }

    /** AdamW: weight decay 0.01 by default, applied to the weights directly. */
    public static Builder adamW() {
        return new Builder(true, 0.01);
    }

    public boolean isDecoupled() {
        return decoupled;
    }

    @Override
    protected void update(Tensor p, Tensor g, Map<String, Tensor> slots, long step, TensorScope temp) {
        double lr = learningRate();
        if (decoupled) {
            p.mulInPlace((float) (1 - lr * weightDecay));
        } else if (weightDecay != 0) {
            g = g.copyTo(temp).addInPlace(p, (float) weightDecay);
        }
        Tensor m = slots.computeIfAbsent("exp_avg", k -> newSlot(p));
        Tensor v = slots.computeIfAbsent("exp_avg_sq", k -> newSlot(p));
        m.mulInPlace((float) beta1).addInPlace(g, (float) (1 - beta1));
        v.mulInPlace((float) beta2).addcmulInPlace(g, g, (float) (1 - beta2));
        double bias1 = 1 - Math.pow(beta1, step);
        double bias2 = 1 - Math.pow(beta2, step);
        double stepSize = lr / bias1;
        Tensor denom = v.copyTo(temp).sqrt().div((float) Math.sqrt(bias2)).add((float) eps);
        p.addcdivInPlace(m, denom, (float) -stepSize);
    }

    @Override
    protected List<String> slotNames() {
        return List.of("exp_avg", "exp_avg_sq");
    }

    /** Builds an {@link Adam}: parameters and learning rate required; betas (0.9, 0.999), eps 1e-8. */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private final boolean decoupled;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double eps = 1e-8;
        private double weightDecay;

        private Builder(boolean decoupled, double weightDecay) {
            this.decoupled = decoupled;
            this.weightDecay = weightDecay;
        }

        public Builder optBetas(double beta1, double beta2) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            return this;
        }

        public Builder optEps(double eps) {
            this.eps = eps;
            return this;
        }

        public Builder optWeightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        public Adam build() {
            String name = decoupled ? "AdamW" : "Adam";
            checkCommon(name);
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps >= 0) || !(weightDecay >= 0)) {
                throw new InvalidInputException(name + " needs betas in [0, 1), eps >= 0 and weight decay >= 0, got betas (" + beta1 + ", "
                        + beta2 + "), eps " + eps + ", weight decay " + weightDecay);
            }
            return new Adam(this);
        }
    }
}
