package org.osteon.methods.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.osteon.dl.Autograd;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.phantom.SegmentationPhantom;
import org.osteon.preprocess.Image2D;
import org.osteon.testing.dl.TestEngines;
import org.osteon.training.losses.BceWithLogitsLoss;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;
import org.osteon.zoo.UNet;

/** The method's network and loss learn: BCE of the 1-channel, 1-class U-Net falls over a few Adam steps on four phantom images. */
class UNetTrainingTest {

    private static final int SIZE = 32;

    @Test
    void bceFallsOverAFewStepsOnATinySet() {
        int n = 4;
        float[] x = new float[n * SIZE * SIZE];
        float[] y = new float[n * SIZE * SIZE];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            SegmentationPhantom.Radiograph r = SegmentationPhantom.radiograph(random.split());
            int s = SegmentationPhantom.SIZE;
            float[] image = r.image().clone();
            float max = 0;
            for (float v : image) {
                max = Math.max(max, v);
            }
            for (int k = 0; k < image.length; k++) {
                image[k] /= max;
            }
            float[] mask = new float[image.length];
            for (int k = 0; k < mask.length; k++) {
                mask[k] = r.mask()[k] ? 1 : 0;
            }
            System.arraycopy(Image2D.grey(s, s, image).resize(SIZE, SIZE).data(), 0, x, i * SIZE * SIZE, SIZE * SIZE);
            System.arraycopy(UNetSegmentationStep.mask(mask, s, s, SIZE), 0, y, i * SIZE * SIZE, SIZE * SIZE);
        }
        List<Double> losses = new ArrayList<>();
        try (TensorScope scope = TestEngines.engine().newScope()) {
            UNet net = new UNet(scope, 1, 1, false);
            Initialization.torchvision(net, 9);
            net.markTrainable();
            net.train();
            Optimizer adam = Adam.adam().setParameters(net.namedParameters(), scope).setLearningRate(1e-3).build();
            BceWithLogitsLoss bce = new BceWithLogitsLoss();
            try (Autograd.GradientScope g = Autograd.record()) {
                for (int step = 0; step < 8; step++) {
                    try (TensorScope batch = scope.newChild()) {
                        Tensor logits = net.forward(Tensor.fromFloatArray(batch, x, n, 1, SIZE, SIZE));
                        Tensor loss = bce.compute(logits, Tensor.fromFloatArray(batch, y, n, 1, SIZE, SIZE));
                        losses.add((double) loss.item());
                        adam.zeroGrad();
                        loss.backward();
                        adam.step();
                    }
                }
            }
            adam.close();
        }
        double first = losses.get(0);
        double last = losses.get(losses.size() - 1);
        assertTrue(last < 0.8 * first, "BCE fell from " + first + " to " + last + ": " + losses);
        assertTrue(losses.stream().allMatch(v -> Double.isFinite(v) && v > 0), losses.toString());
    }
}
