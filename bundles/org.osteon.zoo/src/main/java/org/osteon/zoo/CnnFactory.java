package org.osteon.zoo;

import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;

/**
 * A zoo CNN contributed to the models extension point whose torchvision classifier can be replaced by a
 * {@link Head}. Get one from the models registry and test for this type.
 */
public interface CnnFactory extends NetworkFactory {

    /** Channels of the pooled features a head receives (1024 DenseNet121, 1664 DenseNet169, 2048 ResNet50). */
    int featureChannels();

    /**
     * The backbone with torchvision's names and {@code head} under {@link Head#name()} in place of the
     * classifier, initialised deterministically from {@code seed} as torchvision initialises it.
     */
    Network create(TensorScope scope, long seed, Head head);
}
