package org.osteon.zoo.internal;

import org.osteon.dl.nn.NetworkFactory;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.zoo.DenseNet;

/**
 * DenseNet121 (growth 32, blocks 6-12-24-16, 64 initial features, bottleneck 4, 1000 classes), contributed
 * as {@code org.osteon.zoo.densenet121}. Initialised as torchvision initialises it.
 */
public final class DenseNet121Factory implements NetworkFactory {

    public static final String ID = "densenet121";
    private static final int[] BLOCKS = {6, 12, 24, 16};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int spatialDims() {
        return 2;
    }

    @Override
    public Network create(TensorScope scope, long seed) {
        return build(scope, seed, 1000);
    }

    @Override
    public Network createFeatureExtractor(TensorScope scope, long seed) {
        return build(scope, seed, 0);
    }

    private static Network build(TensorScope scope, long seed, int classes) {
        DenseNet net = new DenseNet(scope, 32, BLOCKS, 64, 4, classes);
        Initialization.torchvision(net, seed);
        return new Network(ID, net);
    }
}
