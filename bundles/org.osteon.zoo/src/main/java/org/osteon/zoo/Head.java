package org.osteon.zoo;

import java.util.List;

import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.L2Normalize;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;

/**
 * What a zoo CNN computes from its globally average-pooled features in place of torchvision's classifier
 * (see {@link Heads}). The head is the network's child called {@link #name()}, so its state-dict names are
 * {@code embedding.fc.weight}, {@code classifier.fc.bias}, {@code regression.hidden1.weight} ... and never
 * collide with the backbone's torchvision names.
 *
 * @param kind    what the head is for; its name is the head module's name
 * @param outputs embedding size, number of classes or number of regression outputs
 * @param hidden  sizes of hidden linear layers (each followed by ReLU) before the output layer; regression only
 */
public record Head(Kind kind, int outputs, List<Integer> hidden) {

    /** The kinds of head, each with the module name its parameters sit under. */
    public enum Kind {
        /** Linear to the embedding size, then L2 normalisation (metric learning, e.g. triplet losses). */
        EMBEDDING("embedding"),
        /** Linear to one logit per class. */
        CLASSIFIER("classifier"),
        /** Optional hidden layers, then linear to the outputs. */
        REGRESSION("regression");

        private final String moduleName;

        Kind(String moduleName) {
            this.moduleName = moduleName;
        }

        public String moduleName() {
            return moduleName;
        }
    }

    public Head {
        hidden = List.copyOf(hidden);
        if (outputs <= 0) {
            throw new IllegalArgumentException("a " + kind.moduleName() + " head needs a positive output size, got " + outputs);
        }
        if (kind != Kind.REGRESSION && !hidden.isEmpty()) {
            throw new IllegalArgumentException("only a regression head has hidden layers");
        }
        if (hidden.stream().anyMatch(h -> h <= 0)) {
            throw new IllegalArgumentException("hidden layer sizes must be positive, got " + hidden);
        }
    }

    /** The head's module name in the network, e.g. "embedding". */
    public String name() {
        return kind.moduleName();
    }

    /** The state-dict prefix of the head's tensors, e.g. "embedding.". */
    public String prefix() {
        return name() + ".";
    }

    /** The head's layers for {@code inFeatures} pooled features, parameters zero (initialise afterwards). */
    public Sequential build(TensorScope scope, int inFeatures) {
        Sequential s = new Sequential();
        int in = inFeatures;
        for (int i = 0; i < hidden.size(); i++) {
            s.add("hidden" + (i + 1), new Linear(scope, in, hidden.get(i)));
            s.add("relu" + (i + 1), new ReLU());
            in = hidden.get(i);
        }
        s.add("fc", new Linear(scope, in, outputs));
        if (kind == Kind.EMBEDDING) {
            s.add("normalize", new L2Normalize());
        }
        return s;
    }
}
