package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.engine.OsteonEngine;

/**
 * {@code osteon model info} and {@code osteon model run}: what they report, a forward pass equal to
 * PyTorch's on the same (pattern) weights, and every bad input named in one message with exit status 2.
 */
class ModelCommandTest {

    private static final String DENSENET169 = "org.osteon.zoo.densenet169";
    private static final String RESNET50 = "org.osteon.zoo.resnet50";

    /**
     * torchvision 0.14 (torch 1.13) on the pattern weights and inputs: the first eight logits and the L2 norm
     * of all 1000 (releng/parity/model_run_check.py --constants).
     */
    private static final Map<String, double[]> TORCH_FIRST8 = Map.of(
            "densenet169 2D", new double[] {-7.1967423e-01, 3.9917085e-01, -1.1410978e+00, -4.2175335e-01, -9.9625759e-02,
                    -2.4967542e-01, -1.0116208e+00, -2.2974907e-01},
            "densenet169 3D", new double[] {-1.1572894e-01, -9.8236308e-02, -6.6781700e-01, -1.7976752e-01, -2.9408567e-02,
                    -6.9128357e-02, -4.2934902e-03, -1.4464572e-01},
            "resnet50 2D", new double[] {-6.1344135e+02, -4.0229202e+02, -6.7791534e+02, 2.0557170e+02, -4.3251294e+02,
                    -5.1923853e+02, -2.4496371e+02, -1.1690123e+02},
            "resnet50 3D", new double[] {-3.9679306e+01, -2.4873920e+01, -3.2791718e+01, -1.7382050e-01, -1.5996753e+01,
                    -2.5555183e+01, -2.2440853e+01, -4.1022839e+01});
    private static final Map<String, Double> TORCH_L2 = Map.of("densenet169 2D", 3.082696650e+01, "densenet169 3D", 7.631642024e+00,
            "resnet50 2D", 1.925459616e+04, "resnet50 3D", 8.361848139e+02);

    @TempDir
    Path dir;

    private static NetworkFactory factory(String id) {
        return OsteonEngine.ofPlatform().registries().models().get(id).create(NetworkFactory.class);
    }

    /** Writes the pattern weights of {@code id}, optionally broken by {@code edit}, and returns the file. */
    private Path patternWeights(String id, String file, java.util.function.BiConsumer<Map<String, Tensor>, TensorScope> edit) throws Exception {
        Path path = dir.resolve(file);
        try (TensorScope scope = KneeExperimentTest.engine().newScope()) {
            Map<String, Tensor> state = new HashMap<>(PatternWeights.of(factory(id).create(scope, 0), scope));
            edit.accept(state, scope);
            SafetensorsWriter.write(path, state);
        }
        return path;
    }

    private Path tensorFile(String file, String name, long... shape) throws Exception {
        Path path = dir.resolve(file);
        try (TensorScope scope = KneeExperimentTest.engine().newScope()) {
            SafetensorsWriter.write(path, Map.of(name, PatternWeights.input(scope, shape)));
        }
        return path;
    }

    private static float[] output(Path file) throws Exception {
        try (TensorScope scope = KneeExperimentTest.engine().newScope()) {
            Map<String, Tensor> t = SafetensorsReader.read(scope, file);
            assertEquals(List.of("output"), new ArrayList<>(t.keySet()));
            assertArrayEquals(new long[] {1, 1000}, t.get("output").shape());
            return t.get("output").toFloatArray();
        }
    }

