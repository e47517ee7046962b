package org.osteon.zoo;

import java.util.Optional;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.Module;

/**
 * What the zoo's CNNs share: a feature part with torchvision's module names, global average pooling, then
 * one of: torchvision's classifier (a linear layer under torchvision's name: {@code classifier} in DenseNet,
 * {@code fc} in ResNet), a {@link Head}, or nothing (the output is then the pooled feature vector).
 */
public abstract class Cnn extends Module {

    private String headName = "";
    private Optional<Head> head = Optional.empty();

    /** The pooled features (N, C) of the feature part, C = {@link #featureChannels()}. */
    protected abstract Tensor pooledFeatures(Tensor input);

    /** Channels of the pooled features. */
    public abstract int featureChannels();

    /** Adds torchvision's classifier with {@code classes} outputs under {@code name}; call once, last. */
    protected final void attachClassifier(TensorScope scope, String name, int classes) {
        addChild(name, new Linear(scope, featureChannels(), classes));
        headName = name;
    }

    /** Adds {@code h} under its name; call once, last. */
    protected final void attachHead(TensorScope scope, Head h) {
        addChild(h.name(), h.build(scope, featureChannels()));
        headName = h.name();
        head = Optional.of(h);
    }

    /** The head, when one replaced torchvision's classifier. */
    public final Optional<Head> head() {
        return head;
    }

    /** Whether the state-dict name belongs to the backbone (not to the classifier or head). */
    public final boolean isBackbone(String stateDictName) {
        return headName.isEmpty() || !stateDictName.startsWith(headName + ".");
    }

    @Override
    protected final Tensor compute(Tensor input) {
        Tensor pooled = pooledFeatures(input);
        if (headName.isEmpty()) {
            return pooled;
        }
        return child(headName).forward(pooled);
    }
}
