package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/**
 * Scales each sample to unit L2 norm along the feature axis (torch.nn.functional.normalize, p = 2, dim 1,
 * eps 1e-12): the last layer of an embedding head, so that distances between embeddings lie in [0, 2].
 */
public final class L2Normalize extends Module {

    /** torch's default: a norm below this is taken as this. */
    public static final double DEFAULT_EPS = 1e-12;

    private final int axis;
    private final double eps;

    /** Axis 1 (the feature axis of (N, C, ...)), eps 1e-12. */
    public L2Normalize() {
        this(1, DEFAULT_EPS);
    }

    public L2Normalize(int axis, double eps) {
        if (!(eps > 0)) {
            throw new IllegalArgumentException("normalisation needs eps > 0, got " + eps);
        }
        this.axis = axis;
        this.eps = eps;
    }

    @Override
    protected Tensor compute(Tensor input) {
        return input.l2Normalize(axis, eps);
    }

    public int axis() {
        return axis;
    }

    @Override
    protected String settings() {
        return "axis=" + axis + ", eps=" + eps;
    }
}
