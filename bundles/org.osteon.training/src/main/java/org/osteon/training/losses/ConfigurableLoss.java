package org.osteon.training.losses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.osteon.core.InvalidInputException;
import org.osteon.training.Loss;

/**
 * Base of Osteon's losses: named parameters with setters, so {@link #configure(Map)} and code that builds a
 * loss directly set the same values.
 */
public abstract class ConfigurableLoss implements Loss {

    private final Map<String, Consumer<String>> setters = new LinkedHashMap<>();

    /** Declares parameter {@code name}, parsed by {@code setter} (which validates and throws InvalidInputException). */
    protected final void declare(String name, Consumer<String> setter) {
        setters.put(name, setter);
    }

    /** The names {@link #configure(Map)} accepts. */
    public final Set<String> parameterNames() {
        return setters.keySet();
    }

    @Override
    public final void configure(Map<String, String> parameters) {
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            Consumer<String> s = setters.get(e.getKey());
            if (s == null) {
                throw new InvalidInputException(getClass().getSimpleName() + " has no parameter '" + e.getKey() + "': expected one of "
                        + String.join(", ", setters.keySet()));
            }
            s.accept(e.getValue().trim());
        }
    }

    /** {@code text} as a number in [min, max] for parameter {@code name}. */
    protected static double real(String name, String text, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("loss parameter " + name + " must be a number, got '" + text + "'");
        }
        return check(name, v, min, max);
    }

    /** {@code value} for parameter {@code name}, checked to lie in [min, max]. */
    protected static double check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException("loss parameter " + name + " must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    protected static boolean bool(String name, String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new InvalidInputException("loss parameter " + name + " must be true or false, got '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    /** Throws unless {@code a} and {@code b} have the same shape. */
    protected static void sameShape(String loss, org.osteon.dl.Tensor a, org.osteon.dl.Tensor b) {
        if (!java.util.Arrays.equals(a.shape(), b.shape())) {
            throw new IllegalArgumentException(loss + " needs prediction and target of one shape, got " + a + " and " + b);
        }
    }
}
