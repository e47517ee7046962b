package org.osteon.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.result.MatrixResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML report. The page is written so that an XML parser accepts it too, which lets these tests read it
 * back as a tree: a label read back equal to the original shows that it was escaped, not dropped or mangled.
 */
class HtmlReporterTest {

    @TempDir
    static Path shared;

    private static Path run;
    private static List<String> written;
    private static String page;
    private static Document dom;

    @BeforeAll
    static void writeReport() throws Exception {
        run = shared.resolve("run");
        written = new HtmlReporter().report(Fixtures.run(List.of(Fixtures.similarity(), Fixtures.error())), run);
        page = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        dom = factory.newDocumentBuilder().parse(run.resolve("report.html").toFile());
    }

    @Test
    void returnsExactlyTheReportItWrote() {
        assertEquals(List.of("report.html"), written);
        assertEquals(written, Fixtures.files(run));
    }

    @Test
    void escapesScriptInEveryPlace() {
        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"), "raw <script> in the page");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        // row label, parameter value, warning, heat map label and tooltips: all read back as the original text
        List<String> rowHeaders = texts(tables("matrix").get(0), "tbody/tr/th");
        assertEquals(Fixtures.similarity().rowLabels(), rowHeaders);
        assertTrue(texts(tables("parameters").get(0), "tbody/tr/td").contains(Fixtures.SCRIPT));
        assertEquals(List.of("denseblock1", "denseblock2 & 3"), texts(tables("matrix").get(0), "thead/tr/th"));
    }

    @Test
    void warningsComeFirstInAHighlightedBox() {
        List<Element> body = children((Element) dom.getElementsByTagName("body").item(0));
        assertEquals(List.of("header", "section", "main", "footer"), body.stream().map(Element::getTagName).toList());
        Element box = body.get(1);
        assertEquals("warnings", box.getAttribute("class"));
        assertEquals("alert", box.getAttribute("role"));
        assertEquals(List.of(Fixtures.RANDOM_WEIGHTS, "Label " + Fixtures.SCRIPT + " was renamed"), texts(box, "ul/li"));
        assertTrue(page.contains(Fixtures.RANDOM_WEIGHTS));
        assertTrue(page.indexOf(Fixtures.RANDOM_WEIGHTS) < page.indexOf("id=\"parameters\""));
        assertTrue(page.contains(".warnings {"), "the box must be styled");
    }

    @Test
    void noWarningBoxWithoutWarnings(@TempDir Path dir) throws IOException {
        var r = Fixtures.run(List.of());
        var quiet = new org.osteon.core.report.RunReport(r.experimentName(), r.experimentDescription(), r.runId(),
                r.seed(), r.started(), r.finished(), r.parameters(), r.environment(), r.steps(), r.matrices(),
                r.artifacts(), List.of(), r.notes());
        new HtmlReporter().report(quiet, dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.contains("class=\"warnings\""));
        assertTrue(html.contains("The run published no result matrices."));
    }

    @Test
    void everyMatrixValueAppearsToFourDecimals() {
        List<Element> matrices = tables("matrix");
        assertEquals(2, matrices.size());
        // expected strings written out by hand: half-up rounding at the fourth decimal
        assertEquals(List.of("0.1235", "0.6667", "-0.9877", "0.0000", "12.3000", "NaN"),
                texts(matrices.get(0), "tbody/tr/td"));
        assertEquals(List.of("1.2345", "0.5000"), texts(matrices.get(1), "tbody/tr/td"));
        for (String v : List.of("0.1235", "0.6667", "-0.9877", "0.0000", "12.3000", "NaN", "1.2345", "0.5000")) {
            assertTrue(page.contains("<td class=\"num\">" + v + "</td>"), v);
        }
        assertTrue(page.contains("unit: <span class=\"unit\">cosine</span>"));
        assertTrue(page.contains("unit: <span class=\"unit\">mm</span>"));
        assertTrue(page.contains("Cosine similarity of region embeddings per layer"));
    }

