package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Batch-hard triplet loss (Hermans et al. 2017): embeddings (N, D), labels (N, int64). For each anchor, the
 * hardest positive (largest distance to another sample of its label) and the hardest negative (smallest
 * distance to a sample of another label), Euclidean distances with a zero gradient at zero distance. Per
 * anchor max(0, d_ap - d_an + margin) (hard margin) or softplus(d_ap - d_an) (soft margin); the mean over the
 * anchors that have both a positive and a negative (0 when none has).
 * Parameters {@code margin} (0.2) and {@code softMargin} (false).
 */
public class BatchHardTripletLoss extends ConfigurableLoss {

    private double margin = 0.2;
    private boolean softMargin;

    public BatchHardTripletLoss() {
        declare("margin", v -> margin = real("margin", v, 0, Double.MAX_VALUE));
        declare("softMargin", v -> softMargin = bool("softMargin", v));
    }

    public double margin() {
        return margin;
    }

    public void setMargin(double margin) {
        this.margin = check("margin", margin, 0, Double.MAX_VALUE);
    }

    public void setSoftMargin(boolean soft) {
        this.softMargin = soft;
    }

    @Override
    public final Tensor compute(Tensor embeddings, Tensor labels) {
        HardPairs h = HardPairs.of(embeddings, labels);
        Tensor perAnchor = perAnchor(h.positive(), h.negative());
        return h.meanOverValid(perAnchor);
    }

    /** The loss of each anchor from its hardest positive and negative distances (N). */
    protected Tensor perAnchor(Tensor dap, Tensor dan) {
        Tensor gap = dap.sub(dan);
        return softMargin ? gap.softplus() : gap.add((float) margin).clamp(0f, Float.POSITIVE_INFINITY);
    }

    /** Hardest positive and negative distance per anchor, and which anchors have both. */
    record HardPairs(Tensor positive, Tensor negative, Tensor valid) {

        static HardPairs of(Tensor embeddings, Tensor labels) {
            if (embeddings.rank() != 2 || labels.rank() != 1 || labels.dim(0) != embeddings.dim(0)) {
                throw new IllegalArgumentException("batch-hard triplet loss needs embeddings (N, D) and labels (N), got " + embeddings + " and "
                        + labels);
            }
            long n = labels.dim(0);
            Tensor d = embeddings.pairwiseDistances();
            Tensor same = labels.reshape(n, 1).eq(labels.reshape(1, n));
            Tensor notSelf = eye(embeddings, n).eq(0f);
            Tensor positiveMask = same.logicalAnd(notSelf).toFloatMask();
            Tensor negativeMask = same.logicalNot().toFloatMask();
            // distances are >= 0: masking with 0 keeps the largest positive; non-negatives are pushed above every distance
            Tensor hardestPositive = d.mul(positiveMask).max(1, false);
            float far = d.detach().max().item() + 1f;
            Tensor hardestNegative = d.add(negativeMask.rsub(1f).mul(far)).min(1, false);
            Tensor valid = positiveMask.max(1, false).mul(negativeMask.max(1, false));
            return new HardPairs(hardestPositive, hardestNegative, valid);
        }

        Tensor meanOverValid(Tensor perAnchor) {
            float count = valid.sum().item();
            return perAnchor.mul(valid).sum().div(Math.max(count, 1f));
        }
    }

    private static Tensor eye(Tensor like, long n) {
        float[] v = new float[Math.toIntExact(n * n)];
        for (int i = 0; i < n; i++) {
            v[(int) (i * n + i)] = 1;
        }
        return Tensor.fromFloatArray(like.scope(), v, n, n);
    }
}
