package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/** max(x, 0) element-wise (torch.nn.ReLU). */
public final class ReLU extends Module {

    @Override
    protected Tensor compute(Tensor input) {
        return input.relu();
    }
}
