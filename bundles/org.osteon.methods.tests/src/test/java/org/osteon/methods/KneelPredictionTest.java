package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.registry.Registries;
import org.osteon.phantom.KneelPhantom;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.testing.dl.TestEngines;

/**
 * {@code osteon predict} on a KNEEL landmark run. The run is built the fast way: examples/kneel/landmarks.osteon on
 * a 4-subject phantom at 64-pixel crops without training, every fold given the same weights (those another such run
 * initialised), so that averaging the folds' models is that one model and predict must give exactly the step's own
 * held-out landmarks: the same inference, one implementation.
 */
class KneelPredictionTest {

    private static final int SUBJECTS = 4;
    private static final String[] TINY = {"folds=2", "epochs=0", "batchSize=4", "roiCrop=64", "landmarkCrop=64", "roiSize=32",
            "landmarkSpacing=0.5"};

    @TempDir
    static Path dir;

    private static Path phantom;
    private static Path run;

    @BeforeAll
    static void tinyRun() throws IOException {
        phantom = dir.resolve("phantom");
        KneelPhantom.write(phantom, SUBJECTS, 5);
        Path experiment = RepositoryFiles.resolve("examples", "kneel", "landmarks.osteon");
        Path seeded = dir.resolve("seeded");
        assertEquals(0, OsteonCommand.runExperiment(experiment, seeded, with("data=" + phantom)).status());
        Path weights = seeded.resolve("artifacts/kneel/fold1");
        run = dir.resolve("run");
        Result r = OsteonCommand.runExperiment(experiment, run, with("data=" + phantom, "roiWeights=" + weights.resolve("roi.safetensors"),
                "landmarkWeights=" + weights.resolve("landmarks.safetensors")));
        assertEquals(0, r.status(), r.out() + r.err());
    }

    private static String[] with(String... extra) {
        return Stream.concat(Stream.of(TINY), Stream.of(extra)).toArray(String[]::new);
    }

