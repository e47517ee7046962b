package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/** Returns its input (torch.nn.Identity): a placeholder where a layer is removed. */
public final class Identity extends Module {

    @Override
    protected Tensor compute(Tensor input) {
        return input;
    }
}
