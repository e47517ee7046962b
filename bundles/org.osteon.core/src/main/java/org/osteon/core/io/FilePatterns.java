package org.osteon.core.io;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The file patterns readers declare: case-insensitive globs with {@code *} and {@code ?}, matched against a
 * location's name (the file name, or the whole text of a {@code scheme:rest} location).
 */
public final class FilePatterns {

    private final List<String> globs;
    private final List<Pattern> regexes;

    public FilePatterns(List<String> globs) {
        this.globs = List.copyOf(globs);
        this.regexes = this.globs.stream().map(FilePatterns::regex).toList();
    }

    public List<String> globs() {
        return globs;
    }

    public boolean matches(Location location) {
        String name = location.name().toLowerCase(Locale.ROOT);
        return regexes.stream().anyMatch(r -> r.matcher(name).matches());
    }

    private static Pattern regex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
