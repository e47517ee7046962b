package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.phantom.MuraPhantom;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.testing.dl.TestEngines;
import org.osteon.zoo.Heads;

/**
 * examples/body-part/resnet50-transfer.osteon through the command line with a one-block-per-stage ResNet (torchvision
 * names) on small data: a frozen backbone comes out bit-identical while the head has changed; freeze=layer3 keeps
 * conv1, bn1 and layer1..layer3 with their batch-norm statistics but trains layer4; the folder-per-class layout
 * runs end to end with the exact metrics rows and columns; an empty class folder is refused with one message.
 */
class BodyPartMethodTest {

    private static final String MODEL = "org.osteon.methods.tests.tinyresnet";
    private static final String[] TINY = {"bodypart.model=" + MODEL, "bodypart.imageSize=32", "bodypart.batchSize=8", "epochs=1",
            "data=phantom:mura?count=30&seed=5"};

    @TempDir
    static Path dir;

    private static Path experiment;
    private static Path weights;

    @BeforeAll
    static void prepare() throws IOException {
        experiment = RepositoryFiles.resolve("examples", "body-part", "resnet50-transfer.osteon");
        assertTrue(Files.isRegularFile(experiment), experiment + " not found");
        // "pretrained" backbone weights: a tiny ResNet from another seed, torchvision names, without its classifier
        weights = dir.resolve("backbone.safetensors");
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Network net = new TinyResNetFactory().create(scope, 99);
            Map<String, Tensor> backbone = new LinkedHashMap<>();
            net.root().stateDict().forEach((k, v) -> {
                if (!k.startsWith("fc.")) {
                    backbone.put(k, v);
                }
            });
            SafetensorsWriter.write(weights, backbone);
        }
    }

    private static Result run(Path output, String... extra) {
        return OsteonCommand.runExperiment(experiment, output, TINY, extra);
    }

    private static Path model(Path run) {
        return run.resolve("artifacts/bodypart/model.safetensors");
    }

    /** Every tensor of the file as doubles (float32 and int64 alike), by name. */
    private static Map<String, double[]> values(Path file) {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (TensorScope scope = TestEngines.engine().newScope()) {
            SafetensorsReader.read(scope, file).forEach((k, t) -> out.put(k, t.isFloat32() ? widen(t.toFloatArray())
                    : Arrays.stream(t.toLongArray()).asDoubleStream().toArray()));
        }
        return out;
    }

    private static double[] widen(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static void assertMetricsFile(Path run) throws IOException {
        List<String> metrics = Files.readAllLines(run.resolve("results/metrics.csv"));
        assertEquals("row,accuracy,error,kappa", metrics.get(0));
        assertEquals(List.of("train", "valid"), metrics.subList(1, metrics.size()).stream().map(l -> l.split(",")[0]).toList());
        // accuracy and error agree with the per-image predictions
        List<String> predictions = Files.readAllLines(run.resolve("results/predictions.csv"));
        assertEquals("split,image,label,prediction", predictions.get(0));
        for (String row : metrics.subList(1, 3)) {
            String[] m = row.split(",");
            List<String[]> rows = predictions.subList(1, predictions.size()).stream().map(l -> l.split(",")).filter(f -> f[0].equals(m[0]))
                    .toList();
            assertFalse(rows.isEmpty(), "no predictions of " + m[0]);
            double accuracy = rows.stream().filter(f -> f[2].equals(f[3])).count() / (double) rows.size();
            assertEquals(accuracy, Double.parseDouble(m[1]), 1e-12, m[0] + " accuracy");
            assertEquals(1 - accuracy, Double.parseDouble(m[2]), 1e-12, m[0] + " error");
        }
        assertTrue(Files.isRegularFile(run.resolve("results/confusion.csv")));
    }

    @Test
    void frozenBackboneStaysBitIdenticalWhileTheHeadLearns() throws IOException {
        Path run = dir.resolve("frozen");
        Result r = run(run, "weights=" + weights, "freeze=backbone");
        assertEquals(0, r.status(), r.out() + r.err());
        assertMetricsFile(run);
        List<String> confusion = Files.readAllLines(run.resolve("results/confusion.csv"));
        assertEquals("row,XR_FINGER,XR_HAND", confusion.get(0));

        Map<String, double[]> before = values(weights);
        Map<String, double[]> after = values(model(run));
        for (Map.Entry<String, double[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), after.get(e.getKey()), "frozen backbone tensor " + e.getKey() + " changed");
        }
        assertTrue(before.keySet().stream().anyMatch(k -> k.endsWith("running_mean")), "batch-norm statistics are compared too");
        assertArrayEquals(new long[] {2, 2048}, SafetensorsReader.entries(model(run)).stream().filter(x -> x.name().equals("fc.weight"))
                .findFirst().orElseThrow().shape(), "the head is saved as torchvision's fc, one row per class");
        Map<String, String> card = SafetensorsReader.metadata(model(run));
        assertEquals("XR_FINGER,XR_HAND", card.get("classes"));
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Network initial = new TinyResNetFactory().create(scope, Long.parseLong(card.get("initSeed")), Heads.classifier(2));
            double[] head0 = widen(initial.root().stateDict().get("classifier.fc.weight").toFloatArray());
            assertFalse(Arrays.equals(head0, after.get("fc.weight")), "the head was trained");
        }
    }

    @Test
    void freezeLayer3KeepsTheFirstStagesAndTheirStatisticsButTrainsLayer4() throws IOException {
        Path run = dir.resolve("layer3");
        Result r = run(run, "weights=" + weights, "freeze=layer3");
        assertEquals(0, r.status(), r.out() + r.err());
        Map<String, double[]> before = values(weights);
        Map<String, double[]> after = values(model(run));
        List<String> changedInLayer4 = new ArrayList<>();
        for (Map.Entry<String, double[]> e : before.entrySet()) {
            String k = e.getKey();
            boolean same = Arrays.equals(e.getValue(), after.get(k));
            if (k.startsWith("layer4.")) {
                if (!same) {
                    changedInLayer4.add(k);
                }
            } else {
                assertTrue(same, "tensor " + k + " (up to layer3) changed");
            }
        }
        assertTrue(changedInLayer4.contains("layer4.0.conv1.weight"), "layer4 trained: " + changedInLayer4);
        assertTrue(changedInLayer4.contains("layer4.0.bn1.running_mean"), "layer4's batch norm updated its statistics: " + changedInLayer4);
    }

    @Test
    void folderPerClassLayoutRunsEndToEnd() throws IOException {
        Path data = classFolders("folders", false);
        Path run = dir.resolve("folders-run");
        Result r = run(run, "data=" + data);
        assertEquals(0, r.status(), r.out() + r.err());
        assertMetricsFile(run);
        assertEquals("row,finger,hand", Files.readAllLines(run.resolve("results/confusion.csv")).get(0));
    }

    @Test
    void classFolderWithoutImagesIsRefused() throws IOException {
        Path data = classFolders("empty-class", true);
        Path run = dir.resolve("empty-class-run");
        Result r = run(run, "data=" + data);
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("class folder " + data.resolve("valid").resolve("elbow") + " has no images"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("osteon:")).count(), "one message: " + r.err());
        assertFalse(Files.exists(run), "no run folder for a refused run");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".empty-class-run")), "no partial folder left");
        }
    }

    /** ROOT/{train,valid}/{finger,hand}/*.png from MURA phantom images by study type; optionally an empty valid/elbow. */
    private static Path classFolders(String name, boolean emptyClass) throws IOException {
        Dataset mura = MuraPhantom.write(dir.resolve(name + "-mura"), 30, 5);
        Path root = dir.resolve(name);
        int n = 0;
        for (Sample s : mura.samples()) {
            String c = s.attribute("studyType").orElseThrow().equals("XR_FINGER") ? "finger" : "hand";
            Path to = root.resolve(s.split()).resolve(c).resolve("image" + n++ + ".png");
            Files.createDirectories(to.getParent());
            Files.copy(s.image(), to);
        }
        if (emptyClass) {
            Files.createDirectories(root.resolve("valid/elbow"));
        }
        return root;
    }
}
