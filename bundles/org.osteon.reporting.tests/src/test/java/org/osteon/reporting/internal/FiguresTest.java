package org.osteon.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.report.RunReport;
import org.osteon.core.report.RunReport.ArtifactSummary;
import org.osteon.core.step.StandaloneStepContext;
import org.osteon.reporting.Figure;
import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.HistoryRow;
import org.osteon.reporting.TrainingFigures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The training figures as SVG, and figures in the HTML report (the knee-CT mid slices). */
class FiguresTest {

    @TempDir
    Path dir;

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document d, String tag, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cssClass == null || e.getAttribute("class").equals(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void confusionMatrixFigureShowsEachCountInItsCell() throws Exception {
        long[][] counts = {{11, 4}, {6, 9}};
        Figure f = TrainingFigures.confusionMatrix("valid", counts, List.of("normal", "abnormal"));
        assertEquals("confusion-valid.svg", f.fileName());
        Document d = parse(f.svg());
        List<Element> cells = elements(d, "g", "cell");
        assertEquals(4, cells.size());
        for (Element cell : cells) {
            int r = Integer.parseInt(cell.getAttribute("data-row"));
            int c = Integer.parseInt(cell.getAttribute("data-column"));
            Element text = (Element) cell.getElementsByTagName("text").item(0);
            assertEquals(Long.toString(counts[r][c]), text.getTextContent(), "cell " + r + "," + c);
        }
        // the largest count (11) gets viridis' lightest colour, the smallest (4) its darkest
        assertEquals("#fde725", ((Element) cells.get(0).getElementsByTagName("rect").item(0)).getAttribute("fill"));
        assertEquals("#440154", ((Element) cells.get(1).getElementsByTagName("rect").item(0)).getAttribute("fill"));
        assertTrue(f.svg().contains("<desc>Confusion matrix (valid): rows are the true class"));
    }

    @Test
    void trainingCurvesFromHistoryCsv() throws Exception {
        Path csv = dir.resolve("history.csv");
        Files.writeString(csv, """
                epoch,split,loss,accuracy,kappa,lr,seconds
                1,train,0.9,0.5,0.1,0.001,12.5
                1,valid,1.0,0.55,0.2,0.001,3.0
                2,train,0.6,0.7,0.4,0.0005,12.0
                2,valid,0.8,0.65,,0.0005,3.1
                3,train,0.4,0.8,0.6,0.00025,11.9
                3,valid,0.7,0.7,0.45,0.00025,3.0
                """, StandardCharsets.UTF_8);
        List<HistoryRow> rows = HistoryCsv.read(csv);
        assertEquals(6, rows.size());
        assertEquals(Map.of("accuracy", 0.65, "kappa", Double.NaN), rows.get(3).metrics());
        List<Figure> figures = TrainingFigures.curves(rows);
        assertEquals(List.of("history-loss.svg", "history-accuracy.svg", "history-kappa.svg", "history-lr.svg"),
                figures.stream().map(Figure::fileName).toList());
        Document loss = parse(figures.get(0).svg());
        List<Element> series = elements(loss, "g", "series");
        assertEquals(List.of("train", "valid"), series.stream().map(e -> e.getAttribute("data-name")).toList());
        assertEquals(3, series.get(1).getElementsByTagName("circle").getLength(), "one point per epoch");
        assertTrue(((Element) series.get(1).getElementsByTagName("circle").item(2)).getTextContent()
                .endsWith("3.00000, 0.700000"));
        // the missing valid kappa of epoch 2 leaves a gap: two points, the path restarts
        Element kappaValid = elements(parse(figures.get(2).svg()), "g", "series").get(1);
        assertEquals(2, kappaValid.getElementsByTagName("circle").getLength());
        assertEquals(2, ((Element) kappaValid.getElementsByTagName("path").item(0)).getAttribute("d").split("M").length - 1);
    }

    @Test
    void embeddingsFigureHasOneGroupPerLabel() throws Exception {
        double[][] e = {{1, 0, 0}, {2, 0.1, 0}, {-1, 0, 0.2}, {-2, 0.1, 0}, {0.5, 0.3, 0}};
        Figure f = TrainingFigures.embeddings("valid", e, new int[] {1, 1, 0, 0, 1}, List.of("normal", "abnormal"));
        List<Element> groups = elements(parse(f.svg()), "g", "group");
        assertEquals(List.of("normal", "abnormal"), groups.stream().map(g -> g.getAttribute("data-name")).toList());
        assertEquals(3, groups.get(1).getElementsByTagName("circle").getLength());
    }

    @Test
    void predictedAgainstTrueSharesOneRangeWithTheIdentityDiagonal() throws Exception {
        Figure f = TrainingFigures.predictedVsTrue("bone age", new double[] {20, 100, 200},
                new double[] {30, 90, 150}, "months");
        assertEquals("predicted-bone-age.svg", f.fileName());
        Element identity = elements(parse(f.svg()), "line", "identity").get(0);
        // the diagonal runs from the plot's lower left to its upper right corner: y = x on square axes
        double x1 = Double.parseDouble(identity.getAttribute("x1"));
        double y1 = Double.parseDouble(identity.getAttribute("y1"));
        double x2 = Double.parseDouble(identity.getAttribute("x2"));
        double y2 = Double.parseDouble(identity.getAttribute("y2"));
        assertTrue(x2 > x1 && y2 < y1, "rises to the right");
        Figure pck = TrainingFigures.pckCurve("valid", new double[] {1, 1.5, 2, 2.5},
                new java.util.LinkedHashMap<>(Map.of("all", new double[] {0.2, 0.5, 0.7, 0.9})));
        Element series = elements(parse(pck.svg()), "g", "series").get(0);
        assertEquals(4, series.getElementsByTagName("circle").getLength());
        assertTrue(((Element) series.getElementsByTagName("circle").item(3)).getTextContent().endsWith("2.50000, 0.900000"));
    }

    /**
     * The knee-CT report's figure: the label-slices step writes mid-slices.png and the HTML report inlines it.
     * An 8 x 8 x 8 volume at 0 HU (mid-grey in the window -1000..1000) is femur (1) for z >= 4 and tibia (2) below;
     * in the coronal panel (x 16..23) the top rows are femur (red), the bottom rows tibia (green).
     */
    @Test
    void kneeReportShowsTheMidSlicesWithFemurRedAndTibiaGreen() throws Exception {
        GridSize size = new GridSize(8, 8, 8);
        short[] labels = new short[size.voxelCount()];
        for (int z = 0; z < 8; z++) {
            for (int i = 0; i < 64; i++) {
                labels[z * 64 + i] = (short) (z >= 4 ? 1 : 2);
            }
        }
        Path run = dir.resolve("run");
        StandaloneStepContext step = new StandaloneStepContext("slices", run).set("window", "-1000..1000")
                .set("alpha", "0.5").bind("volume", new Volume(size, Geometry.unit(), new float[size.voxelCount()]))
                .bind("labels", new LabelMap(size, Geometry.unit(), labels));
        new LabelSlicesStep().run(step);
        assertEquals(List.of("mid-slices.png image/png"), step.artifacts());
        Figure curve = TrainingFigures.confusionMatrix("valid", new long[][] {{1, 2}, {3, 4}}, List.of("a", "b"));
        curve.write(run.resolve("artifacts/confusion-valid.svg"));

        RunReport report = new RunReport("knee-ct-similarity", "", "r1", 42, Instant.EPOCH, Instant.EPOCH, Map.of(),
                Map.of(), List.of(), List.of(), List.of(
                        new ArtifactSummary("slices/mid-slices.png", "artifacts/mid-slices.png", "", "image/png"),
                        new ArtifactSummary("confusion", "artifacts/confusion-valid.svg", "", "image/svg+xml")),
                List.of(), Map.of());
        new HtmlReporter().report(report, run);
        String page = Files.readString(run.resolve("report.html"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(run.resolve("report.html").toFile());
        assertTrue(page.contains("<section id=\"figures\">"), "figures section");
        assertTrue(page.contains("<figcaption>Confusion matrix (valid): rows are the true class"), "SVG caption");
        assertTrue(page.contains("<figcaption>Mid axial, coronal and sagittal slices (superior and anterior up) with the"
                + " labels blended in: 1 (femur) red, 2 (tibia) green; window -1000..1000."), "PNG caption");
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(page);
        assertTrue(m.find(), "PNG inlined");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(8 * 3 + 2 * 8, img.getWidth());
        // grey 127.5; femur 0.5 * 127.5 + 0.5 * (255, 0, 0) = (191.25, 63.75, 63.75) -> (191, 64, 64)
        int red = 191 << 16 | 64 << 8 | 64;
        int green = 64 << 16 | 191 << 8 | 64;
        assertEquals(red, img.getRGB(16 + 3, 1) & 0xFFFFFF, "coronal top: femur red");
        assertEquals(green, img.getRGB(16 + 3, 6) & 0xFFFFFF, "coronal bottom: tibia green");
        assertEquals(red, img.getRGB(3, 3) & 0xFFFFFF, "axial mid slice z = 4: femur");
        assertEquals(green, img.getRGB(32 + 3, 7) & 0xFFFFFF, "sagittal bottom row: tibia");
    }
}
