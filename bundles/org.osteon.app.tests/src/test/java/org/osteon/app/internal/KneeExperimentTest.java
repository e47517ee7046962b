package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.core.result.MatrixResult;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.engine.OsteonEngine;
import org.osteon.reporting.MatrixCsvReader;
import org.osteon.testing.RepositoryFiles;

/**
 * The knee-CT similarity experiment of examples/ end to end through the command line, on a small phantom,
 * and the bad inputs the issue names: each exits with 2 and one message, and leaves no run folder.
 */
class KneeExperimentTest {

    private static final String SMALL = "volume=phantom:knee-ct?size=96x96x64";

    @TempDir
    static Path dir;

    private static Path experiment;

    @BeforeAll
    static void locate() {
        experiment = RepositoryFiles.resolve("examples", "knee-ct", "similarity.osteon");
        assertTrue(Files.isRegularFile(experiment), experiment + " not found");
    }

    private static Result run(Path output, String... sets) {
        return OsteonCommand.runExperiment(experiment, output, sets);
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runsEndToEndAndRerunsToTheSameNumbers() throws Exception {
        Path out = dir.resolve("run-a");
        Result r = run(out, SMALL);
        assertEquals(0, r.status(), r.err());
        MatrixResult m = MatrixCsvReader.read(out.resolve("results/similarity.csv"));
        assertEquals(List.of("tibia <-> femur", "tibia <-> background", "femur <-> background"), m.rowLabels());
        assertEquals(List.of("last", "third-last", "fifth-last"), m.columnLabels());
        for (double[] row : m.values()) {
            for (double v : row) {
                assertTrue(v >= -1 - 1e-9 && v <= 1 + 1e-9 && !Double.isNaN(v), "cosine out of range: " + v);
            }
        }
        List<String> features = Files.readAllLines(out.resolve("results/features.csv"));
        assertEquals(1 + 9, features.size(), "header + 3 regions x 3 layers");
        assertEquals(3 + 32, features.get(1).split(",").length, "region, layer, module + 32 channels (growth rate)");
        assertTrue(features.get(1).startsWith("tibia,last,features.denseblock4.denselayer16.conv2,"), features.get(1));
        assertTrue(features.get(2).startsWith("tibia,third-last,features.denseblock4.denselayer15.conv2,"), features.get(2));
        assertTrue(features.get(3).startsWith("tibia,fifth-last,features.denseblock4.denselayer14.conv2,"), features.get(3));
        assertTrue(Files.readString(out.resolve("report.html")).contains("RANDOM weights"));
        assertTrue(r.err().contains("WARNING: The network used deterministic RANDOM weights"), r.err());
        assertTrue(entries(out).containsAll(List.of("artifacts", "experiment.osteon", "report.html", "results",
                "run.log", "run.xmi")), entries(out).toString());
        assertTrue(entries(out).stream().anyMatch(n -> n.matches("knee-ct-similarity-.*\\.osteon\\.zip")));
        assertTrue(Files.isRegularFile(out.resolve("artifacts/segment/segmentation/labels.nii.gz")));
        // the report's figure of the segmentation on the mid slices (org.osteon.reporting.labelSlices)
        assertTrue(Files.isRegularFile(out.resolve("artifacts/slices/mid-slices.png")));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<section id=\"figures\">") && report.contains("data:image/png;base64,")
                && report.contains("1 (femur) red, 2 (tibia) green"), "mid-slice figure in the report");

