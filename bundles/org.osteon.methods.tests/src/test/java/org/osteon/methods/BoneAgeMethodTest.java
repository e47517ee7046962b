package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.phantom.BoneAgePhantom;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.testing.dl.TestEngines;

/**
 * examples/bone-age/regression.osteon through the command line on a small phantom: bone-age.csv with exactly the
 * rows train, valid and the columns mae-months, rmse-months, r, agreeing with predictions.csv; the published SGD
 * settings' decaying learning rate in the history; the two figures;
 * mode=features keeps the CNN bit-identical; a bone age that is not a number stops the run with one message and
 * no run folder.
 */
class BoneAgeMethodTest {

    private static final String[] TINY = {"data=phantom:boneage?count=40&seed=3", "imageSize=32", "epochs=1"};

    @TempDir
    static Path dir;

    private static Path experiment;

    @BeforeAll
    static void locate() {
        experiment = RepositoryFiles.resolve("examples", "bone-age", "regression.osteon");
        assertTrue(Files.isRegularFile(experiment), experiment + " not found");
    }

    private static Result run(Path output, String... extra) {
        return OsteonCommand.runExperiment(experiment, output, TINY, extra);
    }

    @Test
    void bonetRunWritesTheExactTableAgreeingWithItsPredictions() throws IOException {
        Path run = dir.resolve("bonet");
        Result r = run(run, "mode=bonet", "epochs=2");
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> table = Files.readAllLines(run.resolve("results/bone-age.csv"));
        assertEquals("row,mae-months,rmse-months,r", table.get(0));
        assertEquals(List.of("train", "valid"), table.subList(1, table.size()).stream().map(l -> l.split(",")[0]).toList());
        List<String> predictions = Files.readAllLines(run.resolve("results/predictions.csv"));
        assertEquals("split,image,male,true-months,predicted-months", predictions.get(0));
        for (String row : table.subList(1, 3)) {
            String[] m = row.split(",");
            List<double[]> rows = new ArrayList<>();
            for (String l : predictions.subList(1, predictions.size())) {
                String[] f = l.split(",");
                if (f[0].equals(m[0])) {
                    rows.add(new double[] {Double.parseDouble(f[3]), Double.parseDouble(f[4])});
                }
            }
            assertFalse(rows.isEmpty(), "no predictions of " + m[0]);
            double mae = rows.stream().mapToDouble(x -> Math.abs(x[1] - x[0])).average().orElseThrow();
            double rmse = Math.sqrt(rows.stream().mapToDouble(x -> (x[1] - x[0]) * (x[1] - x[0])).average().orElseThrow());
            assertEquals(mae, Double.parseDouble(m[1]), 1e-9, m[0] + " MAE");
            assertEquals(rmse, Double.parseDouble(m[2]), 1e-9, m[0] + " RMSE");
            double corr = Double.parseDouble(m[3]);
            assertTrue(corr >= -1 && corr <= 1, "r in [-1, 1]: " + corr);
        }
        // SGD, batch 4, lr 0.002 decaying per update as Keras's decay 0.0002 does: lr / (1 + decay x updates so far); the
        // history's rate is the one of an epoch's first update: U updates of batch 4 (the last short batch dropped) later
        long updates = predictions.stream().filter(l -> l.startsWith("train,")).count() / 4;
        List<String> history = Files.readAllLines(run.resolve("results/history.csv"));
        int lr = List.of(history.get(0).split(",")).indexOf("lr");
        assertTrue(history.get(1).startsWith("1,train,") && history.get(3).startsWith("2,train,"), history.toString());
        assertEquals(0.002, Double.parseDouble(history.get(1).split(",")[lr]), 1e-15, history.get(1));
        assertEquals(0.002 / (1 + 0.0002 * updates), Double.parseDouble(history.get(3).split(",")[lr]), 1e-15, history.get(3));
        for (String figure : List.of("bone-age-predicted.svg", "bone-age-error.svg")) {
            assertTrue(Files.readString(run.resolve("artifacts/boneage").resolve(figure)).contains("<svg"), figure);
        }
        Path model = run.resolve("artifacts/boneage/model.safetensors");
        assertEquals("bonet", SafetensorsReader.metadata(model).get("mode"));
        assertArrayEquals(new long[] {64, 65}, SafetensorsReader.entries(model).stream().filter(e -> e.name().equals("regression.hidden1.weight"))
                .findFirst().orElseThrow().shape(), "the regression network takes the 64 pooled features and the sex");
    }

    @Test
    void featuresModeKeepsTheCnnFixed() throws IOException {
        Path weights = dir.resolve("cnn.safetensors");
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Network net = new TinyResNetFactory().createFeatureExtractor(scope, 5);
            SafetensorsWriter.write(weights, net.root().stateDict());
        }
        Path run = dir.resolve("features");
        Result r = run(run, "mode=features", "model=org.osteon.methods.tests.tinyresnet", "weights=" + weights, "hidden=16,8");
        assertEquals(0, r.status(), r.out() + r.err());
        Map<String, float[]> before = floats(weights);
        Map<String, float[]> after = floats(run.resolve("artifacts/boneage/model.safetensors"));
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), after.get(e.getKey()), "frozen CNN tensor " + e.getKey() + " changed");
        }
        assertTrue(after.containsKey("regression.hidden2.weight") && after.containsKey("regression.fc.weight"), after.keySet().toString());
    }

    private static Map<String, float[]> floats(Path file) {
        Map<String, float[]> out = new LinkedHashMap<>();
        try (TensorScope scope = TestEngines.engine().newScope()) {
            SafetensorsReader.read(scope, file).forEach((k, t) -> {
                if (t.isFloat32()) {
                    out.put(k, t.toFloatArray());
                }
            });
        }
        return out;
    }

    @Test
    void boneAgeThatIsNotANumberIsRefused() throws IOException {
        Path data = dir.resolve("bad-age");
        BoneAgePhantom.write(data, 12, 4);
        Path csv = data.resolve("boneage-training-dataset.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        String[] f = lines.get(2).split(",");
        lines.set(2, f[0] + ",ten," + f[2]);
        Files.write(csv, lines);
        Path run = dir.resolve("bad-age-run");
        Result r = run(run, "data=" + data, "mode=bonet");
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("line 3, column 2 (boneage): 'ten'; expected the bone age in months"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("osteon:")).count(), "one message: " + r.err());
        assertFalse(Files.exists(run), "no run folder for a refused run");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".bad-age-run")), "no partial folder left");
        }
    }
}
