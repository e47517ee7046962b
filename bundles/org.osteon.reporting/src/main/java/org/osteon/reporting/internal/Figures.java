package org.osteon.reporting.internal;

import static org.osteon.reporting.internal.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteon.core.report.RunReport.ArtifactSummary;
import org.osteon.reporting.PngFigure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's Figures section: every SVG and PNG artifact of the run, in artifact order, inline so that the
 * page stays self-contained (SVG as markup, PNG as a data URI). An SVG is captioned with its {@code <desc>},
 * a PNG with its embedded {@code Description} text ({@link PngFigure}), otherwise with the artifact's name. A file that is too large, missing, or an SVG with
 * active content (scripts, event handlers, foreign objects) is linked instead of inlined.
 */
final class Figures {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    /** Larger figures are linked, not inlined, to keep the page openable. */
    static final long MAX_INLINE_BYTES = 8L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(Figures.class);
    private static final Pattern DESC = Pattern.compile("<desc>(.*?)</desc>", Pattern.DOTALL);
    private static final Pattern ACTIVE = Pattern.compile("<script|<foreignobject|\\son[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    static void render(StringBuilder out, List<ArtifactSummary> artifacts, Path runDirectory) {
        List<ArtifactSummary> figures = new ArrayList<>();
        for (ArtifactSummary a : artifacts) {
            String type = a.mediaType() == null ? "" : a.mediaType().toLowerCase(Locale.ROOT);
            if (type.equals(SVG) || type.equals(PNG)) {
                figures.add(a);
            }
        }
        if (figures.isEmpty()) {
            return;
        }
        out.append("<section id=\"figures\">\n<h2>Figures</h2>\n");
        for (int i = 0; i < figures.size(); i++) {
            figure(out, figures.get(i), i, runDirectory);
        }
        out.append("</section>\n");
    }

    private static void figure(StringBuilder out, ArtifactSummary a, int index, Path runDirectory) {
        String path = HtmlReporter.relativeToReport(a.path(), runDirectory);
        Path file = runDirectory.resolve(path).normalize();
        String caption = a.name();
        String body = null;
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= MAX_INLINE_BYTES) {
                if (SVG.equalsIgnoreCase(a.mediaType())) {
                    String svg = Files.readString(file, StandardCharsets.UTF_8);
                    int start = svg.indexOf("<svg");
                    if (start >= 0 && !ACTIVE.matcher(svg).find()) {
                        body = svg.substring(start).strip() + "\n";
                        Matcher m = DESC.matcher(body);
                        if (m.find()) {
                            caption = m.group(1).strip().replace("&lt;", "<").replace("&gt;", ">")
                                    .replace("&amp;", "&");
                        }
                    }
                } else {
                    caption = PngFigure.caption(file).filter(c -> !c.isBlank()).orElse(caption);
                    body = "<img src=\"data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(Files.readAllBytes(file)) + "\" alt=\""
                            + escape(a.name()) + "\"/>\n";
                }
            }
        } catch (IOException e) {
            LOG.warn("figure {} not inlined: {}", file, e.toString());
        }
        out.append("<figure id=\"figure-").append(index).append("\" class=\"figure\">\n");
        if (body == null) {
            out.append("<p><a href=\"").append(escape(Html.href(path))).append("\">").append(escape(path))
                    .append("</a></p>\n");
        } else {
            out.append(body);
        }
        out.append("<figcaption>").append(escape(caption)).append(" <span class=\"meta\">(<a href=\"")
                .append(escape(Html.href(path))).append("\">").append(escape(path)).append("</a>)</span>")
                .append("</figcaption>\n</figure>\n");
    }
}
