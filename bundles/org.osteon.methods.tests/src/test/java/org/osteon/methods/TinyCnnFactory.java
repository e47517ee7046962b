package org.osteon.methods;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.AdaptiveAvgPool;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.CnnFactory;
import org.osteon.zoo.Head;
import org.osteon.zoo.Heads;

/** A CNN of the zoo's shape (a {@code features} module, pooling, a head) with 16 feature channels, for fast tests. */
public final class TinyCnnFactory implements CnnFactory {

    static final int CHANNELS = 16;

    static final class TinyCnn extends Cnn {

        TinyCnn(TensorScope scope, Head head) {
            Sequential f = new Sequential();
            f.add("conv0", Conv.builder().setChannels(3, 8).setKernel(3, 3).optStride(2, 2).optPadding(1, 1).optBias(false).build(scope));
            f.add("norm0", new BatchNorm(scope, 8));
            f.add("relu0", new ReLU());
            f.add("conv1", Conv.builder().setChannels(8, CHANNELS).setKernel(3, 3).optStride(2, 2).optPadding(1, 1).optBias(false).build(scope));
            f.add("norm1", new BatchNorm(scope, CHANNELS));
            f.add("relu1", new ReLU());
            addChild("features", f);
            attachHead(scope, head);
        }

        @Override
        protected Tensor pooledFeatures(Tensor input) {
            return AdaptiveAvgPool.global().forward(child("features").forward(input)).flatten(1);
        }

        @Override
        public int featureChannels() {
            return CHANNELS;
        }
    }

    @Override
    public String id() {
        return "tinycnn";
    }

    @Override
    public int spatialDims() {
        return 2;
    }

    @Override
    public int featureChannels() {
        return CHANNELS;
    }

    /** As a classifier of two classes (the zoo's networks come with torchvision's classifier). */
    @Override
    public Network create(TensorScope scope, long seed) {
        return create(scope, seed, Heads.classifier(2));
    }

    @Override
    public Network create(TensorScope scope, long seed, Head head) {
        TinyCnn cnn = new TinyCnn(scope, head);
        Initialization.torchvision(cnn, seed);
        return new Network(id(), cnn);
    }
}
