package org.osteon.training.optim;

import java.util.List;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Stochastic gradient descent as torch.optim.SGD (1.13): d = g + wd * p; with momentum, buf = d at the first
 * step, then buf = momentum * buf + (1 - dampening) * d; d = d + momentum * buf (Nesterov) or d = buf;
 * p -= lr * d. State slot: {@code momentum_buffer}.
 */
public final class SGD extends Optimizer {

    private final double momentum;
    private final double dampening;
    private final boolean nesterov;
    private final double weightDecay;

    private SGD(Builder b) {
        super(b.parameters, b.scope, b.learningRate);
        momentum = b.momentum;
        dampening = b.dampening;
        nesterov = b.nesterov;
        weightDecay = b.weightDecay;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void update(Tensor p, Tensor g, Map<String, Tensor> slots, long step, TensorScope temp) {
        Tensor d = g;
        if (weightDecay != 0) {
            d = g.copyTo(temp).addInPlace(p, (float) weightDecay);
        }
        if (momentum != 0) {
            Tensor buf = slots.get("momentum_buffer");
            if (buf == null) {
                buf = copySlot(d);
                slots.put("momentum_buffer", buf);
            } else {
                buf.mulInPlace((float) momentum).addInPlace(d, (float) (1 - dampening));
            }
            if (nesterov) {
                d = d.copyTo(temp).addInPlace(buf, (float) momentum);
            } else {
                d = buf;
            }
        }
        p.addInPlace(d, (float) -learningRate());
    }

    @Override
    protected List<String> slotNames() {
        return List.of("momentum_buffer");
    }

    /** Builds an {@link SGD}: parameters and learning rate required; momentum 0, dampening 0, no Nesterov, weight decay 0. */
    public static final class Builder extends OptimizerBuilder<Builder> {
        private double momentum;
        private double dampening;
        private boolean nesterov;
        private double weightDecay;

        private Builder() {
        }

        public Builder optMomentum(double momentum) {
            this.momentum = momentum;
            return this;
        }

        public Builder optDampening(double dampening) {
            this.dampening = dampening;
            return this;
        }

        public Builder optNesterov(boolean nesterov) {
            this.nesterov = nesterov;
            return this;
        }

        public Builder optWeightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        public SGD build() {
            checkCommon("SGD");
            if (!(momentum >= 0) || !(weightDecay >= 0) || !(dampening >= 0 && dampening <= 1)) {
                throw new InvalidInputException("SGD needs momentum >= 0, weight decay >= 0 and dampening in [0, 1], got momentum "
                        + momentum + ", weight decay " + weightDecay + ", dampening " + dampening);
            }
            if (nesterov && (momentum <= 0 || dampening != 0)) {
                throw new InvalidInputException("Nesterov momentum needs momentum > 0 and dampening 0");
            }
            return new SGD(this);
        }
    }
}
