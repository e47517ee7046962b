package org.osteon.zoo.internal;

import org.osteon.dl.TensorScope;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.DenseNet;
import org.osteon.zoo.Head;

/** torchvision's DenseNet-BC variants: growth 32, 64 initial features, bottleneck 4; the blocks differ. */
abstract class DenseNetFactory extends TorchvisionCnnFactory {

    private final int[] blocks;

    DenseNetFactory(String id, int[] blocks) {
        super(id, featureChannels(blocks), false);
        this.blocks = blocks.clone();
    }

    /** 64 initial channels, + 32 per dense layer, halved by each transition. */
    private static int featureChannels(int[] blocks) {
        int c = 64;
        for (int i = 0; i < blocks.length; i++) {
            c += blocks[i] * 32;
            if (i != blocks.length - 1) {
                c /= 2;
            }
        }
        return c;
    }

    @Override
    Cnn build(TensorScope scope, int classes) {
        return new DenseNet(scope, 32, blocks, 64, 4, classes);
    }

    @Override
    Cnn build(TensorScope scope, Head head) {
        return new DenseNet(scope, 32, blocks, 64, 4, head);
    }
}
