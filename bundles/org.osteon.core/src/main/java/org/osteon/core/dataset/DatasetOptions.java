package org.osteon.core.dataset;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osteon.core.InvalidInputException;

/**
 * The options a user gave a {@link DatasetReader}, checked against the names the reader allows. Every
 * problem is an InvalidInputException naming the option, the reader and what was expected.
 */
public final class DatasetOptions {

    private final String reader;
    private final Map<String, String> values;

    private DatasetOptions(String reader, Map<String, String> values) {
        this.reader = reader;
        this.values = values;
    }

    /**
     * Checks {@code options} against {@code allowed} (names are case-sensitive); an unknown name is refused
     * with a message listing the allowed ones.
     */
    public static DatasetOptions of(String reader, Map<String, String> options, Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException("unknown option '" + name + "' for the " + reader
                        + " reader; allowed: " + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
        return new DatasetOptions(reader, Collections.unmodifiableMap(new TreeMap<>(options)));
    }

    public Optional<String> text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public long whole(String name, long fallback) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.get());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("option " + name + "=" + v.get() + " of the " + reader
                    + " reader: expected a whole number");
        }
    }

    /** A real number in [min, max] (or the fallback when the option is not given). */
    public double real(String name, double fallback, double min, double max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.get());
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d >= min && d <= max)) {
            throw new InvalidInputException("option " + name + "=" + v.get() + " of the " + reader
                    + " reader: expected a number in [" + fmt(min) + ", " + fmt(max) + "]");
        }
        return d;
    }

    /** One of {@code choices} (or empty when the option is not given). */
    public Optional<String> choice(String name, Set<String> choices) {
        Optional<String> v = text(name);
        if (v.isPresent() && !choices.contains(v.get())) {
            throw new InvalidInputException("option " + name + "=" + v.get() + " of the " + reader
                    + " reader: expected one of " + String.join(", ", new TreeSet<>(choices)));
        }
        return v;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