    @Test
    void heatMapColoursRunFromSmallestToLargest() {
        List<Element> maps = elements(dom.getDocumentElement(), "svg", "heatmap");
        assertEquals(2, maps.size());
        Map<String, String> fillByTooltip = new HashMap<>();
        List<String> cellTexts = new ArrayList<>();
        for (Element g : byTag(maps.get(0), "g")) {
            fillByTooltip.put(text(byTag(g, "title").get(0)), byTag(g, "rect").get(0).getAttribute("fill"));
            cellTexts.add(text(byTag(g, "text").get(0)));
        }
        assertEquals(6, fillByTooltip.size());
        assertEquals("#440154", fillByTooltip.get("patella <-> femur \u00d7 denseblock1: -0.9877"), "minimum");
        assertEquals("#fde725", fillByTooltip.get(Fixtures.SCRIPT + " \u00d7 denseblock1: 12.3000"), "maximum");
        assertEquals("#d0d0d0", fillByTooltip.get(Fixtures.SCRIPT + " \u00d7 denseblock2 & 3: NaN"), "missing");
        assertEquals(List.of("0.1235", "0.6667", "-0.9877", "0.0000", "12.3000", "NaN"), cellTexts);
        // legend: gradient plus the range's ends
        String legend = maps.get(0).getTextContent();
        assertTrue(legend.contains("12.3000") && legend.contains("-0.9877"), legend);
        assertEquals(1, byTag(maps.get(0), "linearGradient").size());
    }

    @Test
    void stepsAreListedAndDrawnOnATimeline() {
        Element steps = tables("steps").get(0);
        assertEquals(List.of("read", "embed", "compare", "Total"), texts(steps, "tbody/tr/th", "tfoot/tr/th"));
        assertEquals(List.of("1.250", "512.0 MiB", "140.000", "3328.1 MiB", "9.250", "n/a", "150.500", "3328.1 MiB"),
                byTag(steps, "td").stream().filter(td -> "num".equals(td.getAttribute("class")))
                        .map(HtmlReporterTest::text).toList());
        Element timeline = elements(dom.getDocumentElement(), "svg", "timeline").get(0);
        List<Element> bars = new ArrayList<>();
        for (Element g : byTag(timeline, "g")) {
            bars.add(byTag(g, "rect").get(0));
        }
        assertEquals(3, bars.size());
        double x0 = attr(bars.get(0), "x");
        double w0 = attr(bars.get(0), "width");
        double w1 = attr(bars.get(1), "width");
        double w2 = attr(bars.get(2), "width");
        assertEquals(480.0, w0 + w1 + w2, 0.2, "bars together span the time axis");
        assertEquals(140.0 / 9.25, w1 / w2, 0.05);
        assertEquals(x0 + w0, attr(bars.get(1), "x"), 0.1, "each step starts where the previous ended");
        assertEquals(x0 + w0 + w1, attr(bars.get(2), "x"), 0.1);
    }

    @Test
    void keyValueTablesAreSortedAndComplete() {
        assertEquals(List.of("device", "jvm", "os"), texts(tables("environment").get(0), "tbody/tr/th"));
        assertEquals(List.of("cpu", "21.0.5", "Linux 6.8"), texts(tables("environment").get(0), "tbody/tr/td"));
        assertEquals(List.of("label", "layers"), texts(tables("parameters").get(0), "tbody/tr/th"));
        assertEquals(List.of("A & B"), texts(tables("notes").get(0), "tbody/tr/td"));
        String title = text(byTag(dom.getDocumentElement(), "title").get(0));
        assertTrue(title.contains("knee-similarity") && title.contains("20260122-0931-a1"), title);
    }

