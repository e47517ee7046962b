package org.osteon.zoo.internal;

import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.CnnFactory;
import org.osteon.zoo.Head;

/**
 * The common part of the zoo's torchvision CNN factories: 2D, 1000 ImageNet classes, the feature extractor
 * without classifier, heads, and torchvision's initialisation computed in Java from the seed.
 */
abstract class TorchvisionCnnFactory implements CnnFactory {

    static final int IMAGENET_CLASSES = 1000;

    private final String id;
    private final int featureChannels;
    private final boolean convFanOut;

    /**
     * @param convFanOut whether torchvision initialises the convolutions by fan-out (ResNet) rather than
     *                   fan-in (DenseNet)
     */
    TorchvisionCnnFactory(String id, int featureChannels, boolean convFanOut) {
        this.id = id;
        this.featureChannels = featureChannels;
        this.convFanOut = convFanOut;
    }

    /** The architecture with {@code classes} torchvision classifier outputs (0: none). */
    abstract Cnn build(TensorScope scope, int classes);

    /** The architecture with {@code head}. */
    abstract Cnn build(TensorScope scope, Head head);

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int featureChannels() {
        return featureChannels;
    }

    @Override
    public int spatialDims() {
        return 2;
    }

    @Override
    public Network create(TensorScope scope, long seed) {
        return initialised(build(scope, IMAGENET_CLASSES), seed);
    }

    @Override
    public Network createFeatureExtractor(TensorScope scope, long seed) {
        return initialised(build(scope, 0), seed);
    }

    @Override
    public Network create(TensorScope scope, long seed, Head head) {
        return initialised(build(scope, head), seed);
    }

    private Network initialised(Cnn cnn, long seed) {
        Initialization.torchvision(cnn, seed, convFanOut);
        return new Network(id, cnn);
    }
}