        Path again = dir.resolve("run-b");
        assertEquals(0, run(again, SMALL).status());
        assertEquals(Files.readString(out.resolve("results/similarity.csv")),
                Files.readString(again.resolve("results/similarity.csv")), "same seed, same numbers");
    }

    @Test
    void resNet50InflatedHooksTheLastThirdLastAndFifthLastConvolutionsOfItsFeaturePart() throws Exception {
        Path out = dir.resolve("run-resnet");
        Result r = run(out, SMALL, "model=org.osteon.zoo.resnet50");
        assertEquals(0, r.status(), r.err());
        List<String> features = Files.readAllLines(out.resolve("results/features.csv"));
        assertEquals(1 + 9, features.size(), "header + 3 regions x 3 layers");
        // module order of the feature part (everything before avgpool): layer4.1 conv1..conv3, layer4.2 conv1..conv3
        List<String> expected = List.of("last,layer4.2.conv3", "third-last,layer4.2.conv1", "fifth-last,layer4.1.conv2");
        List<Integer> widths = List.of(2048, 512, 512);
        for (int region = 0; region < 3; region++) {
            for (int layer = 0; layer < 3; layer++) {
                String[] row = features.get(1 + region * 3 + layer).split(",");
                assertEquals(expected.get(layer), row[1] + "," + row[2], features.get(1 + region * 3 + layer).substring(0, 40));
                assertEquals(3 + widths.get(layer), row.length, "region, layer, module + channels");
            }
        }
        MatrixResult m = MatrixCsvReader.read(out.resolve("results/similarity.csv"));
        assertEquals(List.of("last", "third-last", "fifth-last"), m.columnLabels());
        for (double[] row : m.values()) {
            for (double v : row) {
                assertTrue(v >= -1 - 1e-9 && v <= 1 + 1e-9 && !Double.isNaN(v), "cosine out of range: " + v);
            }
        }
        assertTrue(r.err().contains("torchvision resnet50 state_dict"), r.err());
    }

    @Test
    void missingVolumeFile() throws IOException {
        assertUserError(run(dir.resolve("bad1"), "volume=" + dir.resolve("nope.nii.gz")), "nope.nii.gz does not exist",
                "bad1");
    }

    @Test
    void truncatedVolume() throws IOException {
        Path ph = dir.resolve("trunc");
        assertEquals(0, CommandsTest.osteon("phantom", "knee-ct", ph.toString(), "--size", "48x48x32").status());
        Path vol = ph.resolve("knee-ct.nii.gz");
        byte[] bytes = Files.readAllBytes(vol);
        Files.write(vol, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Result r = run(dir.resolve("bad2"), "volume=" + vol);
        assertUserError(r, "knee-ct.nii.gz", "bad2");
    }

    @Test
    void labelMapOfAnotherSize() throws IOException {
        Path a = dir.resolve("small");
        Path b = dir.resolve("large");
        assertEquals(0, CommandsTest.osteon("phantom", "knee-ct", a.toString(), "--size", "40x40x30").status());
        assertEquals(0, CommandsTest.osteon("phantom", "knee-ct", b.toString(), "--size", "48x48x32").status());
        Result r = run(dir.resolve("bad3"), "volume=" + b.resolve("knee-ct.nii.gz"),
                "labels=" + a.resolve("knee-ct-labels.nii.gz"));
        assertUserError(r, "40 x 40 x 30", "bad3");
        assertTrue(r.err().contains("48 x 48 x 32"), r.err());
    }

    @Test
    void unknownStepId() throws IOException {
        Path x = dir.resolve("unknown-step.osteon");
        Files.writeString(x, Files.readString(experiment).replace("org.osteon.evaluation.similarity",
                "org.osteon.evaluation.similarityy"));
        Result r = CommandsTest.osteon("run", x.toString(), "--output", dir.resolve("bad4").toString());
        assertUserError(r, "unknown step kind 'org.osteon.evaluation.similarityy'", "bad4");
    }

    @Test
    void weightsWithMissingAndMisshapenTensors() throws Exception {
        Path weights = dir.resolve("broken.safetensors");
        DeepLearningEngine engine = engine();
        NetworkFactory factory = OsteonEngine.ofPlatform().registries().models().get("org.osteon.zoo.densenet121")
                .create(NetworkFactory.class);
        try (TensorScope scope = engine.newScope()) {
            Network net = factory.createFeatureExtractor(scope, 1);
            Map<String, Tensor> state = new HashMap<>(net.stateDict());
            state.remove("features.conv0.weight");
            state.put("features.norm0.weight", Tensor.zeros(scope, 32));
            SafetensorsWriter.write(weights, state);
        }
        Result r = run(dir.resolve("bad5"), SMALL, "weights=" + weights);
        assertUserError(r, "features.conv0.weight", "bad5");
        assertTrue(r.err().contains("features.norm0.weight"), r.err());
        assertTrue(r.err().contains("[32]") && r.err().contains("[64]"), r.err());
    }

    static DeepLearningEngine engine() throws Exception {
        Bundle dl = FrameworkUtil.getBundle(DeepLearningEngine.class);
        dl.start(Bundle.START_TRANSIENT);
        var ctx = dl.getBundleContext();
        return ctx.getService(ctx.getServiceReference(DeepLearningEngine.class));
    }

    private static void assertUserError(Result r, String expected, String output) throws IOException {
        assertEquals(2, r.status(), "exit status; stderr: " + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("osteon: ")).count(), "one message: " + r.err());
        assertTrue(r.err().contains(expected), "expected '" + expected + "' in: " + r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.strip().startsWith("at ")), "no stack trace: " + r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(output)
                    || p.getFileName().toString().startsWith("." + output)), "no run folder left for " + output);
        }
    }
}
