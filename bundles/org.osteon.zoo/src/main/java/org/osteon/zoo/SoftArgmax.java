package org.osteon.zoo;

import java.util.List;

import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Module;

/**
 * deep-pipeline's {@code SoftArgmax2D} (beta 1): heat maps (N, L, H, W) to coordinates (N, L, 2). Each map is
 * turned into a distribution by a softmax over its H x W values, and the output is the expectation of the
 * normalised column j / W (x) and row i / H (y) under it: (x, y) in [0, 1), x along the width, y along the
 * height, as the published code computes it (so a peak at the last column gives (W - 1) / W, not 1).
 */
public final class SoftArgmax extends Module {

    @Override
    protected Tensor compute(Tensor input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException("soft-argmax expects heat maps (N, L, H, W), got " + input);
        }
        long n = input.dim(0);
        long l = input.dim(1);
        int h = Math.toIntExact(input.dim(2));
        int w = Math.toIntExact(input.dim(3));
        Tensor p = input.reshape(n, l, (long) h * w).softmax(2).reshape(n, l, h, w);
        // torch.arange(w).float().div(w): the same float32 division
        float[] xs = new float[w];
        for (int j = 0; j < w; j++) {
            xs[j] = (float) j / w;
        }
        float[] ys = new float[h];
        for (int i = 0; i < h; i++) {
            ys[i] = (float) i / h;
        }
        Tensor gx = Tensor.fromFloatArray(input.scope(), xs, 1, 1, 1, w);
        Tensor gy = Tensor.fromFloatArray(input.scope(), ys, 1, 1, h, 1);
        Tensor x = p.mul(gx).sum(new int[] {2, 3}, false);
        Tensor y = p.mul(gy).sum(new int[] {2, 3}, false);
        return Tensor.stack(List.of(x, y), 2);
    }
}
