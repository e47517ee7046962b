package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Wing loss (Feng et al. 2018), the landmark loss KNEEL offers: per element, with x = |prediction - target|,
 * w * ln(1 + x / epsilon) where x &lt; w, else x - C with C = w - w * ln(1 + w / epsilon) (the two pieces meet
 * at x = w); the mean over all elements. Parameters {@code w} (10) and {@code epsilon} (2).
 */
public final class WingLoss extends ConfigurableLoss {

    private double w = 10;
    private double epsilon = 2;

    public WingLoss() {
        declare("w", v -> w = real("w", v, Double.MIN_NORMAL, Double.MAX_VALUE));
        declare("epsilon", v -> epsilon = real("epsilon", v, Double.MIN_NORMAL, Double.MAX_VALUE));
    }

    public WingLoss(double w, double epsilon) {
        this();
        this.w = check("w", w, Double.MIN_NORMAL, Double.MAX_VALUE);
        this.epsilon = check("epsilon", epsilon, Double.MIN_NORMAL, Double.MAX_VALUE);
    }

    @Override
    public Tensor compute(Tensor prediction, Tensor target) {
        sameShape("wing", prediction, target);
        double c = w - w * Math.log(1 + w / epsilon);
        Tensor x = prediction.sub(target).abs();
        Tensor inner = x.div((float) epsilon).add(1f).log().mul((float) w);
        Tensor outer = x.sub((float) c);
        return Tensor.where(x.lt((float) w), inner, outer).mean();
    }
}
