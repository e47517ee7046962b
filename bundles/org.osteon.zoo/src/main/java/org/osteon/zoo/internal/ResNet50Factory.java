package org.osteon.zoo.internal;

import org.osteon.dl.TensorScope;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.Head;
import org.osteon.zoo.ResNet;

/**
 * ResNet50 (bottleneck blocks 3-4-6-3, torchvision's v1.5 with the stride on the 3x3 convolution, 1000
 * classes), contributed as {@code org.osteon.zoo.resnet50}. Initialised as torchvision initialises it
 * (convolutions Kaiming-normal by fan-out).
 */
public final class ResNet50Factory extends TorchvisionCnnFactory {

    public static final String ID = "resnet50";
    private static final int[] LAYERS = {3, 4, 6, 3};

    public ResNet50Factory() {
        super(ID, 512 * ResNet.EXPANSION, true);
    }

    @Override
    Cnn build(TensorScope scope, int classes) {
        return new ResNet(scope, LAYERS, classes);
    }

    @Override
    Cnn build(TensorScope scope, Head head) {
        return new ResNet(scope, LAYERS, head);
    }
}
