package org.osteon.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a reader finds its data: a file path, or a {@code scheme:rest} location that a contributed reader
 * understands (for example {@code phantom:knee-ct}, which the phantom bundle synthesises).
 * Single letters before a colon are not schemes (a Windows drive).
 */
public record Location(String text) {

    public Location {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a location must not be empty");
        }
        text = text.strip();
    }

    public static Location of(Path file) {
        return new Location(file.toString());
    }

    /** The scheme of a {@code scheme:rest} location; empty for a plain file path. */
    public Optional<String> scheme() {
        int colon = text.indexOf(':');
        if (colon < 2 || text.contains("/") && text.indexOf('/') < colon) {
            return Optional.empty();
        }
        String s = text.substring(0, colon);
        return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '+')
                ? Optional.of(s.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The file this location names, resolved against {@code base}; empty for scheme locations. */
    public Optional<Path> file(Path base) {
        return scheme().isPresent() ? Optional.empty() : Optional.of(base.resolve(text).normalize());
    }

    /** The last path element (or the whole text for scheme locations), used to match file patterns. */
    public String name() {
        if (scheme().isPresent()) {
            return text;
        }
        int slash = text.lastIndexOf('/');
        return slash < 0 ? text : text.substring(slash + 1);
    }

    @Override
    public String toString() {
        return text;
    }
}
