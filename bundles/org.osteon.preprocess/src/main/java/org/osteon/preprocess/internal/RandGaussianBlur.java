package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randGaussianBlur}: with probability p, a separable Gaussian blur with sigma drawn uniformly from the range (kernel radius ceil(3 sigma), reflect-101 borders as OpenCV). */
public final class RandGaussianBlur implements Transform {

    private final double[] sigma;
    private final double p;

    public RandGaussianBlur() {
        this(new double[] {0.5, 1.5}, 1);
    }

    public RandGaussianBlur(double[] sigma, double p) {
        this.sigma = sigma.clone();
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandGaussianBlur(s.range("sigma"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        double sg = sigma[0] + (sigma[1] - sigma[0]) * random.nextDouble();
        return sample.withImage(Filters.gaussian(sample.image(), sg));
    }
}
