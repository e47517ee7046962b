package org.osteon.dl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.HookRegistration;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.Network;

/**
 * Layer features: runs a network forward in evaluation mode and keeps, for each selected layer, the global
 * average of its output over the spatial axes (one value per channel). Outputs are reduced as they are
 * produced, so no activation outlives its layer.
 * <p>
 * Selectors count the convolution modules in module order: {@code last}, {@code second-last} ...
 * {@code tenth-last}, {@code first}, a negative index from the end ({@code -1} is the last) or a non-negative
 * one from the start ({@code 0} is the first); or they name any module by its dotted name
 * ({@code features.transition1.conv}).
 */
public final class LayerFeatures {

    private static final String[] ORDINALS = {"", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};

    private LayerFeatures() {
    }

    public static List<LayerVector> capture(Network network, Tensor input, List<String> selectors) {
        return capture(network.root(), input, selectors);
    }

    /**
     * One vector per selector, in the selectors' order, for a batch of one ({@code input} of shape
     * (1, C, spatial...)). The module is left in the mode it was in.
     *
     * @throws InvalidInputException when a selector matches no module (the message lists what exists)
     */
    public static List<LayerVector> capture(Module root, Tensor input, List<String> selectors) {
        if (input.rank() < 3 || input.dim(0) != 1) {
            throw new IllegalArgumentException("layer features need one sample (1, C, spatial...), got " + input);
        }
        List<Module> chosen = new ArrayList<>();
        for (String s : selectors) {
            chosen.add(resolve(root, s));
        }
        Map<Module, float[]> pooled = new LinkedHashMap<>();
        List<HookRegistration> hooks = new ArrayList<>();
        try {
            for (Module m : chosen) {
                if (!pooled.containsKey(m)) {
                    pooled.put(m, null);
                    hooks.add(m.addForwardHook((module, out) -> pooled.put(module, globalAverage(out))));
                }
            }
            // only the hooks' values are wanted; every module gets back exactly the mode it had
            root.inEvalMode(() -> {
                root.forward(input).close();
                return null;
            });
        } finally {
            hooks.forEach(HookRegistration::close);
        }
        List<LayerVector> result = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) {
            Module m = chosen.get(i);
            float[] v = pooled.get(m);
            if (v == null) {
                throw new IllegalStateException("module " + m.name() + " did not run in the forward pass");
            }
            result.add(new LayerVector(selectors.get(i), m.name(), v));
        }
        return List.copyOf(result);
    }

    /** The convolutions below {@code root}, in module order. */
    public static List<Conv> convolutions(Module root) {
        List<Conv> out = new ArrayList<>();
        for (Module m : root.modules()) {
            if (m instanceof Conv c) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The module {@code selector} chooses (see the class comment). */
    public static Module resolve(Module root, String selector) {
        String s = selector.trim().toLowerCase(Locale.ROOT);
        List<Conv> convs = convolutions(root);
        Optional<Integer> index = convIndex(s);
        if (index.isPresent()) {
            int i = index.get();
            int at = i < 0 ? convs.size() + i : i;
            if (at < 0 || at >= convs.size()) {
                throw new InvalidInputException("layer selector '" + selector + "' needs a convolution that does not exist: the network has "
                        + convs.size() + " convolutions");
            }
            return convs.get(at);
        }
        Optional<Module> named = root.find(selector.trim());
        if (named.isPresent() && named.get() != root) {
            return named.get();
        }
        throw new InvalidInputException("layer selector '" + selector + "' matches no layer: expected last, second-last ... tenth-last, first, "
                + "an index such as -3, or a module name such as " + (convs.isEmpty() ? "features.conv0"
                        : convs.get(0).name() + " or " + convs.get(convs.size() - 1).name()));
    }

    private static Optional<Integer> convIndex(String s) {
        if (s.equals("last")) {
            return Optional.of(-1);
        }
        if (s.equals("first")) {
            return Optional.of(0);
        }
        if (s.endsWith("-last")) {
            String ord = s.substring(0, s.length() - "-last".length());
            for (int i = 1; i < ORDINALS.length; i++) {
                if (ORDINALS[i].equals(ord)) {
                    return Optional.of(-(i + 1));
                }
            }
            return Optional.empty();
        }
        if (s.matches("-?\\d{1,9}")) {
            return Optional.of(Integer.parseInt(s));
        }
        return Optional.empty();
    }

    private static float[] globalAverage(Tensor out) {
        int[] axes = new int[out.rank() - 2];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i + 2;
        }
        try (Tensor mean = out.mean(axes, false)) {
            return mean.toFloatArray();
        }
    }
}
