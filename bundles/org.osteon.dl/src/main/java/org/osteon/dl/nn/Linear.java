package org.osteon.dl.nn;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/** x W^T + b (torch.nn.Linear): parameters {@code weight} (out, in) and {@code bias} (out). Zero at start. */
public final class Linear extends Module {

    private final int inFeatures;
    private final int outFeatures;

    public Linear(TensorScope scope, int inFeatures, int outFeatures) {
        this(scope, inFeatures, outFeatures, true);
    }

    public Linear(TensorScope scope, int inFeatures, int outFeatures, boolean bias) {
        if (inFeatures <= 0 || outFeatures <= 0) {
            throw new IllegalArgumentException("linear layer needs positive sizes, got " + inFeatures + " -> " + outFeatures);
        }
        this.inFeatures = inFeatures;
        this.outFeatures = outFeatures;
        registerParameter("weight", Tensor.zeros(scope, outFeatures, inFeatures));
        if (bias) {
            registerParameter("bias", Tensor.zeros(scope, outFeatures));
        }
    }

    @Override
    protected Tensor compute(Tensor input) {
        return hasBias() ? input.linear(parameter("weight"), parameter("bias")) : input.linear(parameter("weight"));
    }

    public int inFeatures() {
        return inFeatures;
    }

    public int outFeatures() {
        return outFeatures;
    }

    public boolean hasBias() {
        return localParameters().containsKey("bias");
    }

    @Override
    protected String settings() {
        return inFeatures + ", " + outFeatures + (hasBias() ? "" : ", bias=false");
    }
}