    /** landmarks.csv rows as subject-side -> the 32 numbers; the first column's file name gives the subject. */
    private static Map<String, double[]> landmarks(Path csv) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            String subject = Path.of(f[0]).getFileName().toString().replaceFirst("\\.png$", "");
            double[] v = new double[32];
            for (int i = 0; i < 32; i++) {
                v[i] = Double.parseDouble(f[2 + i]);
            }
            assertTrue(out.put(subject + "-" + f[1], v) == null, "one row per knee: " + line);
        }
        return out;
    }

    private static String header(String first) {
        StringBuilder sb = new StringBuilder(first + ",side");
        for (int i = 0; i < 16; i++) {
            sb.append(",x").append(i).append(",y").append(i);
        }
        return sb.toString();
    }

    @Test
    void predictGivesTheStepsOwnLandmarks() throws IOException {
        Path out = dir.resolve("predicted");
        Result r = OsteonCommand.run("predict", run.toString(), phantom.resolve("images").toString(), "--spacing", "0.5", "--output",
                out.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = Files.readAllLines(out.resolve("landmarks.csv"), StandardCharsets.UTF_8);
        assertEquals(header("image"), lines.get(0));
        assertEquals(1 + 2 * SUBJECTS, lines.size(), "two knees per radiograph");
        assertTrue(lines.get(1).split(",")[1].equals("R") && lines.get(2).split(",")[1].equals("L"), "R, then L: " + lines);

        Map<String, double[]> predicted = landmarks(out.resolve("landmarks.csv"));
        Map<String, double[]> step = new HashMap<>();
        List<String> stepLines = Files.readAllLines(run.resolve("results/landmarks.csv"));
        assertEquals(header("subject_id"), stepLines.get(0));
        for (String line : stepLines.subList(1, stepLines.size())) {
            String[] f = line.split(",");
            double[] v = new double[32];
            for (int i = 0; i < 32; i++) {
                v[i] = Double.parseDouble(f[2 + i]);
            }
            step.put(f[0] + "-" + f[1], v);
        }
        assertEquals(step.keySet(), predicted.keySet());
        for (Map.Entry<String, double[]> e : step.entrySet()) {
            for (int i = 0; i < 32; i++) {
                assertEquals(e.getValue()[i], predicted.get(e.getKey())[i], 1e-3, e.getKey() + " value " + i + ": predict = the step's inference");
            }
        }

        for (String knee : predicted.keySet()) {
            Path png = out.resolve("overlays").resolve(knee + ".png");
            BufferedImage img = ImageIO.read(png.toFile());
            assertNotNull(img, png + " is a PNG");
            int[] expected = overlaySize(predicted.get(knee));
            assertTrue(Math.abs(img.getWidth() - expected[0]) <= expected[2] && Math.abs(img.getHeight() - expected[1]) <= expected[2],
                    knee + ": " + img.getWidth() + " x " + img.getHeight() + ", expected " + expected[0] + " x " + expected[1]);
            assertTrue(caption(png).contains("Knee " + knee.substring(knee.length() - 1)), "caption names the side");
        }
        try (Stream<Path> s = Files.list(out.resolve("overlays"))) {
            assertEquals(2 * SUBJECTS, s.count());
        }
        assertEquals(2 * SUBJECTS, r.out().lines().filter(l -> l.matches("[RL]  landmark 4 at .*")).count(), r.out());
        assertTrue(r.out().contains(2 * SUBJECTS + " knees of " + SUBJECTS + " images (models of 2 folds averaged)"), r.out());

        Path zip;
        try (Stream<Path> s = Files.list(run)) {
            zip = s.filter(p -> p.toString().endsWith(".osteon.zip")).findFirst().orElseThrow();
        }
        Path fromZip = dir.resolve("predicted-zip");
        assertEquals(0, OsteonCommand.run("predict", zip.toString(), phantom.resolve("images").toString(), "--spacing", "0.5", "--output",
                fromZip.toString()).status());
        assertEquals(Files.readString(out.resolve("landmarks.csv")), Files.readString(fromZip.resolve("landmarks.csv")), "the archive: the same");

        Result again = OsteonCommand.run("predict", run.toString(), phantom.resolve("images").toString(), "--spacing", "0.5", "--output",
                out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    private static String caption(Path png) throws IOException {
        return org.osteon.reporting.PngFigure.caption(png).orElse("");
    }

    /** Width, height and zoom of an overlay framing these landmarks, as KneeOverlay documents it (phantom image size). */
    private static int[] overlaySize(double[] xy) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 16; i++) {
            minX = Math.min(minX, xy[2 * i]);
            maxX = Math.max(maxX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
        }
        double margin = Math.max(maxX - minX, maxY - minY) * 0.35 + 10;
        int x0 = (int) Math.max(0, Math.floor(minX - margin));
        int y0 = (int) Math.max(0, Math.floor(minY - margin));
        int x1 = (int) Math.min(KneelPhantom.WIDTH, Math.ceil(maxX + margin));
        int y1 = (int) Math.min(KneelPhantom.HEIGHT, Math.ceil(maxY + margin));
        int zoom = Math.max(1, 384 / Math.max(x1 - x0, y1 - y0));
        // the CSV's 2 decimals can move a frame edge by one image pixel
        return new int[] {(x1 - x0) * zoom, (y1 - y0) * zoom, zoom};
    }

    @Test
    void aDicomRadiographGivesItsOwnSpacing() throws IOException {
        Path dicom = RepositoryFiles.testdata("dicom-radiograph", "kneel_cr.dcm");
        Path out = dir.resolve("predicted-dicom");
        KneelPrediction.Result result = KneelPrediction.predict(run, List.of(dicom), OptionalDouble.empty(), out, Registries.ofPlatform(),
                TestEngines.engine());
        assertEquals(2, result.knees().size());
        for (KneelPrediction.Knee k : result.knees()) {
            assertEquals(0.2, k.spacing(), 0, "KNEEL's order: Imager Pixel Spacing first");
            assertEquals("file", k.spacingSource());
            assertEquals(16, k.landmarks().size());
            assertTrue(Files.isRegularFile(k.overlay()), k.overlay().toString());
        }
        assertEquals(List.of("R", "L"), result.knees().stream().map(KneelPrediction.Knee::side).toList());
    }

    @Test
    void anOlderRunTakesRoiSizeFromItsRunXmi() throws IOException {
        Path old = dir.resolve("older-run");
        for (String f : List.of("run.xmi", "artifacts/kneel/fold1/roi.safetensors", "artifacts/kneel/fold1/landmarks.safetensors",
                "artifacts/kneel/fold2/roi.safetensors", "artifacts/kneel/fold2/landmarks.safetensors")) {
            Files.createDirectories(old.resolve(f).getParent());
            Files.copy(run.resolve(f), old.resolve(f));
            if (f.endsWith("landmarks.safetensors")) {
                dropMetadata(old.resolve(f), "roiSize");
            }
        }
        Path image = phantom.resolve("images").resolve(firstImage());
        KneelPrediction.Result result = KneelPrediction.predict(old, List.of(image), OptionalDouble.of(0.5), dir.resolve("predicted-old"),
                Registries.ofPlatform(), TestEngines.engine());
        assertEquals(32.0, result.settings().roiSize(), 0, "from run.xmi");
        assertEquals(64, result.settings().landmarkCrop());
        assertEquals(0.5, result.settings().landmarkSpacing(), 0);

        Path xmi = old.resolve("run.xmi");
        Files.writeString(xmi, Files.readString(xmi).replace("name=\"roiSize\"", "name=\"someOtherSize\""));
        Path out = dir.resolve("predicted-old-2");
        assertRefused(() -> KneelPrediction.predict(old, List.of(image), OptionalDouble.of(0.5), out, Registries.ofPlatform(),
                TestEngines.engine()), out, "has no roiSize in its metadata", "run.xmi");
    }

    private static String firstImage() throws IOException {
        try (Stream<Path> s = Files.list(phantom.resolve("images"))) {
            return s.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    /** Blanks one key of a safetensors file's metadata (same length, so the data offsets stay). */
    private static void dropMetadata(Path file, String key) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int n = (int) ByteBuffer.wrap(b, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String header = new String(b, 8, n, StandardCharsets.UTF_8);
        int start = header.indexOf("\"" + key + "\":\"");
        assertTrue(start > 0, header);
        int end = header.indexOf('"', start + key.length() + 4) + 1;
        if (header.charAt(start - 1) == ',') {
            start--;
        } else if (header.charAt(end) == ',') {
            end++;
        }
        String blanked = header.substring(0, start) + " ".repeat(end - start) + header.substring(end);
        System.arraycopy(blanked.getBytes(StandardCharsets.UTF_8), 0, b, 8, n);
        Files.write(file, b);
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call, Path output, String... parts) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "expected '" + p + "' in: " + e.getMessage());
        }
        assertFalse(Files.exists(output), "no output folder: " + output);
        assertFalse(Files.exists(output.resolveSibling("." + output.getFileName() + ".partial")), "no partial folder");
    }

    @Test
    void badInputIsRefusedWithOneMessageAndNothingWritten() throws IOException {
        Path image = phantom.resolve("images").resolve(firstImage());
        Path out = dir.resolve("refused");
        Registries registries = Registries.ofPlatform();

        assertRefused(() -> KneelPrediction.predict(run, List.of(image), OptionalDouble.empty(), out, registries, TestEngines.engine()), out,
                image.getFileName().toString(), "states no pixel spacing", "--spacing MM");

        Path garbage = dir.resolve("garbage.png");
        Files.write(garbage, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertRefused(() -> KneelPrediction.predict(run, List.of(image, garbage), OptionalDouble.of(0.5), out, registries, TestEngines.engine()),
                out, "garbage.png");

        Path empty = dir.resolve("run-without-models");
        Files.createDirectories(empty.resolve("artifacts/kneel"));
        assertRefused(() -> KneelPrediction.predict(empty, List.of(image), OptionalDouble.of(0.5), out, registries, TestEngines.engine()), out,
                "holds no KNEEL landmark models", "fold<k>/roi.safetensors");

        Path half = dir.resolve("run-with-half-a-fold");
        Files.createDirectories(half.resolve("artifacts/kneel/fold1"));
        Files.copy(run.resolve("artifacts/kneel/fold1/roi.safetensors"), half.resolve("artifacts/kneel/fold1/roi.safetensors"));
        assertRefused(() -> KneelPrediction.predict(half, List.of(image), OptionalDouble.of(0.5), out, registries, TestEngines.engine()), out,
                "fold1 has roi.safetensors but no landmarks.safetensors");

        // through the command line: exit 2, one message
        Result noSpacing = OsteonCommand.run("predict", run.toString(), image.toString(), "--output", out.toString());
        assertEquals(2, noSpacing.status(), noSpacing.err());
        assertEquals(1, noSpacing.err().strip().lines().count(), noSpacing.err());
        assertTrue(noSpacing.err().contains(image.getFileName().toString()) && noSpacing.err().contains("--spacing"), noSpacing.err());
        Result noModels = OsteonCommand.run("predict", empty.toString(), image.toString(), "--output", out.toString());
        assertEquals(2, noModels.status(), noModels.err());
        assertTrue(noModels.err().contains("no trained finger-abnormality model") && noModels.err().contains("no KNEEL landmark models"),
                noModels.err());
        Result heatmap = OsteonCommand.run("predict", run.toString(), image.toString(), "--spacing", "0.5", "--heatmap", "--output", out.toString());
        assertEquals(2, heatmap.status(), heatmap.err());
        assertTrue(heatmap.err().contains("--heatmap applies to finger-abnormality runs"), heatmap.err());
        assertFalse(Files.exists(out));
        List<String> leftovers = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".partial")).forEach(p -> leftovers.add(p.toString()));
        }
        assertEquals(List.of(), leftovers);
    }
}
