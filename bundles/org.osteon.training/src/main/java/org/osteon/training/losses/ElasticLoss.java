package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Elastic loss (L1 + L2), as KNEEL regresses landmarks with: l1Weight * mean|d| + l2Weight * mean d^2,
 * d = prediction - target; both weights 1 by default.
 */
public final class ElasticLoss extends ConfigurableLoss {

    private double l1Weight = 1;
    private double l2Weight = 1;

    public ElasticLoss() {
        declare("l1Weight", v -> l1Weight = real("l1Weight", v, 0, Double.MAX_VALUE));
        declare("l2Weight", v -> l2Weight = real("l2Weight", v, 0, Double.MAX_VALUE));
    }

    @Override
    public Tensor compute(Tensor prediction, Tensor target) {
        sameShape("elastic", prediction, target);
        Tensor d = prediction.sub(target);
        return d.abs().mean().mul((float) l1Weight).add(d.square().mean().mul((float) l2Weight));
    }
}
