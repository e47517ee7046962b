package org.osteon.methods;

import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.zoo.CnnFactory;
import org.osteon.zoo.Head;
import org.osteon.zoo.ResNet;

/** ResNet with one bottleneck block per stage (torchvision names, layer1..layer4), for fast transfer-learning tests. */
public final class TinyResNetFactory implements CnnFactory {

    private static final int[] LAYERS = {1, 1, 1, 1};

    @Override
    public String id() {
        return "tinyresnet";
    }

    @Override
    public int spatialDims() {
        return 2;
    }

    @Override
    public int featureChannels() {
        return 512 * ResNet.EXPANSION;
    }

    @Override
    public Network create(TensorScope scope, long seed) {
        ResNet net = new ResNet(scope, LAYERS, 2);
        Initialization.torchvision(net, seed, true);
        return new Network(id(), net);
    }

    @Override
    public Network createFeatureExtractor(TensorScope scope, long seed) {
        ResNet net = new ResNet(scope, LAYERS, 0);
        Initialization.torchvision(net, seed, true);
        return new Network(id(), net);
    }

    @Override
    public Network create(TensorScope scope, long seed, Head head) {
        ResNet net = new ResNet(scope, LAYERS, head);
        Initialization.torchvision(net, seed, true);
        return new Network(id(), net);
    }
}
