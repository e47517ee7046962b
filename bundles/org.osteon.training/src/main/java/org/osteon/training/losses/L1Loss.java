package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/** Mean absolute error, as torch.nn.L1Loss: mean(|prediction - target|) over all elements. */
public final class L1Loss extends ConfigurableLoss {

    @Override
    public Tensor compute(Tensor prediction, Tensor target) {
        sameShape("L1", prediction, target);
        return prediction.sub(target).abs().mean();
    }
}