    @Test
    void artifactsLinkRelativelyAndShortenTheirChecksum() {
        Element artifacts = tables("artifacts").get(0);
        List<Element> links = byTag(artifacts, "a");
        assertEquals("artifacts/seg%20mask.nii.gz", links.get(0).getAttribute("href"));
        assertEquals("artifacts/seg mask.nii.gz", text(links.get(0)));
        assertEquals("artifacts/densenet121.safetensors", links.get(1).getAttribute("href"));
        List<Element> sha = elements(artifacts, "code", "sha256");
        assertEquals(1, sha.size());
        assertEquals(Fixtures.SHA, sha.get(0).getAttribute("title"));
        assertEquals(Fixtures.SHA.substring(0, 12) + "\u2026", text(sha.get(0)));
    }

    @Test
    void isSelfContained() {
        assertTrue(byTag(dom.getDocumentElement(), "script").isEmpty());
        assertTrue(byTag(dom.getDocumentElement(), "link").isEmpty());
        assertTrue(byTag(dom.getDocumentElement(), "img").isEmpty());
        assertEquals(1, byTag(dom.getDocumentElement(), "style").size());
        for (Element a : byTag(dom.getDocumentElement(), "a")) {
            assertFalse(a.getAttribute("href").contains(":"), a.getAttribute("href"));
        }
        // the only absolute URL is the SVG namespace name, which is never fetched
        Matcher urls = Pattern.compile("https?://[^\"]*").matcher(page);
        while (urls.find()) {
            assertEquals("http://www.w3.org/2000/svg", urls.group());
        }
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    }

    @Test
    void refusesToOverwriteAReport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.html"), "earlier");
        IOException e = assertThrows(IOException.class,
                () -> new HtmlReporter().report(Fixtures.run(List.of(Fixtures.error())), dir));
        assertTrue(e.getMessage().contains("report.html"), e.getMessage());
        assertEquals("earlier", Files.readString(dir.resolve("report.html")));
    }

    @Test
    void withTheCsvReporterBothReturnExactlyTheFilesOfTheFolder(@TempDir Path dir) throws IOException {
        List<MatrixResult> matrices = List.of(Fixtures.similarity(), Fixtures.error());
        List<String> all = new ArrayList<>(new CsvReporter().report(Fixtures.run(matrices), dir));
        all.addAll(new HtmlReporter().report(Fixtures.run(matrices), dir));
        assertEquals(all.stream().sorted().toList(), Fixtures.files(dir));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<a href=\"results/similarity.csv\">results/similarity.csv</a>"));
        assertTrue(html.contains("<a href=\"results/landmark-error.csv\">"));
    }

    @Test
    void escapingAndLinkHelpers() {
        assertEquals("a &amp; b &lt;i&gt; &quot;q&quot; &#39;s&#39;", Html.escape("a & b <i> \"q\" 's'"));
        assertEquals("bell\uFFFD tab\t", Html.escape("bell\u0007 tab\t"));
        assertEquals("javascript%3Aalert%281%29", Html.href("javascript:alert(1)"));
        assertEquals("a/%C3%A9%20b.nii", Html.href("a\\\u00e9 b.nii"));
        assertEquals("artifacts/x.nii", HtmlReporter.relativeToReport(
                shared.resolve("r/artifacts/x.nii").toAbsolutePath().toString(), shared.resolve("r")));
    }

    // --- DOM helpers ---

    private static List<Element> tables(String cssClass) {
        return elements(dom.getDocumentElement(), "table", cssClass);
    }

    private static List<Element> elements(Element root, String tag, String cssClass) {
        return byTag(root, tag).stream().filter(e -> cssClass.equals(e.getAttribute("class"))).toList();
    }

    private static List<Element> byTag(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** Texts of the elements at each child path ("tbody/tr/th"), in document order. */
    private static List<String> texts(Element root, String... paths) {
        List<String> out = new ArrayList<>();
        for (String path : paths) {
            List<Element> level = List.of(root);
            for (String step : path.split("/")) {
                List<Element> next = new ArrayList<>();
                for (Element e : level) {
                    children(e).stream().filter(c -> c.getTagName().equals(step)).forEach(next::add);
                }
                level = next;
            }
            level.forEach(e -> out.add(text(e)));
        }
        return out;
    }

    private static String text(Element e) {
        return e.getTextContent();
    }

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.getAttribute(name));
    }
}
