package org.osteon.core.step;

import java.util.Locale;
import java.util.Optional;

/** The declared type of a step or experiment parameter; values are written as text in experiments. */
public enum ParameterType {
    /** Any text. */
    STRING,
    /** A whole number, e.g. {@code 3}. */
    INTEGER,
    /** A number, e.g. {@code 0.5} or {@code -1e3}. */
    REAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A path to an existing file (relative to the experiment file); may be empty when not required. */
    FILE,
    /** A file path or a {@code scheme:...} location that a contributed reader understands. */
    LOCATION,
    /** Two numbers {@code lo..hi} with lo &lt; hi, e.g. {@code -1000..2000}. */
    RANGE,
    /** One of the declared choices. */
    CHOICE,
    /** A comma-separated list of words. */
    LIST;

    /** The name used in plugin.xml and experiment files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParameterType> of(String id) {
        for (ParameterType t : values()) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
