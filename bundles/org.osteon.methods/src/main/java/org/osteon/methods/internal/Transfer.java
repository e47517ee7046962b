package org.osteon.methods.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.registry.Registries;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.CnnFactory;
import org.osteon.zoo.DenseNet;
import org.osteon.zoo.ResNet;

/**
 * What the transfer-learning steps (body part, bone age) share: finding a zoo CNN that takes a head, freezing
 * a backbone up to a top-level module, and naming a head as torchvision names its classifier.
 */
public final class Transfer {

    static final String BACKBONE = "backbone";
    static final String NONE = "none";

    private Transfer() {
    }

    static CnnFactory cnn(Registries registries, String modelId) {
        NetworkFactory factory = registries.models().get(modelId).create(NetworkFactory.class);
        if (!(factory instanceof CnnFactory cnn)) {
            throw new InvalidInputException("model '" + modelId + "' cannot carry a new head; expected a zoo CNN such as "
                    + "org.osteon.zoo.resnet50 or org.osteon.zoo.densenet169");
        }
        return cnn;
    }

    /**
     * The state-dict prefixes that {@code freeze} fixes in {@code cnn}: {@code backbone} every top-level module
     * of the backbone, {@code none} nothing, a top-level module name (e.g. {@code layer3}) every top-level
     * module up to and including it, in module order. Only modules with parameters are named.
     */
    public static List<String> frozenPrefixes(Cnn cnn, String freeze, String parameter) {
        String headName = cnn.head().map(h -> h.name()).orElse("");
        List<String> backbone = new ArrayList<>();
        for (String name : cnn.children().keySet()) {
            if (!name.equals(headName) && !name.equals("fc") && !name.equals("classifier")) {
                backbone.add(name);
            }
        }
        List<String> upTo;
        if (freeze.equals(NONE)) {
            return List.of();
        } else if (freeze.equals(BACKBONE)) {
            upTo = backbone;
        } else {
            int at = backbone.indexOf(freeze);
            if (at < 0) {
                throw new InvalidInputException("parameter " + parameter + " is '" + freeze + "'; expected backbone, none, or a top-level "
                        + "module of the backbone: " + String.join(", ", backbone));
            }
            upTo = backbone.subList(0, at + 1);
        }
        List<String> prefixes = new ArrayList<>();
        for (String name : upTo) {
            Module m = cnn.children().get(name);
            if (!m.namedParameters().isEmpty()) {
                prefixes.add(name);
            }
        }
        return prefixes;
    }

    /**
     * The network's state dict with the classifier head under torchvision's classifier name ({@code fc.*} for a
     * ResNet, {@code classifier.*} for a DenseNet), so that the file loads into torchvision's model with that
     * many classes.
     */
    public static Map<String, Tensor> torchvisionNames(Cnn cnn) {
        String head = cnn.head().map(h -> h.prefix() + "fc.").orElse(null);
        String to = cnn instanceof ResNet ? "fc." : cnn instanceof DenseNet ? "classifier." : null;
        Map<String, Tensor> out = new LinkedHashMap<>();
        cnn.stateDict().forEach((k, v) -> out.put(head != null && to != null && k.startsWith(head) ? to + k.substring(head.length()) : k, v));
        return out;
    }
}
