package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randGaussianBlur}: with probability p, a separable Gaussian blur with sigma drawn
 * uniformly from the range (or fixed), reflect-101 borders as OpenCV. The kernel has radius ceil(3 sigma), or, when
 * {@code sizes} lists kernel sides, a side drawn uniformly from them: OpenCV's {@code GaussianBlur(ksize, sigma)}
 * with sigma > 0, whose taps exp(-i^2 / (2 sigma^2)) are normalised over the side (solt's {@code ImageBlur} 'g').
 */
public final class RandGaussianBlur implements Transform {

    private final double[] sigma;
    private final int[] sizes;
    private final double p;

    public RandGaussianBlur() {
        this(new double[] {0.5, 1.5}, 1);
    }

    public RandGaussianBlur(double[] sigma, double p) {
        this(sigma, new int[0], p);
    }

    public RandGaussianBlur(double[] sigma, int[] sizes, double p) {
        this.sigma = sigma.clone();
        this.sizes = sizes.clone();
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        double[] sg = s.rangeOrNumber("sigma");
        if (!(sg[0] >= 0.01) || sg[1] < sg[0]) {
            throw s.bad("sigma", "expected a range lo..hi or one number, each at least 0.01, got '" + s.text("sigma") + "'");
        }
        return new RandGaussianBlur(sg, s.oddSizes("sizes"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        double sg = sigma[0] + (sigma[1] - sigma[0]) * random.nextDouble();
        if (sizes.length == 0) {
            return sample.withImage(Filters.gaussian(sample.image(), sg));
        }
        int side = sizes[random.nextInt(sizes.length)];
        return sample.withImage(Filters.gaussian(sample.image(), sg, side / 2));
    }
}
