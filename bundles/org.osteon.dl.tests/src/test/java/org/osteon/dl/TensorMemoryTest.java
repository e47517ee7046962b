package org.osteon.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osteon.dl.Autograd.GradientScope;
import org.osteon.testing.dl.ScopedTest;

/**
 * Tensors made from Java data keep their values for as long as libtorch refers to them: after the Java tensor is
 * closed, collected, and its memory handed out again. The engine binding backs such tensors with a direct buffer
 * that only the Java object keeps alive; a view, or an operand autograd saved for the backward pass, then read freed
 * memory, and the KNEEL hourglass (bilinear upsampling as two matrix products with a matrix made in Java) got NaN
 * gradients at random. Each test reuses the freed memory with other values before it reads.
 */
class TensorMemoryTest extends ScopedTest {

    private static final int N = 64 * 64;

    /** Frees what is unreachable and hands the same sizes out again, filled with 7. */
    private void reuseFreedMemory() throws InterruptedException {
        for (int round = 0; round < 8; round++) {
            System.gc();
            Thread.sleep(20);
            try (TensorScope churn = scope.newChild()) {
                for (int i = 0; i < 64; i++) {
                    // the sizes freed here: the 4096 values above, the (31, 3) and (17, 4) interpolation matrices
                    for (int size : new int[] {N, 3 * 31, 4 * 17, 1024, 1}) {
                        float[] sevens = new float[size];
                        Arrays.fill(sevens, 7f);
                        Tensor.fromFloatArray(churn, sevens, size);
                    }
                }
            }
        }
    }

    @Test
    void aViewKeepsItsValuesAfterTheTensorItViewsIsClosed() throws InterruptedException {
        float[] ones = new float[N];
        Arrays.fill(ones, 1f);
        Tensor a = Tensor.fromFloatArray(scope, ones, N);
        Tensor view = a.reshape(64, 64).transpose(0, 1);
        a.close();
        a = null;
        reuseFreedMemory();
        assertEquals(N, view.sum().item(), 0f);
    }

    @Test
    void gradientOfAlignedBilinearUpsamplingIsTheSameAfterItsMatricesAreFreed() throws InterruptedException {
        float[] v = new float[2 * 3 * 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.sin(i + 1);
        }
        float[] reference = null;
        for (boolean reuse : new boolean[] {false, true}) {
            try (TensorScope s = scope.newChild(); GradientScope g = Autograd.record()) {
                Tensor x = Tensor.fromFloatArray(s, v, 1, 2, 3, 4).requiresGrad(true);
                Tensor y = x.interpolate(new long[] {31, 17}, "bilinear", true);
                Tensor w = Tensor.fromFloatArray(s, weights(31 * 17 * 2), y.shape());
                Tensor loss = y.mul(w).sum();
                if (reuse) {
                    reuseFreedMemory();
                }
                loss.backward();
                float[] grad = x.grad().orElseThrow().toFloatArray();
                if (reference == null) {
                    reference = grad;
                } else {
                    assertArrayEquals(reference, grad, 0f);
                }
            }
        }
        // each input pixel's gradient is the weighted sum of what it contributes: all weights are 1 here for the
        // first channel, so the first channel's gradients add up to the output's size
        float total = 0;
        for (int i = 0; i < 12; i++) {
            total += reference[i];
        }
        assertEquals(31 * 17, total, 1e-3f);
    }

    @Test
    void gradientsOfOperationsWithAScalarUseTheScalarAfterItIsFreed() throws InterruptedException {
        float[] v = {0.5f, 1f, 2f, 3f};
        // d/dx of x * 3, x / 4, x^3, (x + 5) * 1, (7 - x) * 1, x - 2: 3, 1/4, 3 x^2, 1, -1, 1
        String[] ops = {"mul", "div", "pow", "add", "rsub", "sub"};
        for (String op : ops) {
            try (TensorScope s = scope.newChild(); GradientScope g = Autograd.record()) {
                Tensor x = Tensor.fromFloatArray(s, v, 4).requiresGrad(true);
                Tensor y = switch (op) {
                    case "mul" -> x.mul(3f);
                    case "div" -> x.div(4f);
                    case "pow" -> x.pow(3f);
                    case "add" -> x.add(5f);
                    case "rsub" -> x.rsub(7f);
                    default -> x.sub(2f);
                };
                Tensor loss = y.sum();
                reuseFreedMemory();
                loss.backward();
                float[] grad = x.grad().orElseThrow().toFloatArray();
                for (int i = 0; i < v.length; i++) {
                    float expected = switch (op) {
                        case "mul" -> 3f;
                        case "div" -> 0.25f;
                        case "pow" -> 3 * v[i] * v[i];
                        case "rsub" -> -1f;
                        default -> 1f;
                    };
                    assertEquals(expected, grad[i], 1e-6f, op + " at " + i);
                }
            }
        }
    }

    private static float[] weights(long n) {
        float[] w = new float[Math.toIntExact(n)];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < w.length / 2 ? 1f : 2f;
        }
        return w;
    }
}
