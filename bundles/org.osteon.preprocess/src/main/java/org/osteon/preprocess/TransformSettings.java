package org.osteon.preprocess;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.step.ParameterSpec;

/**
 * Parameter values of one transform, as text keyed by parameter name, with typed accessors whose errors name
 * the transform and the parameter.
 */
public record TransformSettings(String transformId, Map<String, String> values) {

    public TransformSettings {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No values: each accessor then needs the parameter to be set. */
    public static TransformSettings empty(String transformId) {
        return new TransformSettings(transformId, Map.of());
    }

    public String text(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new InvalidInputException("transform " + transformId + " has no value for parameter '" + name + "'");
        }
        return v.strip();
    }

    public double real(String name) {
        try {
            return ParameterSpec.parseReal(text(name));
        } catch (IllegalArgumentException e) {
            throw bad(name, e.getMessage());
        }
    }

    public int integer(String name) {
        try {
            return Integer.parseInt(text(name));
        } catch (NumberFormatException e) {
            throw bad(name, "expected an integer, got '" + text(name) + "'");
        }
    }

    public boolean bool(String name) {
        String v = text(name);
        if (!v.equals("true") && !v.equals("false")) {
            throw bad(name, "expected true or false, got '" + v + "'");
        }
        return v.equals("true");
    }

    /** A range {@code lo..hi}. */
    public double[] range(String name) {
        try {
            return ParameterSpec.parseRange(text(name));
        } catch (IllegalArgumentException e) {
            throw bad(name, e.getMessage());
        }
    }

    /** A range {@code lo..hi}, or one number {@code x} for the fixed value x..x. */
    public double[] rangeOrNumber(String name) {
        String v = text(name);
        if (!v.contains("..") && !v.contains(",")) {
            double x = real(name);
            return new double[] {x, x};
        }
        return range(name);
    }

    /** Odd integers at least 1, comma-separated ({@code 3,5}); empty for an empty value. */
    public int[] oddSizes(String name) {
        String v = text(name);
        if (v.isEmpty()) {
            return new int[0];
        }
        String[] parts = v.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                out[i] = 0;
            }
            if (out[i] < 1 || out[i] % 2 == 0) {
                throw bad(name, "expected odd sizes such as 3,5, got '" + v + "'");
            }
        }
        return out;
    }

    /** A size {@code AxB} (width x height) or a single {@code A} for both, each at least 1. */
    public int[] size(String name) {
        String v = text(name);
        String[] p = v.split("[xX]", -1);
        try {
            int a = Integer.parseInt(p[0].strip());
            int b = p.length == 2 ? Integer.parseInt(p[1].strip()) : a;
            if (p.length > 2 || a < 1 || b < 1) {
                throw new NumberFormatException();
            }
            return new int[] {a, b};
        } catch (NumberFormatException e) {
            throw bad(name, "expected a size WIDTHxHEIGHT of positive integers such as 8x8, got '" + v + "'");
        }
    }

    public InvalidInputException bad(String name, String problem) {
        return new InvalidInputException("parameter '" + name + "' of transform " + transformId + ": " + problem);
    }
}
