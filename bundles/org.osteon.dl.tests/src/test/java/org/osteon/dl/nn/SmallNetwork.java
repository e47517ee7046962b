package org.osteon.dl.nn;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * A small 2D network of every layer kind, with a custom container (a residual block), for tests. Its
 * {@code features}: stem (conv 3x3 + bias, batch norm, ReLU, max pool 3/2/1), residual block (conv, batch norm, ReLU, plus the
 * input), head (conv 3x1 with dilation, average pool 2/2); then global pool, flatten, linear.
 */
final class SmallNetwork {

    private SmallNetwork() {
    }

    static final class Residual extends Module {
        Residual(TensorScope scope, int channels) {
            addChild("conv", Conv.builder().setChannels(channels, channels).setKernel(3, 3).optPadding(1).optBias(false).build(scope));
            addChild("bn", new BatchNorm(scope, channels));
            addChild("relu", new ReLU());
        }

        @Override
        protected Tensor compute(Tensor input) {
            Tensor y = child("relu").forward(child("bn").forward(child("conv").forward(input)));
            return y.add(input);
        }
    }

    static Network build(TensorScope scope, long seed) {
        Sequential root = new Sequential();
        Sequential features = new Sequential();
        Sequential stem = new Sequential().add("conv", Conv.builder().setChannels(3, 8).setKernel(3, 3).optPadding(1).build(scope))
                .add("bn", new BatchNorm(scope, 8)).add("relu", new ReLU())
                .add("pool", new MaxPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}));
        features.add("stem", stem);
        features.add("block", new Residual(scope, 8));
        Sequential head = new Sequential()
                .add("conv", Conv.builder().setChannels(8, 6).setKernel(3, 1).optPadding(2, 0).optDilation(2, 1).build(scope))
                .add("pool", new AvgPool(new long[] {2, 2}, null, null));
        features.add("head", head);
        root.add("features", features);
        root.add("gap", AdaptiveAvgPool.global());
        root.add("flatten", new Flatten());
        root.add("fc", new Linear(scope, 6, 5));
        Initialization.torchvision(root, seed);
        Initialization.randomBatchNorm(root, seed);
        return new Network("small", root);
    }
}
