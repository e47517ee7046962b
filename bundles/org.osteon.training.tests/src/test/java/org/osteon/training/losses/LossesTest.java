package org.osteon.training.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.osteon.testing.dl.ScopedTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osteon.testing.dl.TestEngines;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.Autograd;
import org.osteon.dl.Autograd.GradientScope;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.training.Loss;

/** Each loss on small arrays whose values and gradients are worked out by hand in the comments. */
class LossesTest extends ScopedTest {


    private Tensor t(float[] v, long... shape) {
        return Tensor.fromFloatArray(scope, v, shape);
    }

    private Tensor labels(long... v) {
        return Tensor.fromLongArray(scope, v, v.length);
    }

    /** The loss value, and the gradient with respect to {@code prediction}. */
    private float[] lossAndGradient(Loss loss, Tensor prediction, Tensor target, float[] value) {
        prediction.requiresGrad(true);
        try (GradientScope g = Autograd.record()) {
            Tensor l = loss.compute(prediction, target);
            value[0] = l.item();
            l.backward();
        }
        return prediction.grad().orElseThrow().toFloatArray();
    }

    private static final float LN2 = (float) Math.log(2);

    @Test
    void binaryCrossEntropyWithClassWeights() {
        // MURA: 30 abnormal, 70 normal -> w0 = 30 / 100, w1 = 70 / 100
        assertArrayEquals(new double[] {0.3, 0.7}, BceWithLogitsLoss.classWeights(30, 70), 1e-12);
        float[] v = new float[1];
        // logits (0, ln 3), targets (1, 0), w0 0.25, w1 0.75: 0.75 softplus(0) = 0.75 ln 2; 0.25 softplus(ln 3) = 0.25 ln 4;
        // mean = 0.625 ln 2. Gradients / 2: -w1 sigmoid(-0) = -0.375 -> -0.1875; w0 sigmoid(ln 3) = 0.1875 -> 0.09375
        float[] g = lossAndGradient(new BceWithLogitsLoss(0.25, 0.75), t(new float[] {0, (float) Math.log(3)}, 2), t(new float[] {1, 0}, 2), v);
        assertEquals(0.625f * LN2, v[0], 1e-6f);
        assertArrayEquals(new float[] {-0.1875f, 0.09375f}, g, 1e-6f);
    }

    @Test
    void crossEntropy() {
        float[] v = new float[1];
        // rows (0, ln 3) -> softmax (1/4, 3/4), class 1: -ln 0.75; (0, 0) -> (1/2, 1/2), class 0: -ln 0.5; mean of the two.
        // gradient (softmax - one-hot) / 2
        float[] g = lossAndGradient(new CrossEntropyLoss(), t(new float[] {0, (float) Math.log(3), 0, 0}, 2, 2), labels(1, 0), v);
        assertEquals((float) (-(Math.log(0.75) + Math.log(0.5)) / 2), v[0], 1e-6f);
        assertArrayEquals(new float[] {0.125f, -0.125f, -0.25f, 0.25f}, g, 1e-6f);
    }

    @Test
    void mseL1AndElastic() {
        float[] v = new float[1];
        // p - t = (1, 0, -2): MSE (1 + 0 + 4) / 3, gradient 2 (p - t) / 3
        float[] g = lossAndGradient(new MseLoss(), t(new float[] {1, 2, 3}, 3), t(new float[] {0, 2, 5}, 3), v);
        assertEquals(5f / 3, v[0], 1e-6f);
        assertArrayEquals(new float[] {2f / 3, 0, -4f / 3}, g, 1e-6f);
        // L1 (1 + 0 + 2) / 3, gradient sign / 3 (0 at 0, as torch)
        g = lossAndGradient(new L1Loss(), t(new float[] {1, 2, 3}, 3), t(new float[] {0, 2, 5}, 3), v);
        assertEquals(1f, v[0], 1e-6f);
        assertArrayEquals(new float[] {1f / 3, 0, -1f / 3}, g, 1e-6f);
        // elastic: 1 + 5/3
        g = lossAndGradient(new ElasticLoss(), t(new float[] {1, 2, 3}, 3), t(new float[] {0, 2, 5}, 3), v);
        assertEquals(8f / 3, v[0], 1e-6f);
        assertArrayEquals(new float[] {1f / 3 + 2f / 3, 0, -1f / 3 - 4f / 3}, g, 1e-6f);
    }

    @Test
    void wing() {
        float[] v = new float[1];
        // w 10, epsilon 2; |d| = 1: 10 ln 1.5; |d| = 12: 12 - C, C = 10 - 10 ln 6; mean of the two.
        // gradients / 2: w / (epsilon + |d|) * sign = 10 / 3 -> 5 / 3 (d = -1, so -5/3); 1 -> 0.5
        float[] g = lossAndGradient(new WingLoss(10, 2), t(new float[] {0, 12}, 2), t(new float[] {1, 0}, 2), v);
        assertEquals((float) ((10 * Math.log(1.5) + 12 - (10 - 10 * Math.log(6))) / 2), v[0], 1e-5f);
        assertArrayEquals(new float[] {-5f / 3, 0.5f}, g, 1e-6f);
    }

