package org.osteon.dl.nn;

import org.osteon.dl.Tensor;

/**
 * Runs its children one after the other (torch.nn.Sequential with named children). Each intermediate
 * result is freed as soon as the next child has consumed it.
 */
public class Sequential extends Module {

    /** Appends {@code module} as the child {@code name}; returns this for chaining. */
    public Sequential add(String name, Module module) {
        addChild(name, module);
        return this;
    }

    @Override
    protected Tensor compute(Tensor input) {
        Tensor x = input;
        for (Module m : children().values()) {
            Tensor y = m.forward(x);
            if (x != input && y != x) {
                x.close();
            }
            x = y;
        }
        return x;
    }
}
