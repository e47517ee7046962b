package org.osteon.dl.nn;

import org.osteon.dl.TensorScope;
import org.osteon.dl.Weights;

/**
 * Builds one network architecture; contributed to the {@code org.osteon.dl.models} extension point (the
 * contribution's {@code class}). Weights are initialised deterministically from the seed, in Java, so one
 * seed gives bit-identical weights everywhere; trained weights are loaded afterwards with
 * {@link Network#loadStateDict} or {@link Weights#load}.
 */
public interface NetworkFactory {

    /** The network's id, e.g. "densenet121" (the id weights messages name). */
    String id();

    /** Number of spatial axes of the network as built (2 for torchvision models; see {@code Inflation} for 3D). */
    int spatialDims();

    /** The whole network, classifier included, its tensors in {@code scope}. */
    Network create(TensorScope scope, long seed);

    /**
     * The feature part alone (no classifier), with the same state-dict names as in {@link #create}; its output
     * is the pooled embedding. Weights files of the whole network load into it, the classifier's tensors
     * being ignored.
     */
    default Network createFeatureExtractor(TensorScope scope, long seed) {
        return create(scope, seed);
    }

    /**
     * The input the network expects. The default is torchvision's ImageNet convention (RGB, ImageNet mean and
     * std, 224 x 224, at least 32); networks trained otherwise override it.
     */
    default InputConvention inputConvention() {
        return InputConvention.imagenet(224, 32);
    }
}
