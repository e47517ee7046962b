package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.LayerVector;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.Weights;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.Network;
import org.osteon.testing.dl.TestEngines;
import org.osteon.testing.FloatArrays;

/**
 * Compares the Java DenseNet121 (2D, and inflated to 3D) with torchvision's on the same weights and inputs.
 * The reference folder is written by releng/parity/densenet121_reference.py; the test runs only when the
 * system property {@code osteon.parity.dir} names it ({@code -Dosteon.parity.dir=...} on the Maven command line).
 */
@Tag("parity")
class DenseNet121ParityTest {

    /** Float32 results of two engines (PyTorch 1.13 and the bundled 2.7) agree to about 1e-5 relative. */
    private static final double TOLERANCE = 1e-4;

    private static final List<String> SELECTORS = List.of("last", "third-last", "fifth-last", "features.transition1.conv");
    private static final List<String> KEYS = List.of("last", "third-last", "fifth-last", "transition1");

    @Test
    void matchesTorchvision() throws Exception {
        String dir = System.getProperty("osteon.parity.dir", "");
        assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir)), "set -Dosteon.parity.dir to the reference folder to run");
        Path folder = Path.of(dir);
        Map<String, double[]> differences = new LinkedHashMap<>();
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Map<String, Tensor> ref = SafetensorsReader.read(scope, folder.resolve("reference.safetensors"));
            Network net = new DenseNet121Factory().create(scope, 0);
            Weights.load(net, folder.resolve("densenet121.safetensors"), scope);
            net.eval();

            Tensor x2 = ref.get("input2d");
            List<LayerVector> v2 = LayerFeatures.capture(net, x2, SELECTORS);
            for (int i = 0; i < KEYS.size(); i++) {
                compare("gap2d." + KEYS.get(i), v2.get(i).vector(), ref, differences);
            }
            compare("logits2d", net.forward(x2).toFloatArray(), ref, differences);
            Network features = new DenseNet121Factory().createFeatureExtractor(scope, 0);
            Weights.load(features, folder.resolve("densenet121.safetensors"), scope);
            compare("embedding2d", features.eval().forward(x2).toFloatArray(), ref, differences);

            Network net3d = Inflation.inflate(features, scope).eval();
            Tensor x3 = ref.get("input3d");
            List<LayerVector> v3 = LayerFeatures.capture(net3d, x3, SELECTORS);
            for (int i = 0; i < KEYS.size(); i++) {
                compare("gap3d." + KEYS.get(i), v3.get(i).vector(), ref, differences);
            }
            compare("embedding3d", net3d.forward(x3).toFloatArray(), ref, differences);
        }
        StringBuilder report = new StringBuilder("DenseNet121 parity with torchvision: max abs difference, and relative to max abs reference");
        differences.forEach((k, v) -> report.append(String.format("%n  %-22s %.3e  %.3e", k, v[0], v[1])));
        System.out.println(report);
        differences.forEach((k, v) -> assertTrue(v[1] < TOLERANCE, k + ": relative difference " + v[1]));
    }

    private static void compare(String key, float[] actual, Map<String, Tensor> ref, Map<String, double[]> differences) {
        Tensor expectedTensor = ref.get(key);
        assertTrue(expectedTensor != null, "reference has no " + key);
        float[] expected = expectedTensor.toFloatArray();
        assertEquals(expected.length, actual.length, key);
        double maxAbs = FloatArrays.maxAbsDifference(actual, expected);
        double scale = 1e-12;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        differences.put(key, new double[] {maxAbs, maxAbs / scale});
    }
}
