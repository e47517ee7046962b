package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/** Mean squared error, as torch.nn.MSELoss: mean((prediction - target)^2) over all elements. */
public final class MseLoss extends ConfigurableLoss {

    @Override
    public Tensor compute(Tensor prediction, Tensor target) {
        sameShape("MSE", prediction, target);
        return prediction.sub(target).square().mean();
    }
}
