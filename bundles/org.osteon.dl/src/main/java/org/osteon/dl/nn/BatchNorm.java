package org.osteon.dl.nn;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Batch normalisation over the channel axis of input of any rank (torch.nn.BatchNorm{1,2,3}d, affine, with
 * running statistics): parameters {@code weight}, {@code bias}; buffers {@code running_mean},
 * {@code running_var} and {@code num_batches_tracked}. In evaluation mode the running statistics normalise;
 * in training mode the batch statistics do, and the running ones are updated with the momentum.
 * Each training-mode pass adds one to {@code num_batches_tracked}, as torch does (the momentum is fixed, so
 * nothing reads it; it is kept for state-dict compatibility).
 */
public final class BatchNorm extends Module {

    public static final double DEFAULT_EPS = 1e-5;
    public static final double DEFAULT_MOMENTUM = 0.1;

    private final int features;
    private final double eps;
    private final double momentum;

    /** eps 1e-5, momentum 0.1, weight 1, bias 0, running mean 0, running variance 1. */
    public BatchNorm(TensorScope scope, int features) {
        this(scope, features, DEFAULT_EPS, DEFAULT_MOMENTUM);
    }

    public BatchNorm(TensorScope scope, int features, double eps, double momentum) {
        if (features <= 0 || !(eps > 0) || !(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("batch norm needs features > 0, eps > 0 and momentum in [0, 1]");
        }
        this.features = features;
        this.eps = eps;
        this.momentum = momentum;
        registerParameter("weight", Tensor.ones(scope, features));
        registerParameter("bias", Tensor.zeros(scope, features));
        registerBuffer("running_mean", Tensor.zeros(scope, features));
        registerBuffer("running_var", Tensor.ones(scope, features));
        registerBuffer("num_batches_tracked", Tensor.fromLongArray(scope, new long[] {0}));
    }

    @Override
    protected Tensor compute(Tensor input) {
        if (input.rank() < 2 || input.dim(1) != features) {
            throw new IllegalArgumentException(this + " expects " + features + " channels on axis 1, got " + input);
        }
        Tensor out = input.batchNorm(buffer("running_mean"), buffer("running_var"), parameter("weight"), parameter("bias"),
                isTraining(), momentum, eps);
        if (isTraining()) {
            buffer("num_batches_tracked").addInPlace(1);
        }
        return out;
    }

    public int features() {
        return features;
    }

    public double eps() {
        return eps;
    }

    public double momentum() {
        return momentum;
    }

    @Override
    protected String settings() {
        return features + ", eps=" + eps + ", momentum=" + momentum;
    }
}