    @Test
    void infoNamesParametersInputAndEveryTensor() {
        Result r = CommandsTest.osteon("model", "info", RESNET50);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("parameters: 25,557,032 (320 state-dict tensors"), r.out());
        assertTrue(r.out().contains("input: (N, 3, H, W) float32"), r.out());
        assertTrue(r.out().contains("mean [0.485, 0.456, 0.406] and std [0.229, 0.224, 0.225]"), r.out());
        assertTrue(r.out().contains("trained at 224 x 224, at least 32"), r.out());
        assertTrue(r.out().contains("(1000 values per sample)"), r.out());
        List<String> tensors = r.out().lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
        assertEquals(320, tensors.size());
        assertEquals("conv1.weight [64, 3, 7, 7]", tensors.get(0));
        assertTrue(tensors.contains("layer2.0.downsample.0.weight [512, 256, 1, 1]"), r.out());
        assertTrue(tensors.contains("layer4.2.bn3.num_batches_tracked []"), r.out());
        assertEquals("fc.bias [1000]", tensors.get(319));
    }

    @Test
    void infoTellsWhetherWeightsFit() throws Exception {
        Path good = patternWeights(DENSENET169, "good.safetensors", (s, scope) -> { });
        Result ok = CommandsTest.osteon("model", "info", DENSENET169, "--weights", good.toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().contains("parameters: 14,149,480"), ok.out());
        assertTrue(ok.out().contains("weights " + good + ": fit"), ok.out());

        Path bad = patternWeights(DENSENET169, "bad.safetensors", (s, scope) -> {
            s.remove("features.denseblock3.denselayer32.conv2.weight");
            s.remove("classifier.bias");
            s.put("features.norm5.weight", Tensor.zeros(scope, 1024));
        });
        Result r = CommandsTest.osteon("model", "info", DENSENET169, "--weights", bad.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.out().contains("weights " + bad + ": do not fit"), r.out());
        assertOneMessage(r, "missing features.denseblock3.denselayer32.conv2.weight, classifier.bias",
                "features.norm5.weight has shape [1024] but the network expects [1664]");
    }

    @Test
    void runEqualsPyTorchOnTheSameWeights() throws Exception {
        for (String model : List.of("densenet169", "resnet50")) {
            Path weights = patternWeights("org.osteon.zoo." + model, model + ".safetensors", (s, scope) -> { });
            for (boolean inflate : new boolean[] {false, true}) {
                String key = model + (inflate ? " 3D" : " 2D");
                Path input = inflate ? tensorFile(model + "-3d-in.safetensors", "input", 1, 3, 32, 48, 48)
                        : tensorFile(model + "-2d-in.safetensors", "input", 1, 3, 64, 64);
                Path out = dir.resolve(model + (inflate ? "-3d" : "-2d") + "-out.safetensors");
                List<String> args = new ArrayList<>(List.of("model", "run", "org.osteon.zoo." + model, "--weights", weights.toString(),
                        "--input", input.toString(), "--output", out.toString()));
                if (inflate) {
                    args.add("--inflate");
                }
                Result r = CommandsTest.osteon(args.toArray(String[]::new));
                assertEquals(0, r.status(), r.err());
                float[] y = output(out);
                double[] expected = TORCH_FIRST8.get(key);
                double scale = 0;
                for (double e : expected) {
                    scale = Math.max(scale, Math.abs(e));
                }
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i], y[i], 1e-4 * scale, key + " logit " + i);
                }
                double l2 = 0;
                for (float v : y) {
                    l2 += (double) v * v;
                }
                assertEquals(TORCH_L2.get(key), Math.sqrt(l2), 1e-4 * TORCH_L2.get(key), key + " L2 norm");
            }
        }
    }

    @Test
    void badInputsAreNamedWithExitStatusTwo() throws Exception {
        Path weights = patternWeights(RESNET50, "w.safetensors", (s, scope) -> { });
        Path good = tensorFile("in.safetensors", "input", 1, 3, 32, 32);
        Path out = dir.resolve("out.safetensors");
        assertOneMessage(run(RESNET50, weights, tensorFile("x.safetensors", "image", 1, 3, 32, 32), out),
                "has no tensor named 'input' (it has: image)");
        assertOneMessage(run(RESNET50, weights, tensorFile("r3.safetensors", "input", 3, 32, 32), out),
                "has shape [3, 32, 32] (rank 3); expected rank 4");
        assertOneMessage(run(RESNET50, weights, tensorFile("c1.safetensors", "input", 1, 1, 32, 32), out),
                "expected 3 channels on axis 1");
        assertOneMessage(run(RESNET50, weights, tensorFile("v.safetensors", "input", 1, 3, 32, 32, 32), out),
                "(a volume needs --inflate)");
        assertOneMessage(run(RESNET50, weights, tensorFile("s.safetensors", "input", 1, 3, 16, 64), out),
                "every spatial axis needs at least 32");
        assertOneMessage(run("org.osteon.zoo.resnet51", weights, good, out), "unknown model id 'org.osteon.zoo.resnet51'");
        assertOneMessage(run(RESNET50, dir.resolve("none.safetensors"), good, out), "none.safetensors does not exist");
        Path misfit = patternWeights(RESNET50, "misfit.safetensors", (s, scope) -> s.remove("layer3.0.conv2.weight"));
        assertOneMessage(run(RESNET50, misfit, good, out), "does not fit resnet50: missing layer3.0.conv2.weight");
        Path densenet = patternWeights(DENSENET169, "dn.safetensors", (s, scope) -> { });
        assertOneMessage(run(RESNET50, densenet, good, out), "missing conv1.weight, bn1.weight");
        assertFalse(Files.exists(out), "no output file after a bad input");
        Result missing = CommandsTest.osteon("model", "run", RESNET50, "--weights", weights.toString(), "--output", out.toString());
        assertOneMessage(missing, "'osteon model run' needs --input IN.safetensors");
    }

    private static Result run(String id, Path weights, Path input, Path output) {
        return CommandsTest.osteon("model", "run", id, "--weights", weights.toString(), "--input", input.toString(), "--output",
                output.toString());
    }

    private static void assertOneMessage(Result r, String... expected) {
        assertEquals(2, r.status(), "exit status; stderr: " + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("osteon: ")).count(), "one message: " + r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), "expected '" + e + "' in: " + r.err());
        }
        assertTrue(r.err().lines().noneMatch(l -> l.strip().startsWith("at ")), "no stack trace: " + r.err());
    }
}
