package org.osteon.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report figure as an SVG file: a step writes it where {@code StepContext.artifact(fileName, MEDIA_TYPE)}
 * points, and the HTML report shows every SVG and PNG artifact inline in its Figures section, captioned
 * with the SVG's {@code <desc>} (the {@code caption} here).
 *
 * @param fileName a file name such as {@code training-loss.svg}
 */
public record Figure(String fileName, String caption, String svg) {

    public static final String MEDIA_TYPE = "image/svg+xml";

    public Figure {
        if (!fileName.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.svg")) {
            throw new IllegalArgumentException("figure file name '" + fileName
                    + "' must be a file-safe word ending in .svg");
        }
        if (!svg.startsWith("<svg")) {
            throw new IllegalArgumentException("figure " + fileName + " is not an SVG element");
        }
    }

    /** A figure whose caption is also written into the SVG as its {@code <desc>}. */
    public static Figure of(String fileName, String caption, String svg) {
        int end = svg.indexOf('>') + 1;
        String described = svg.substring(0, end) + "\n<desc>" + escape(caption) + "</desc>" + svg.substring(end);
        return new Figure(fileName, caption, described);
    }

    /** Writes the SVG (UTF-8, with an XML declaration so that it opens on its own) to {@code file}. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
