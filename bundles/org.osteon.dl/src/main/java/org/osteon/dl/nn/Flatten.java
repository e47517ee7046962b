package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/** Flattens axes from {@code startAxis} on into one (torch.nn.Flatten, default start 1). */
public final class Flatten extends Module {

    private final int startAxis;

    public Flatten() {
        this(1);
    }

    public Flatten(int startAxis) {
        this.startAxis = startAxis;
    }

    @Override
    protected Tensor compute(Tensor input) {
        return input.flatten(startAxis);
    }

    @Override
    protected String settings() {
        return "start=" + startAxis;
    }
}
