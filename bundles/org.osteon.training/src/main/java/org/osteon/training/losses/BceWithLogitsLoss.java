package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Binary cross-entropy on logits with class weights, as MURA trains it:
 * mean(-(w1 * y * log sigmoid(x) + w0 * (1 - y) * log(1 - sigmoid(x)))), computed stably as
 * w1 * y * softplus(-x) + w0 * (1 - y) * softplus(x). Prediction and target (0 or 1) have one shape.
 * Parameters {@code w0} (weight of the negative/normal class) and {@code w1} (positive/abnormal), both 1 by default;
 * {@link #classWeights(long, long)} gives MURA's.
 */
public final class BceWithLogitsLoss extends ConfigurableLoss {

    private double w0 = 1;
    private double w1 = 1;

    public BceWithLogitsLoss() {
        declare("w0", v -> w0 = real("w0", v, 0, Double.MAX_VALUE));
        declare("w1", v -> w1 = real("w1", v, 0, Double.MAX_VALUE));
    }

    /** With these class weights. */
    public BceWithLogitsLoss(double w0, double w1) {
        this();
        this.w0 = check("w0", w0, 0, Double.MAX_VALUE);
        this.w1 = check("w1", w1, 0, Double.MAX_VALUE);
    }

    /**
     * MURA's weights from the training counts: w1 = |N| / (|A| + |N|) for abnormal (1), w0 = |A| / (|A| + |N|)
     * for normal (0), so the rarer class weighs more. Returns {w0, w1}.
     */
    public static double[] classWeights(long abnormal, long normal) {
        if (abnormal < 0 || normal < 0 || abnormal + normal == 0) {
            throw new IllegalArgumentException("class weights need non-negative counts, not both zero: " + abnormal + ", " + normal);
        }
        double total = abnormal + normal;
        return new double[] {abnormal / total, normal / total};
    }

    public double w0() {
        return w0;
    }

    public double w1() {
        return w1;
    }

    @Override
    public Tensor compute(Tensor logits, Tensor target) {
        sameShape("binary cross-entropy", logits, target);
        Tensor positive = target.mul((float) w1).mul(logits.neg().softplus());
        Tensor negative = target.rsub(1f).mul((float) w0).mul(logits.softplus());
        return positive.add(negative).mean();
    }
}
