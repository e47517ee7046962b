package org.osteon.zoo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;

/**
 * The heads a zoo CNN can carry in place of torchvision's classifier, and loading pretrained torchvision
 * weights into the backbone of such a network. Build a network with a head through
 * {@link CnnFactory#create(TensorScope, long, Head)}.
 */
public final class Heads {

    private Heads() {
    }

    /** Global average pooling, linear to {@code size} (128 or 256 in the MURA method), L2-normalised. */
    public static Head embedding(int size) {
        return new Head(Head.Kind.EMBEDDING, size, List.of());
    }

    /** Global average pooling, linear to one logit per class. */
    public static Head classifier(int classes) {
        return new Head(Head.Kind.CLASSIFIER, classes, List.of());
    }

    /** Global average pooling, then linear layers of the {@code hidden} sizes (each with ReLU), then linear to {@code outputs}. */
    public static Head regression(int outputs, int... hidden) {
        return new Head(Head.Kind.REGRESSION, outputs, Arrays.stream(hidden).boxed().toList());
    }

    /**
     * Loads a weights file in torchvision names (e.g. ImageNet weights) into the backbone of {@code network}:
     * every backbone tensor must be in the file with its shape (else one {@link InvalidInputException} names
     * each missing and misshapen one); the head keeps its values and the file's classifier is ignored.
     */
    public static void loadBackbone(Network network, Path weights, TensorScope scope) {
        if (!(network.root() instanceof Cnn cnn)) {
            throw new IllegalArgumentException("network " + network.id() + " is not a zoo CNN");
        }
        try (TensorScope tmp = scope.newChild()) {
            network.loadStateDict(SafetensorsReader.read(tmp, weights), "weights file " + weights.getFileName(), cnn::isBackbone);
        }
    }
}
