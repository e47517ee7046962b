package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Triplet focal loss (Zhang et al. 2019) on batch-hard distances: per anchor
 * max(0, exp(d_ap / sigma) - exp(d_an / sigma) + margin), the mean over the anchors that have a positive and a
 * negative. Parameters {@code sigma} (0.3) and {@code margin} (0.2); see {@link BatchHardTripletLoss} for the mining.
 */
public final class TripletFocalLoss extends BatchHardTripletLoss {

    private double sigma = 0.3;

    public TripletFocalLoss() {
        declare("sigma", v -> sigma = real("sigma", v, Double.MIN_NORMAL, Double.MAX_VALUE));
    }

    public void setSigma(double sigma) {
        this.sigma = check("sigma", sigma, Double.MIN_NORMAL, Double.MAX_VALUE);
    }

    @Override
    protected Tensor perAnchor(Tensor dap, Tensor dan) {
        float s = (float) sigma;
        return dap.div(s).exp().sub(dan.div(s).exp()).add((float) margin()).clamp(0f, Float.POSITIVE_INFINITY);
    }
}
