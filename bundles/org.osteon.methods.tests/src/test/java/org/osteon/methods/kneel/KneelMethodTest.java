package org.osteon.methods.kneel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.phantom.KneelPhantom;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

/**
 * examples/kneel/landmarks.osteon end to end through the command line at tiny sizes (6 phantom subjects, 2 folds,
 * 1 epoch, 64-pixel crops): the exact rows and columns of results/pck.csv, results/landmarks.csv, the figures;
 * and the bad inputs the issue names (exit 2, one message, no run folder).
 */
class KneelMethodTest {

    private static final String[] TINY = {"data=phantom:kneel?count=6&seed=3", "folds=2", "epochs=1", "batchSize=4", "roiCrop=64",
            "landmarkCrop=64", "roiSize=32", "landmarkSpacing=0.5"};

    @TempDir
    static Path dir;

    private static Path experiment;

    @BeforeAll
    static void locate() {
        experiment = RepositoryFiles.resolve("examples", "kneel", "landmarks.osteon");
        assertTrue(Files.isRegularFile(experiment), experiment + " not found");
    }

    private static Result run(Path output, String... extra) {
        return OsteonCommand.runExperiment(experiment, output, TINY, extra);
    }

    @Test
    void tinyRunWritesTheExactTables() throws Exception {
        Path out = dir.resolve("run");
        Result r = run(out);
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> pck = Files.readAllLines(out.resolve("results/pck.csv"));
        assertEquals("row,1 mm,1.5 mm,2 mm,2.5 mm,outliers", pck.get(0));
        List<String> rows = pck.subList(1, pck.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(List.of("tibia", "femur", "tibia KL<2", "tibia KL>=2", "femur KL<2", "femur KL>=2"), rows);
        for (String line : pck.subList(1, 3)) {
            String[] f = line.split(",");
            double previous = 0;
            for (int c = 1; c <= 4; c++) {
                double v = Double.parseDouble(f[c]);
                assertTrue(v >= previous && v <= 1, "PCK is a fraction that grows with the radius: " + line);
                previous = v;
            }
            double outliers = Double.parseDouble(f[5]);
            assertTrue(outliers >= 0 && outliers <= 1, line);
        }
        assertTrue(Files.isRegularFile(out.resolve("results/pck-std.csv")));

        List<String> landmarks = Files.readAllLines(out.resolve("results/landmarks.csv"));
        StringBuilder header = new StringBuilder("subject_id,side");
        for (int i = 0; i < 16; i++) {
            header.append(",x").append(i).append(",y").append(i);
        }
        assertEquals(header.toString(), landmarks.get(0));
        assertEquals(13, landmarks.size(), "one row per knee: 6 subjects x 2");
        for (String line : landmarks.subList(1, landmarks.size())) {
            String[] f = line.split(",");
            assertEquals(34, f.length, line);
            assertTrue(f[1].equals("L") || f[1].equals("R"), line);
            for (int i = 2; i < f.length; i++) {
                assertTrue(Double.isFinite(Double.parseDouble(f[i])), line);
            }
        }
        Path artifacts = out.resolve("artifacts/kneel");
        assertTrue(Files.isRegularFile(artifacts.resolve("pck-held-out-knees.svg")) || hasSvg(artifacts), "PCK curve figure");
        try (Stream<Path> s = Files.list(artifacts.resolve("overlays"))) {
            assertEquals(4, s.filter(p -> p.toString().endsWith(".png")).count());
        }
        for (String f : List.of("fold1/roi.safetensors", "fold1/landmarks.safetensors", "fold2/landmarks.safetensors")) {
            assertTrue(Files.isRegularFile(artifacts.resolve(f)), f);
        }
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("tibia KL&gt;=2") || report.contains("tibia KL>=2"), "the report shows the table");
    }

    private static boolean hasSvg(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("pck") && p.toString().endsWith(".svg"));
        }
    }

    private static void assertUserError(Result r, String expected, Path output) {
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertFalse(Files.exists(output), "no run folder for a refused run: " + output);
    }

    /** A copy of a small phantom whose landmarks.csv went through {@code edit}. */
    private static Path phantom(String name, java.util.function.UnaryOperator<List<String>> edit) throws IOException {
        Path root = dir.resolve(name);
        KneelPhantom.write(root, 3, 2);
        Path csv = root.resolve("landmarks.csv");
        Files.write(csv, edit.apply(new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
        return root;
    }

    @Test
    void aLandmarkRowWithAWrongPointCountIsRefused() throws Exception {
        Path data = phantom("wrong-count", lines -> {
            // drop the last x,y pair of the first row's tibia list: 8 points instead of 9
            String row = lines.get(1);
            int start = row.indexOf('"') + 1;
            int end = row.indexOf('"', start);
            String tibia = row.substring(start, end);
            String shorter = tibia.substring(0, tibia.lastIndexOf(',', tibia.lastIndexOf(',') - 1));
            lines.set(1, row.substring(0, start) + shorter + row.substring(end));
            return lines;
        });
        Path out = dir.resolve("bad-count");
        assertUserError(run(out, "data=" + data), "expected 18 (9 x,y points)", out);
    }

    @Test
    void anImageWithoutSpacingIsRefused() throws Exception {
        Path data = phantom("no-spacing", lines -> {
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                out.add(l.substring(0, l.lastIndexOf(',')));
            }
            return out;
        });
        Path out = dir.resolve("bad-spacing");
        assertUserError(run(out, "data=" + data), "has no pixel spacing", out);
    }

    @Test
    void weightsOfAnotherNetworkAreRefused() throws Exception {
        // a valid safetensors file holding one tensor that no KNEEL network has
        String header = "{\"fc.weight\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + h.length + 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h).putFloat(1).putFloat(2);
        Path weights = dir.resolve("other.safetensors");
        Files.write(weights, b.array());
        Path out = dir.resolve("bad-weights");
        assertUserError(run(out, "roiWeights=" + weights), "does not fit org.osteon.zoo.kneel-roi", out);
    }
}
