package org.osteon.core.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A declared, typed parameter of a step: name, type, default (text, may be empty), numeric bounds for
 * INTEGER/REAL/RANGE, choices for CHOICE, whether a value is required, and a one-line documentation.
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, boolean required,
        OptionalDouble min, OptionalDouble max, List<String> choices, String doc) {

    public ParameterSpec {
        defaultValue = defaultValue == null ? "" : defaultValue;
        choices = List.copyOf(choices);
        doc = doc == null ? "" : doc;
    }

    /**
     * Checks a value (already with ${...} references substituted) against type and bounds. Returns a
     * problem text ("expected ..., got ...") or empty when the value is fine. File existence is checked
     * by the caller, which knows the base directory.
     */
    public Optional<String> check(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return required ? Optional.of("a value is required (" + describe() + ")") : Optional.empty();
        }
        try {
            switch (type) {
                case INTEGER -> bounds(Long.parseLong(v));
                case REAL -> bounds(parseReal(v));
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        return Optional.of("expected true or false, got '" + v + "'");
                    }
                }
                case RANGE -> {
                    double[] r = parseRange(v);
                    bounds(r[0]);
                    bounds(r[1]);
                }
                case CHOICE -> {
                    if (!choices.contains(v)) {
                        return Optional.of("expected one of " + String.join(", ", choices) + ", got '" + v + "'");
                    }
                }
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private void bounds(double x) {
        if (min.isPresent() && x < min.getAsDouble() || max.isPresent() && x > max.getAsDouble()) {
            throw new IllegalArgumentException("expected " + describe() + ", got " + fmt(x));
        }
    }

    /** "a real number in [lo, hi]" and the like, for messages and documentation. */
    public String describe() {
        String what = switch (type) {
            case STRING -> "text";
            case INTEGER -> "an integer";
            case REAL -> "a real number";
            case BOOLEAN -> "true or false";
            case FILE -> "a file path";
            case LOCATION -> "a file path or location";
            case RANGE -> "a range lo..hi";
            case CHOICE -> "one of " + String.join(", ", choices);
            case LIST -> "a comma-separated list";
        };
        if (min.isPresent() || max.isPresent()) {
            what += " in [" + (min.isPresent() ? fmt(min.getAsDouble()) : "-inf") + ", "
                    + (max.isPresent() ? fmt(max.getAsDouble()) : "inf") + "]";
        }
        return what;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** Parses a real number, naming the text when it is not one. */
    public static double parseReal(String v) {
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number, got '" + v + "'");
        }
    }

    /** Parses {@code lo..hi} (also {@code lo,hi}) into {lo, hi}, requiring lo &lt; hi. */
    public static double[] parseRange(String v) {
        String s = v.strip();
        String[] parts = s.contains("..") ? s.split("\\.\\.", -1) : s.split(",", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected a range lo..hi (e.g. -1000..2000), got '" + v + "'");
        }
        double lo = parseReal(parts[0]);
        double hi = parseReal(parts[1]);
        if (!(lo < hi)) {
            throw new IllegalArgumentException("expected a range lo..hi with lo < hi, got '" + v + "'");
        }
        return new double[] {lo, hi};
    }

    /** Splits a LIST value into trimmed, non-empty words. */
    public static List<String> parseList(String v) {
        List<String> out = new ArrayList<>();
        for (String w : v.split(",")) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        return List.copyOf(out);
    }
}
