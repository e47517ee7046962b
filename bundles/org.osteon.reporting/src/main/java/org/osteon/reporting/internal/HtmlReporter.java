package org.osteon.reporting.internal;

import static org.osteon.reporting.internal.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osteon.core.report.Reporter;
import org.osteon.core.report.RunReport;
import org.osteon.core.report.RunReport.ArtifactSummary;
import org.osteon.core.report.RunReport.StepSummary;
import org.osteon.core.result.MatrixResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code org.osteon.reporting.html}: writes {@code report.html}, one self-contained HTML5 page (inline CSS and
 * SVG, no scripts, no external resources) that can be mailed or archived on its own.
 * <p>
 * The page shows, in order: the experiment and run, the run's warnings in a box above everything else (they
 * say when the numbers must not be compared with published ones), the parameters, every result matrix as a
 * table and a heat map, the figures (every SVG and PNG artifact, inline), the steps with their time and peak memory and a timeline, the notes, the environment and the artifacts with their checksums.
 * Every piece of text that comes from the run is escaped; maps are listed by key so that the same run always
 * gives the same page.
 */
public final class HtmlReporter implements Reporter {

    /** The report's path in the run folder. */
    public static final String REPORT_FILE = "report.html";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlReporter.class);

    private static final int SHORT_SHA = 12;

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
                   max-width: 72rem; padding: 0 1rem; color: #1d1d1f; line-height: 1.45; }
            h1 { margin-bottom: 0.2rem; }
            h2 { border-bottom: 1px solid #d0d0d0; padding-bottom: 0.2rem; margin-top: 2.2rem; }
            h3 { margin-top: 1.6rem; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
            .run { color: #555555; margin-top: 0; }
            .warnings { background: #fff4e5; border: 2px solid #d9480f; border-left-width: 10px;
                        border-radius: 4px; padding: 0.8rem 1.2rem; margin: 1.5rem 0; color: #5c1a00; }
            .warnings h2 { border: none; margin: 0 0 0.4rem 0; font-size: 1.25rem; color: #b23a00; }
            .warnings li { margin: 0.3rem 0; font-weight: 600; }
            table { border-collapse: collapse; margin: 0.6rem 0; }
            th, td { border: 1px solid #d0d0d0; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
            thead th { background: #f2f2f2; }
            tbody th { background: #fafafa; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .scroll { overflow-x: auto; }
            .meta { color: #555555; margin: 0.2rem 0; }
            .empty { color: #777777; font-style: italic; }
            figure { margin: 0.8rem 0; overflow-x: auto; }
            figcaption { color: #555555; font-size: 0.9rem; }
            figure.figure img { max-width: 100%; height: auto; image-rendering: pixelated; }
            footer { margin-top: 3rem; color: #777777; font-size: 0.85rem; }
            @media print { .warnings { break-inside: avoid; } figure { break-inside: avoid; } }
            """;

    @Override
    public List<String> report(RunReport run, Path runDirectory) throws IOException {
        String page = render(run, runDirectory);
        Path file = runDirectory.resolve(REPORT_FILE);
        Files.createDirectories(runDirectory);
        Writer out;
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "will not overwrite the existing report " + file);
        }
        boolean complete = false;
        try (out) {
            out.write(page);
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
        LOG.debug("wrote {} of run {}", file, run.runId());
        return List.of(REPORT_FILE);
    }

    /** The page for {@code run}; links to files are relative to {@code runDirectory}, where the page goes. */
    String render(RunReport run, Path runDirectory) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"Osteon reporting\"/>\n")
                .append("<title>").append(escape(run.experimentName())).append(" \u2014 run ")
                .append(escape(run.runId())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(out, run);
        warnings(out, run.warnings());
        out.append("<main>\n");
        keyValues(out, "parameters", "Parameters", "Parameter", run.parameters(), "The experiment has no parameters.");
        results(out, run.matrices(), runDirectory);
        Figures.render(out, run.artifacts(), runDirectory);
        steps(out, run.steps());
        keyValues(out, "notes", "Notes", "Note", run.notes(), "No notes.");
        keyValues(out, "environment", "Environment", "Property", run.environment(), "No environment was recorded.");
        artifacts(out, run.artifacts(), runDirectory);
        out.append("</main>\n<footer>Report of run <code>").append(escape(run.runId())).append("</code> of ")
                .append(escape(run.experimentName())).append(", written by Osteon.</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void header(StringBuilder out, RunReport run) {
        out.append("<header>\n<h1>").append(escape(run.experimentName())).append("</h1>\n");
        out.append("<p class=\"run\">Run <code>").append(escape(run.runId())).append("</code> \u00b7 seed <code>")
                .append(run.seed()).append("</code>");
        if (run.started() != null) {
            out.append(" \u00b7 started ").append(time(run.started()));
        }
        if (run.finished() != null) {
            out.append(" \u00b7 finished ").append(time(run.finished()));
        }
        if (run.started() != null && run.finished() != null) {
            Duration d = Duration.between(run.started(), run.finished());
            out.append(" \u00b7 ").append(Html.seconds(d.toNanos() / 1e9)).append(" s");
        }
        out.append("</p>\n");
        if (run.experimentDescription() != null && !run.experimentDescription().isBlank()) {
            out.append("<p class=\"description\">").append(escape(run.experimentDescription())).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private static String time(Instant t) {
        return "<time datetime=\"" + t + "\">" + t + "</time>";
    }

    private static void warnings(StringBuilder out, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append("<section id=\"warnings\" class=\"warnings\" role=\"alert\" aria-labelledby=\"warnings-title\">\n")
                .append("<h2 id=\"warnings-title\">\u26a0 ")
                .append(warnings.size() == 1 ? "Warning" : warnings.size() + " warnings")
                .append(": read before using these results</h2>\n<ul>\n");
        for (String w : warnings) {
            out.append("<li>").append(escape(w)).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void keyValues(StringBuilder out, String id, String title, String keyHeader,
            Map<String, String> values, String none) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        if (values.isEmpty()) {
            out.append("<p class=\"empty\">").append(none).append("</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"").append(id).append("\">\n<thead><tr><th scope=\"col\">").append(keyHeader)
                .append("</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            out.append("<tr><th scope=\"row\">").append(escape(e.getKey())).append("</th><td>")
                    .append(escape(e.getValue())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void results(StringBuilder out, List<MatrixResult> matrices, Path runDirectory) {
        out.append("<section id=\"results\">\n<h2>Results</h2>\n");
        if (matrices.isEmpty()) {
            out.append("<p class=\"empty\">The run published no result matrices.</p>\n");
        }
        for (int i = 0; i < matrices.size(); i++) {
            matrix(out, matrices.get(i), i, runDirectory);
        }
        out.append("</section>\n");
    }

    private static void matrix(StringBuilder out, MatrixResult m, int index, Path runDirectory) {
        String id = "matrix-" + index;
        out.append("<article id=\"").append(id).append("\" class=\"matrix\">\n<h3>").append(escape(m.name()))
                .append("</h3>\n");
        if (!m.description().isBlank()) {
            out.append("<p class=\"description\">").append(escape(m.description())).append("</p>\n");
        }
        out.append("<p class=\"meta\">").append(m.rowLabels().size()).append(" \u00d7 ")
                .append(m.columnLabels().size()).append(" values");
        if (!m.unit().isEmpty()) {
            out.append(", unit: <span class=\"unit\">").append(escape(m.unit())).append("</span>");
        }
        String csv = CsvReporter.relativePath(m);
        if (Files.isRegularFile(runDirectory.resolve(csv))) {
            out.append(" \u00b7 full precision: <a href=\"").append(escape(Html.href(csv))).append("\">")
                    .append(escape(csv)).append("</a>");
        }
        out.append("</p>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><td></td>");
        for (String c : m.columnLabels()) {
            out.append("<th scope=\"col\" class=\"num\">").append(escape(c)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < m.rowLabels().size(); r++) {
            out.append("<tr><th scope=\"row\">").append(escape(m.rowLabels().get(r))).append("</th>");
            for (int c = 0; c < m.columnLabels().size(); c++) {
                out.append("<td class=\"num\">").append(Html.value(m.value(r, c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
        if (!m.rowLabels().isEmpty() && !m.columnLabels().isEmpty()) {
            out.append("<figure>\n");
            HeatMapSvg.render(out, m, id);
            out.append("<figcaption>Heat map of ").append(escape(m.name()))
                    .append(": colours run from the smallest (dark) to the largest (light) value.</figcaption>\n")
                    .append("</figure>\n");
        }
        out.append("</article>\n");
    }

    private static void steps(StringBuilder out, List<StepSummary> steps) {
        out.append("<section id=\"steps\">\n<h2>Steps</h2>\n");
        if (steps.isEmpty()) {
            out.append("<p class=\"empty\">No steps were recorded.</p>\n</section>\n");
            return;
        }
        double total = 0;
        for (StepSummary s : steps) {
            total += Double.isFinite(s.seconds()) && s.seconds() > 0 ? s.seconds() : 0;
        }
        out.append("<table class=\"steps\">\n<thead><tr><th scope=\"col\">Step</th><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\" class=\"num\">Seconds</th><th scope=\"col\" class=\"num\">Peak memory</th>")
                .append("</tr></thead>\n<tbody>\n");
        long peak = -1;
        for (StepSummary s : steps) {
            out.append("<tr><th scope=\"row\">").append(escape(s.id())).append("</th><td><code>")
                    .append(escape(s.kind())).append("</code></td><td class=\"num\">").append(Html.seconds(s.seconds()))
                    .append("</td><td class=\"num\">").append(Html.bytes(s.peakResidentBytes())).append("</td></tr>\n");
            peak = Math.max(peak, s.peakResidentBytes());
        }
        out.append("</tbody>\n<tfoot><tr><th scope=\"row\" colspan=\"2\">Total</th><td class=\"num\">")
                .append(Html.seconds(total)).append("</td><td class=\"num\">").append(Html.bytes(peak))
                .append("</td></tr></tfoot>\n</table>\n<figure>\n");
        StepTimelineSvg.render(out, steps);
        out.append("<figcaption>Steps in execution order; each bar starts where the previous step ended.</figcaption>\n")
                .append("</figure>\n</section>\n");
    }

    private static void artifacts(StringBuilder out, List<ArtifactSummary> artifacts, Path runDirectory) {
        out.append("<section id=\"artifacts\">\n<h2>Artifacts</h2>\n");
        if (artifacts.isEmpty()) {
            out.append("<p class=\"empty\">The run recorded no artifacts.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"artifacts\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Path</th>")
                .append("<th scope=\"col\">Media type</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
        for (ArtifactSummary a : artifacts) {
            String path = relativeToReport(a.path(), runDirectory);
            out.append("<tr><td>").append(escape(a.name())).append("</td><td><a href=\"")
                    .append(escape(Html.href(path))).append("\">").append(escape(path)).append("</a></td><td><code>")
                    .append(escape(a.mediaType())).append("</code></td><td>");
            String sha = a.sha256() == null ? "" : a.sha256();
            if (sha.isEmpty()) {
                out.append("<span class=\"empty\">none</span>");
            } else {
                out.append("<code class=\"sha256\" title=\"").append(escape(sha)).append("\">")
                        .append(escape(Html.shorten(sha, SHORT_SHA + 1))).append("</code>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** An artifact path as a link from the report: absolute paths inside the run folder are made relative. */
    public static String relativeToReport(String path, Path runDirectory) {
        if (path == null) {
            return "";
        }
        try {
            Path p = Path.of(path);
            Path base = runDirectory.toAbsolutePath().normalize();
            if (p.isAbsolute() && p.normalize().startsWith(base)) {
                return base.relativize(p.normalize()).toString().replace('\\', '/');
            }
        } catch (InvalidPathException e) {
            // not a local path: shown and linked as given
        }
        return path.replace('\\', '/');
    }
}
