package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randGaussianNoise}: with probability p, adds independent Gaussian noise of standard deviation {@code std} (in image units) to every value. */
public final class RandGaussianNoise implements Transform {

    private final double std;
    private final double p;

    public RandGaussianNoise() {
        this(0.05, 1);
    }

    public RandGaussianNoise(double std, double p) {
        this.std = std;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandGaussianNoise(s.real("std"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        Image2D img = sample.image();
        float[] out = img.data().clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (std * random.nextGaussian());
        }
        return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), out));
    }
}