    @Test
    void tripletOnGivenTriplets() {
        // triplet 1: a (0, 0), p (3, 4), n (0, 1): 5 - 1 + 1 = 5; triplet 2: a (0, 0), p (0, 1), n (3, 4): 1 - 5 + 1 < 0 -> 0; mean 2.5
        // (torch adds eps 1e-6 to the differences: a change below 1e-5)
        Tensor triplets = t(new float[] {0, 0, 3, 4, 0, 1, 0, 0, 0, 1, 3, 4}, 2, 3, 2);
        assertEquals(2.5f, new TripletLoss(1).compute(triplets, triplets).item(), 1e-5f);
    }

    /** Points on a line: A0 = 0, A1 = 1 (label 0), B0 = 3, B1 = 7 (label 1), and C = 20 alone (label 2, no positive). */
    private Tensor line() {
        return t(new float[] {0, 0, 1, 0, 3, 0, 7, 0, 20, 0}, 5, 2);
    }

    @Test
    void batchHardTriplet() {
        // hardest positive / negative: A0 1 / 3, A1 1 / 2, B0 4 / 2, B1 4 / 6; C has no positive and is left out.
        // margin 0.5: only B0 counts, 4 - 2 + 0.5 = 2.5, mean over 4 anchors 0.625.
        BatchHardTripletLoss loss = new BatchHardTripletLoss();
        loss.configure(Map.of("margin", "0.5"));
        float[] v = new float[1];
        float[] g = lossAndGradient(loss, line(), labels(0, 0, 1, 1, 2), v);
        assertEquals(0.625f, v[0], 1e-6f);
        // d(B0, B1) / 4 pulls B0 by -1/4 and B1 by +1/4; -d(B0, A1) / 4 pushes B0 by -1/4 and A1 by +1/4
        assertArrayEquals(new float[] {0, 0, 0.25f, 0, -0.5f, 0, 0.25f, 0, 0, 0}, g, 1e-6f);
        // soft margin: mean of softplus(-2), softplus(-1), softplus(2), softplus(-2)
        loss.configure(Map.of("softMargin", "true"));
        double expected = (3 * Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1)) + Math.log1p(Math.exp(2)) - Math.log1p(Math.exp(-2))) / 4;
        assertEquals((float) expected, loss.compute(line(), labels(0, 0, 1, 1, 2)).item(), 1e-6f);
    }

    @Test
    void tripletFocalOnBatchHardDistances() {
        // sigma 2, margin 0.5: A0 e^0.5 - e^1.5 + 0.5 < 0; A1 e^0.5 - e^1 + 0.5 < 0; B0 e^2 - e^1 + 0.5; B1 e^2 - e^3 + 0.5 < 0; mean over 4
        TripletFocalLoss loss = new TripletFocalLoss();
        loss.configure(Map.of("sigma", "2", "margin", "0.5"));
        assertEquals((float) ((Math.exp(2) - Math.exp(1) + 0.5) / 4), loss.compute(line(), labels(0, 0, 1, 1, 2)).item(), 1e-5f);
    }

    @Test
    void badParametersAreRefusedByName() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> new WingLoss().configure(Map.of("width", "3")));
        assertEquals("WingLoss has no parameter 'width': expected one of w, epsilon", unknown.getMessage());
        InvalidInputException negative = assertThrows(InvalidInputException.class, () -> new TripletLoss().configure(Map.of("margin", "-1")));
        assertEquals("loss parameter margin must be in [0.0, 1.7976931348623157E308], got -1.0", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MseLoss().compute(t(new float[] {1, 2}, 2), t(new float[] {1}, 1)));
    }

    @Test
    void everyContributedLossIsCreatedAndKnowsItsDeclaredParameters() throws CoreException {
        IConfigurationElement[] elements = RegistryFactory.getRegistry().getConfigurationElementsFor("org.osteon.training.losses");
        List<String> ids = new ArrayList<>();
        for (IConfigurationElement e : elements) {
            if (!e.getContributor().getName().equals("org.osteon.training")) {
                continue;
            }
            ids.add(e.getAttribute("id"));
            Object loss = e.createExecutableExtension("class");
            ConfigurableLoss c = assertInstanceOf(ConfigurableLoss.class, loss);
            for (IConfigurationElement p : e.getChildren("parameter")) {
                // the declared default is accepted by the loss itself
                c.configure(Map.of(p.getAttribute("name"), p.getAttribute("default")));
            }
            assertEquals(e.getChildren("parameter").length, c.parameterNames().size() - (c instanceof TripletFocalLoss ? 1 : 0), e.getAttribute("id"));
        }
        assertEquals(List.of("org.osteon.training.bce", "org.osteon.training.cross-entropy", "org.osteon.training.mse", "org.osteon.training.l1",
                "org.osteon.training.triplet", "org.osteon.training.batch-hard", "org.osteon.training.triplet-focal", "org.osteon.training.wing",
                "org.osteon.training.elastic"), ids);
    }
}
