package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osteon.dl.Autograd;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.ActivationCapture;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;
import org.osteon.evaluation.GradCam;
import org.osteon.testing.dl.TestEngines;

/**
 * Grad-CAM through dl's activation-and-gradient capture and {@link GradCam}, against PyTorch on a tiny
 * network with formula-given weights (releng/parity/gradcam_reference.py, torch 1.13).
 */
class GradCamTest {

    private static final float SCORE = 6.592950225e-01f;
    private static final float[] EXPECTED = {4.46327358e-01f, 5.11891127e-01f, 3.35748434e-01f, 9.36707929e-02f, 0.00000000e+00f,
            0.00000000e+00f, 6.86196387e-02f, 7.15895668e-02f, 6.68309391e-01f, 1.00000000e+00f, 8.52420986e-01f, 5.23353279e-01f,
            0.00000000e+00f, 0.00000000e+00f, 0.00000000e+00f, 0.00000000e+00f, 6.39396384e-02f, 2.70685047e-01f, 7.33416080e-01f,
            8.43097329e-01f, 2.78459787e-01f, 0.00000000e+00f, 0.00000000e+00f, 0.00000000e+00f, 2.23706409e-01f, 3.37996513e-01f,
            5.22719324e-01f, 4.52644825e-01f, 2.31891915e-01f, 1.69666484e-01f};

    @Test
    void equalsPyTorchOnAFixedNetwork() {
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Conv conv = Conv.builder().setChannels(2, 3).setKernel(3, 3).optPadding(1, 1).build(scope);
            float[] w = new float[3 * 2 * 3 * 3];
            for (int i = 0; i < w.length; i++) {
                w[i] = (float) (Math.cos(0.37 * i) * 0.5); // index o*18 + i*9 + ky*3 + kx, as the script
            }
            conv.localParameters().get("weight").assign(w);
            conv.localParameters().get("bias").assign(new float[] {-0.1f, 0f, 0.1f});
            Sequential features = new Sequential().add("conv", conv).add("relu", new ReLU());
            float[] x = new float[2 * 5 * 6];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) Math.sin(0.7 * i + 0.3);
            }
            Tensor fcW = Tensor.fromFloatArray(scope, new float[] {1.0f, -0.8f, 0.6f}, 1, 3);
            Tensor fcB = Tensor.fromFloatArray(scope, new float[] {0.05f}, 1);
            try (ActivationCapture capture = ActivationCapture.attach(features, scope); Autograd.GradientScope g = Autograd.record()) {
                Tensor a = features.forward(Tensor.fromFloatArray(scope, x, 1, 2, 5, 6));
                Tensor score = a.mean(new int[] {2, 3}, false).linear(fcW, fcB);
                assertEquals(SCORE, score.item(), 1e-6f);
                score.sum().backward();
                float[] cam = GradCam.compute(capture.activation().orElseThrow().toFloatArray(),
                        capture.gradient().orElseThrow().toFloatArray(), 3, 5, 6);
                assertArrayEquals(EXPECTED, cam, 1e-5f);
            }
        }
    }

    @Test
    void allNegativeEvidenceGivesAZeroMap() {
        float[] activation = {1, 2, 3, 4};
        float[] gradient = {-1, -1, -1, -1};
        assertArrayEquals(new float[4], GradCam.compute(activation, gradient, 1, 2, 2));
    }
}
