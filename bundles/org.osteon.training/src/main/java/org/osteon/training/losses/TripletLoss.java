package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Triplet margin loss on given triplets, as torch.nn.TripletMarginLoss (p = 2, eps 1e-6, mean): prediction
 * (N, 3, D) holds anchor, positive and negative embeddings; mean(max(0, ||a - p + eps|| - ||a - n + eps|| + margin)).
 * The target is not used (pass any tensor). Parameter {@code margin} (1, torch's default).
 */
public final class TripletLoss extends ConfigurableLoss {

    private static final float EPS = 1e-6f;
    private double margin = 1;

    public TripletLoss() {
        declare("margin", v -> margin = real("margin", v, 0, Double.MAX_VALUE));
    }

    public TripletLoss(double margin) {
        this();
        this.margin = check("margin", margin, 0, Double.MAX_VALUE);
    }

    @Override
    public Tensor compute(Tensor triplets, Tensor ignored) {
        if (triplets.rank() != 3 || triplets.dim(1) != 3) {
            throw new IllegalArgumentException("triplet loss needs embeddings (N, 3, D): anchor, positive, negative; got " + triplets);
        }
        long n = triplets.dim(0);
        long d = triplets.dim(2);
        Tensor a = triplets.slice(1, 0, 1).reshape(n, d);
        Tensor p = triplets.slice(1, 1, 2).reshape(n, d);
        Tensor neg = triplets.slice(1, 2, 3).reshape(n, d);
        Tensor dp = a.sub(p).add(EPS).square().sum(new int[] {1}, false).sqrt();
        Tensor dn = a.sub(neg).add(EPS).square().sum(new int[] {1}, false).sqrt();
        return dp.sub(dn).add((float) margin).clamp(0f, Float.POSITIVE_INFINITY).mean();
    }
}
