package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.io.Checksums;
import org.osteon.dl.SafetensorsReader;
import org.osteon.evaluation.ConfusionMatrix;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

/**
 * examples/mura/finger-siamese.osteon end to end through the command line with the tests' tiny CNN on a small
 * phantom: the outputs and their exact headers, metrics consistent with the predictions, a re-run with the
 * same seed giving the same metrics and the same model bytes, {@code osteon predict} agreeing with the run's
 * study scores, and the bad inputs the issue names (exit 2, one message, no run folder).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FingerMethodTest {

    private static final String[] TINY = {"model=org.osteon.methods.tests.tinycnn", "data=phantom:mura?count=40&seed=5", "imageSize=32",
            "epochs=2", "embedding=8", "batchSize=8"};

    @TempDir
    static Path dir;

    private static Path experiment;
    private static Path runA;

    @BeforeAll
    static void locate() {
        experiment = RepositoryFiles.resolve("examples", "mura", "finger-siamese.osteon");
        assertTrue(Files.isRegularFile(experiment), experiment + " not found");
    }

    private static Result run(Path output, String... extra) {
        return OsteonCommand.runExperiment(experiment, output, TINY, extra);
    }

    private static Path model(Path run) {
        return run.resolve("artifacts/classifier/model.safetensors");
    }

    /** predictions.csv rows as split -> list of {label, probability, prediction}. */
    private static Map<String, List<double[]>> predictions(Path run) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("results/predictions.csv"));
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            out.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        return out;
    }

    @Test
    @Order(1)
    void runsWithTheExactOutputsAndConsistentNumbers() throws Exception {
        runA = dir.resolve("run-a");
        Result r = run(runA);
        assertEquals(0, r.status(), r.err());
        List<String> metrics = Files.readAllLines(runA.resolve("results/metrics.csv"));
        assertEquals("row,embedding-loss,accuracy,error,kappa,kappa-ci-low,kappa-ci-high", metrics.get(0));
        assertEquals(3, metrics.size(), metrics.toString());
        assertEquals("split,study,label,probability,prediction", Files.readAllLines(runA.resolve("results/predictions.csv")).get(0));
        List<String> history = Files.readAllLines(runA.resolve("results/history.csv"));
        assertEquals(List.of("1,train", "1,valid", "2,train", "2,valid"),
                history.subList(1, history.size()).stream().map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))).toList());

        Map<String, List<double[]>> predictions = predictions(runA);
        for (int row = 1; row <= 2; row++) {
            String[] m = metrics.get(row).split(",");
            List<double[]> studies = predictions.get(m[0]);
            assertFalse(studies == null || studies.isEmpty(), "no studies of split " + m[0]);
            int[] labels = new int[studies.size()];
            int[] predicted = new int[studies.size()];
            for (int i = 0; i < studies.size(); i++) {
                double[] s = studies.get(i);
                labels[i] = (int) s[0];
                predicted[i] = (int) s[2];
                assertEquals(s[1] > 0.5 ? 1 : 0, predicted[i], "MURA: abnormal if the mean probability > 0.5");
            }
            ConfusionMatrix cm = ConfusionMatrix.of(labels, predicted, 2);
            assertEquals(cm.accuracy(), Double.parseDouble(m[2]), 1e-12, m[0] + " accuracy recomputed from predictions.csv");
            assertEquals(1 - cm.accuracy(), Double.parseDouble(m[3]), 1e-12, m[0] + " error");
            assertEquals(cm.kappa().value(), Double.parseDouble(m[4]), 1e-12, m[0] + " kappa");
            assertTrue(Double.parseDouble(m[5]) <= Double.parseDouble(m[4]) && Double.parseDouble(m[4]) <= Double.parseDouble(m[6]));
            assertTrue(Double.parseDouble(m[1]) >= 0, "embedding loss");
        }
        Map<String, String> card = SafetensorsReader.metadata(model(runA));
        assertEquals(ModelCard.FORMAT, card.get("format"));
        assertEquals("org.osteon.methods.tests.tinycnn", card.get("model"));
        assertEquals("32", card.get("imageSize"));
        assertEquals("features", card.get("gradCamLayer"));
        assertTrue(SafetensorsReader.entries(model(runA)).stream().map(SafetensorsReader.Entry::name).toList()
                .containsAll(List.of("features.conv0.weight", "embedding.fc.weight", "abnormality.weight", "abnormality.bias")));
        assertTrue(Files.readString(runA.resolve("artifacts/classifier/model.json")).contains("\"format\": \"" + ModelCard.FORMAT + "\""));
        try (Stream<Path> s = Files.list(runA.resolve("artifacts/classifier/gradcam"))) {
            assertEquals(4, s.filter(p -> p.toString().endsWith(".png")).count());
        }
        for (String figure : List.of("history-loss.svg", "confusion-valid.svg", "embeddings-valid.svg")) {
            assertTrue(Files.isRegularFile(runA.resolve("artifacts/classifier").resolve(figure)), figure);
        }
        assertTrue(Files.readString(runA.resolve("report.html")).contains("RANDOM weights"), "the report says random weights were used");
    }

    @Test
    @Order(2)
    void sameSeedGivesTheSameMetricsAndModelBytes() throws Exception {
        Path runB = dir.resolve("run-b");
        assertEquals(0, run(runB).status());
        assertEquals(Files.readString(runA.resolve("results/metrics.csv")), Files.readString(runB.resolve("results/metrics.csv")));
        assertEquals(Files.readString(runA.resolve("results/predictions.csv")), Files.readString(runB.resolve("results/predictions.csv")));
        assertEquals(Checksums.sha256(model(runA)), Checksums.sha256(model(runB)));
    }

    @Test
    @Order(3)
    void predictAgreesWithTheRunsStudyScores() throws Exception {
        List<String> lines = Files.readAllLines(runA.resolve("results/predictions.csv"));
        String[] first = lines.get(lines.size() - 1).split(",");
        Path study = phantomRoot(runA).resolve(first[1]);
        Path out = dir.resolve("predicted");
        Result r = OsteonCommand.run("predict", runA.toString(), study.toString(), "--heatmap", "--output", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("predictions.csv"), StandardCharsets.UTF_8);
        assertEquals("image,probability,prediction", rows.get(0));
        double mean = rows.subList(1, rows.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[1])).average().orElseThrow();
        assertEquals(Double.parseDouble(first[3]), mean, 1e-4, "predict's views averaged = the run's study probability");
        try (Stream<Path> s = Files.list(out.resolve("heatmaps"))) {
            assertEquals(rows.size() - 1, s.count(), "one overlay per image");
        }

        Path zip;
        try (Stream<Path> s = Files.list(runA)) {
            zip = s.filter(p -> p.toString().endsWith(".osteon.zip")).findFirst().orElseThrow();
        }
        Path fromZip = dir.resolve("predicted-zip");
        assertEquals(0, OsteonCommand.run("predict", zip.toString(), study.toString(), "--output", fromZip.toString()).status());
        assertEquals(probabilities(rows), probabilities(Files.readAllLines(fromZip.resolve("predictions.csv"))));

        Result again = OsteonCommand.run("predict", runA.toString(), study.toString(), "--output", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    private static List<Double> probabilities(List<String> rows) {
        return rows.subList(1, rows.size()).stream().map(l -> Double.parseDouble(l.split(",")[1])).toList();
    }

    /** The folder holding MURA-v1.1/ that the run read (its log names it). */
    private static Path phantomRoot(Path run) throws IOException {
        for (String line : Files.readAllLines(run.resolve("run.log"))) {
            int at = line.indexOf("(org.osteon.io.mura) at ");
            if (at >= 0) {
                return Path.of(line.substring(at + "(org.osteon.io.mura) at ".length()).strip());
            }
        }
        throw new AssertionError("run.log does not name the data set folder");
    }

    private static void assertUserError(Result r, String expected, Path output) {
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertFalse(Files.exists(output), "no run folder for a refused run: " + output);
    }

    @Test
    void unknownLossIdListsTheInstalledOnes() {
        Path out = dir.resolve("bad-loss");
        Result r = run(out, "loss=org.osteon.training.nope");
        assertUserError(r, "unknown loss id 'org.osteon.training.nope'", out);
        assertTrue(r.err().contains("org.osteon.training.batch-hard"), r.err());
    }

    @Test
    void learningRateMustBePositive() {
        Path out = dir.resolve("bad-lr");
        assertUserError(run(out, "lr=0"), "must be a learning rate > 0, got 0.0", out);
    }

    @Test
    void batchTooSmallForPxK() {
        Path out = dir.resolve("bad-batch");
        assertUserError(run(out, "batchSize=4"), "batch size 4 is too small for P x K = 2 x 4 = 8", out);
    }

    @Test
    void muraFolderWithoutItsCsvs() throws IOException {
        Path data = dir.resolve("empty-mura");
        Files.createDirectories(data.resolve("MURA-v1.1/train"));
        Path out = dir.resolve("bad-nocsv");
        assertUserError(run(out, "data=" + data), "org.osteon.io.mura", out);

        Path half = dir.resolve("half-mura");
        Files.createDirectories(half.resolve("MURA-v1.1"));
        Files.writeString(half.resolve("MURA-v1.1/train_image_paths.csv"), "MURA-v1.1/train/XR_FINGER/patient00001/study1_positive/image1.png\n");
        Path out2 = dir.resolve("bad-halfcsv");
        assertUserError(run(out2, "data=" + half), "train_labeled_studies.csv", out2);
    }

    @Test
    void labelDisagreeingWithItsFolder() throws IOException {
        Path data = dir.resolve("mislabelled");
        assertEquals(0, OsteonCommand.run("phantom", "mura", data.toString(), "--count", "12", "--seed", "3").status());
        Path labels = data.resolve("MURA-v1.1/train_labeled_studies.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(labels));
        int i = 0;
        while (!lines.get(i).endsWith("_positive/,1")) {
            i++;
        }
        lines.set(i, lines.get(i).replace("_positive/,1", "_positive/,0"));
        Files.write(labels, lines);
        Path out = dir.resolve("bad-label");
        assertUserError(run(out, "data=" + data), "but its folder says", out);
    }

    @Test
    void predictRefusesBadInput() throws IOException {
        Path out = dir.resolve("pred-bad");
        Path image = dir.resolve("broken.png");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Result missing = OsteonCommand.run("predict", dir.resolve("no-such-run").toString(), image.toString(), "--output", out.toString());
        assertUserError(missing, "does not exist", out);
        Path emptyRun = dir.resolve("not-a-run");
        Files.createDirectories(emptyRun.resolve("artifacts/step"));
        assertUserError(OsteonCommand.run("predict", emptyRun.toString(), image.toString(), "--output", out.toString()),
                "holds no trained finger-abnormality model", out);
    }

    @Test
    @Order(4)
    void predictRefusesAnImageThatDoesNotDecode() throws IOException {
        Path image = dir.resolve("garbage.png");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path out = dir.resolve("pred-garbage");
        assertUserError(OsteonCommand.run("predict", runA.toString(), image.toString(), "--output", out.toString()), "garbage.png", out);
        assertFalse(Files.exists(dir.resolve(".pred-garbage.partial")), "no partial output left");
    }
}
