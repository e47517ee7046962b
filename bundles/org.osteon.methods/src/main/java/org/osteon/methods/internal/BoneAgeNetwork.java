package org.osteon.methods.internal;

import java.util.List;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.AdaptiveAvgPool;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.MaxPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;
import org.osteon.zoo.Cnn;

/**
 * Bone age from a hand radiograph and the child's sex: a CNN's globally pooled features (child {@code cnn}) with
 * the sex appended feed a regression network (child {@code regression}: {@code hidden1}, {@code relu1}[,
 * {@code hidden2}, {@code relu2}], {@code fc} to one output). The input is (N, 4, H, W): three image channels and a
 * fourth channel holding the sex (1 male, 0 female) in every pixel, so that one tensor carries both.
 */
final class BoneAgeNetwork extends Module {

    static final String CNN = "cnn";
    static final String REGRESSION = "regression";

    BoneAgeNetwork(TensorScope scope, Cnn cnn, List<Integer> hidden) {
        addChild(CNN, cnn);
        Sequential r = new Sequential();
        int in = cnn.featureChannels() + 1;
        for (int i = 0; i < hidden.size(); i++) {
            r.add("hidden" + (i + 1), new Linear(scope, in, hidden.get(i)));
            r.add("relu" + (i + 1), new ReLU());
            in = hidden.get(i);
        }
        r.add("fc", new Linear(scope, in, 1));
        addChild(REGRESSION, r);
    }

    @Override
    protected Tensor compute(Tensor input) {
        long n = input.dim(0);
        Tensor image = input.slice(1, 0, 3);
        Tensor sex = input.slice(1, 3, 4).mean(new int[] {2, 3}, false).reshape(n, 1);
        Tensor features = child(CNN).forward(image);
        return child(REGRESSION).forward(Tensor.concat(List.of(features, sex), 1));
    }

    /**
     * BoNet's role in the comparison: a small CNN trained from scratch, four blocks of 3x3 convolution, batch norm
     * and ReLU (16, 32, 64, 64 channels; max pooling after the first three), then global average pooling.
     */
    static final class SmallCnn extends Cnn {

        private static final int[] CHANNELS = {16, 32, 64, 64};

        SmallCnn(TensorScope scope) {
            Sequential f = new Sequential();
            int in = 3;
            for (int b = 0; b < CHANNELS.length; b++) {
                f.add("conv" + b, Conv.builder().setChannels(in, CHANNELS[b]).setKernel(3, 3).optPadding(1, 1).optBias(false).build(scope));
                f.add("norm" + b, new BatchNorm(scope, CHANNELS[b]));
                f.add("relu" + b, new ReLU());
                if (b < 3) {
                    f.add("pool" + b, new MaxPool(new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0}));
                }
                in = CHANNELS[b];
            }
            addChild("features", f);
        }

        @Override
        protected Tensor pooledFeatures(Tensor input) {
            return AdaptiveAvgPool.global().forward(child("features").forward(input)).flatten(1);
        }

        @Override
        public int featureChannels() {
            return CHANNELS[CHANNELS.length - 1];
        }
    }
}
