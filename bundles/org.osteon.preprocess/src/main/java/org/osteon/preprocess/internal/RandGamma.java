package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randGamma}: with probability p, a gamma g drawn uniformly from the range and every
 * value v mapped to v^g. {@code domain} {@code image} (the default) rescales the values to [0, 1] over the image's
 * range and back; {@code unit} takes them as they are, clamped to [0, 1]. {@code inverse} raises to 1 / g instead:
 * solt's {@code ImageGammaCorrection} is the table (i / 255)^(1 / g) on 8-bit images, that is {@code domain=unit},
 * {@code inverse=true} on images in [0, 1].
 */
public final class RandGamma implements Transform {

    private final double[] gamma;
    private final boolean inverse;
    private final boolean unit;
    private final double p;

    public RandGamma() {
        this(new double[] {0.7, 1.5}, 1);
    }

    public RandGamma(double[] gamma, double p) {
        this(gamma, false, false, p);
    }

    public RandGamma(double[] gamma, boolean inverse, boolean unit, double p) {
        this.gamma = gamma.clone();
        this.inverse = inverse;
        this.unit = unit;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandGamma(s.range("gamma"), s.bool("inverse"), s.text("domain").equals("unit"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        double g = gamma[0] + (gamma[1] - gamma[0]) * random.nextDouble();
        double e = inverse ? 1 / g : g;
        Image2D img = sample.image();
        float[] r = unit ? new float[] {0, 1} : img.range();
        double span = r[1] - r[0];
        float[] out = img.data().clone();
        if (span > 0) {
            for (int i = 0; i < out.length; i++) {
                double v = unit ? Math.min(1, Math.max(0, out[i])) : out[i];
                out[i] = (float) (r[0] + span * Math.pow((v - r[0]) / span, e));
            }
        }
        return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), out));
    }
}
