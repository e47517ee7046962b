package org.osteon.zoo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.dl.Autograd;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Network;
import org.osteon.testing.dl.ScopedTest;
import org.osteon.zoo.internal.KneelFactory;
import org.osteon.zoo.internal.KneelRoiFactory;

/**
 * One training-mode backward pass of KNEEL's ROI network (64-pixel inputs, batches of 2, 4, 8 and 16) and of its
 * 16-landmark network (96-pixel inputs, batches of 8 and 16, the example's default sizes): every parameter gets a
 * finite gradient. KNEEL's training went NaN
 * after its first batch when a convolution's input gradient was not (see ConvGradientTest in the dl tests).
 * <p>
 * It failed with batch 4 (layer1's first 12 parameters NaN) while every convolution passed ConvGradientTest
 * on leaf inputs: the workaround padded only when the convolution's input reported that it requires a
 * gradient, which the engine binding says of leaves only, so no layer inside the network was padded.
 */
class HourglassGradientTest extends ScopedTest {

    @ParameterizedTest
    @CsvSource({"4,64,1", "2,64,1", "16,64,1", "8,64,1", "16,96,16", "8,96,16"})
    void everyGradientIsFinite(int n, int size, int points) {
        Network net = points == 1 ? new KneelRoiFactory().create(scope, 7) : new KneelFactory().create(scope, 7);
        SplittableRandom r = new SplittableRandom(n * 100L + size);
        float[] x = new float[n * 3 * size * size];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        float[] t = new float[n * points * 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) r.nextDouble();
        }
        net.root().train();
        net.root().namedParameters().values().forEach(p -> p.requiresGrad(true));
        try (Autograd.GradientScope rec = Autograd.record()) {
            Tensor out = net.forward(Tensor.fromFloatArray(scope, x, n, 3, size, size));
            out.sub(Tensor.fromFloatArray(scope, t, n, points, 2)).abs().mean().backward();
        }
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : net.root().namedParameters().entrySet()) {
            float[] g = e.getValue().grad().map(Tensor::toFloatArray).orElse(new float[0]);
            for (float v : g) {
                if (!Float.isFinite(v)) {
                    bad.add(e.getKey());
                    break;
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " parameters with non-finite gradients, first " + bad.subList(0, Math.min(5, bad.size())));
    }
}
