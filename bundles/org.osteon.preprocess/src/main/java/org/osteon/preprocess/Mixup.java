package org.osteon.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.osteon.core.InvalidInputException;

/**
 * Mixup (Zhang et al., "mixup: Beyond Empirical Risk Minimization", 2018) on a batch: one
 * {@code lambda ~ Beta(alpha, alpha)} and a random permutation {@code perm} of the batch; image i becomes
 * {@code lambda * x[i] + (1 - lambda) * x[perm[i]]}, and the caller mixes the targets with the same lambda and
 * permutation (loss = lambda * L(y[i]) + (1 - lambda) * L(y[perm[i]])).
 */
public final class Mixup {

    private final double alpha;

    public Mixup(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new InvalidInputException("mixup alpha " + alpha + " is not valid: expected a finite number > 0");
        }
        this.alpha = alpha;
    }

    /** The mixed images, lambda and the permutation. */
    public record Mixed(List<Image2D> images, double lambda, int[] permutation) {

        public Mixed {
            images = List.copyOf(images);
            permutation = permutation.clone();
        }

        @Override
        public int[] permutation() {
            return permutation.clone();
        }
    }

    public Mixed mix(List<Image2D> batch, SplittableRandom random) {
        if (batch.isEmpty()) {
            throw new InvalidInputException("mixup needs at least one image");
        }
        double lambda = beta(alpha, alpha, random);
        int n = batch.size();
        int[] perm = permutation(n, random);
        List<Image2D> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Image2D a = batch.get(i);
            Image2D b = batch.get(perm[i]);
            if (!a.sameGrid(b) || a.channels() != b.channels()) {
                throw new InvalidInputException("mixup needs images of one shape, got " + a + " and " + b);
            }
            float[] m = new float[a.data().length];
            for (int k = 0; k < m.length; k++) {
                m[k] = (float) (lambda * a.data()[k] + (1 - lambda) * b.data()[k]);
            }
            out.add(new Image2D(a.width(), a.height(), a.channels(), m));
        }
        return new Mixed(out, lambda, perm);
    }

    /** A Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
    public static double beta(double a, double b, SplittableRandom random) {
        double x = gamma(a, random);
        double y = gamma(b, random);
        return x / (x + y);
    }

    /**
     * A Gamma(shape, 1) draw (Marsaglia and Tsang, ACM TOMS 2000); shapes below 1 use
     * Gamma(shape + 1) * U^(1 / shape).
     */
    public static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1, random) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = random.nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * A Fisher-Yates shuffle of 0..n-1 drawn from {@code random}: the partner permutation of a batch of {@code n}, and
     * the landmark forest's random train/test order.
     */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return perm;
    }
}
