package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/**
 * torch.nn.Dropout: in training mode zeroes each element with probability p (from the engine's seeded
 * generator) and scales the rest by 1 / (1 - p); in evaluation mode passes the input through.
 */
public final class Dropout extends Module {

    private final float p;

    public Dropout(float p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
        }
        this.p = p;
    }

    @Override
    protected Tensor compute(Tensor input) {
        return input.dropout(p, isTraining());
    }

    public float p() {
        return p;
    }

    @Override
    protected String settings() {
        return "p=" + p;
    }
}
