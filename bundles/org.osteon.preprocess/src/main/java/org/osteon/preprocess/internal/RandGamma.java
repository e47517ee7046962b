package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randGamma}: with probability p, values rescaled to [0, 1] over the image range, raised to a gamma drawn uniformly from the range, and scaled back. */
public final class RandGamma implements Transform {

    private final double[] gamma;
    private final double p;

    public RandGamma() {
        this(new double[] {0.7, 1.5}, 1);
    }

    public RandGamma(double[] gamma, double p) {
        this.gamma = gamma.clone();
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandGamma(s.range("gamma"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        double g = gamma[0] + (gamma[1] - gamma[0]) * random.nextDouble();
        Image2D img = sample.image();
        float[] r = img.range();
        double span = r[1] - r[0];
        float[] out = img.data().clone();
        if (span > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (r[0] + span * Math.pow((out[i] - r[0]) / span, g));
            }
        }
        return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), out));
    }
}
