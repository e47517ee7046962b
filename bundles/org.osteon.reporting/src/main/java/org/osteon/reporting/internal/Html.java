package org.osteon.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping and number formatting shared by the HTML report and its SVG figures. */
public final class Html {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Html() {
    }

    /**
     * Escapes text for element content and quoted attribute values. Characters that HTML and XML forbid
     * (C0 controls other than tab, line feed and carriage return; unpaired surrogates) become U+FFFD, so the
     * page stays well-formed whatever a label holds.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A relative URL for a path of the run folder: '\' becomes '/', and every byte outside the RFC 3986
     * unreserved set and '/' is percent-encoded. A ':' is encoded too, so no path can turn into a scheme
     * ("javascript:...").
     */
    public static String href(String path) {
        String p = path.replace('\\', '/');
        StringBuilder out = new StringBuilder(p.length() + 8);
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** A matrix value as the report shows it: four decimals, '.' as decimal point. */
    public static String value(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** A value short enough for a heat map cell. */
    public static String compactValue(double v) {
        String text = value(v);
        return text.length() <= 9 ? text : String.format(Locale.ROOT, "%.3g", v);
    }

    public static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** A memory size in MiB (binary), or "n/a" for a negative size, which means unknown. */
    public static String bytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** A coordinate for SVG attributes. */
    public static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
    }
}
