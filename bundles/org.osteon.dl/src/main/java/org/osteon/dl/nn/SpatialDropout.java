package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/**
 * torch.nn.Dropout2d / Dropout3d: in training mode zeroes whole channels, each (sample, channel) with
 * probability p (from the engine's seeded generator), and scales the rest by 1 / (1 - p); in evaluation mode
 * passes the input through. Input (N, C, spatial...).
 */
public final class SpatialDropout extends Module {

    private final float p;

    public SpatialDropout(float p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
        }
        this.p = p;
    }

    @Override
    protected Tensor compute(Tensor input) {
        if (!isTraining() || p == 0) {
            return input;
        }
        if (input.rank() < 3) {
            throw new IllegalArgumentException(this + " expects input (N, C, spatial...), got " + input);
        }
        // one value per (sample, channel), broadcast over the spatial axes: torch's feature dropout
        long[] maskShape = new long[input.rank()];
        java.util.Arrays.fill(maskShape, 1);
        maskShape[0] = input.dim(0);
        maskShape[1] = input.dim(1);
        try (Tensor ones = Tensor.ones(input.scope(), maskShape); Tensor mask = ones.dropout(p, true)) {
            return input.mul(mask);
        }
    }

    public float p() {
        return p;
    }

    @Override
    protected String settings() {
        return "p=" + p;
    }
}
