package org.osteon.preprocess.internal;

import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randGaussianNoise}: with probability p, adds independent Gaussian noise of standard
 * deviation {@code std} (in image units) to every value. With {@code gain} it is solt's
 * {@code ImageAdditiveGaussianNoise} instead: a gain g drawn uniformly from the range, a noise image of independent
 * standard normal values stretched by its own minimum and maximum to [0, 1] (solt: to 0..255 on 8-bit images, so
 * this is for images in [0, 1]), and the image replaced by (1 - g) image + g noise.
 */
public final class RandGaussianNoise implements Transform {

    private final double std;
    private final Optional<double[]> gain;
    private final double p;

    public RandGaussianNoise() {
        this(0.05, 1);
    }

    public RandGaussianNoise(double std, double p) {
        this(std, Optional.empty(), p);
    }

    public RandGaussianNoise(double std, Optional<double[]> gain, double p) {
        this.std = std;
        this.gain = gain.map(double[]::clone);
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandGaussianNoise(s.real("std"), s.text("gain").isEmpty() ? Optional.empty() : Optional.of(s.range("gain")),
                s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        Image2D img = sample.image();
        float[] out = img.data().clone();
        if (gain.isPresent()) {
            return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), blend(out, gain.get(), random)));
        }
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (std * random.nextGaussian());
        }
        return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), out));
    }

    private static float[] blend(float[] v, double[] range, SplittableRandom random) {
        double g = range[0] + (range[1] - range[0]) * random.nextDouble();
        double[] noise = new double[v.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            noise[i] = random.nextGaussian();
            lo = Math.min(lo, noise[i]);
            hi = Math.max(hi, noise[i]);
        }
        double span = hi - lo;
        for (int i = 0; i < v.length; i++) {
            double n = span > 0 ? (noise[i] - lo) / span : 0;
            v[i] = (float) ((1 - g) * v[i] + g * n);
        }
        return v;
    }
}
