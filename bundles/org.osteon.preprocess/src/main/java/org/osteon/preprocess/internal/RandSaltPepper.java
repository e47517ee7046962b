package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randSaltPepper}: with probability p, sets a fraction {@code amount} of the pixels (all channels) to the image minimum (pepper) or maximum (salt), half each on average. */
public final class RandSaltPepper implements Transform {

    private final double amount;
    private final double p;

    public RandSaltPepper() {
        this(0.01, 1);
    }

    public RandSaltPepper(double amount, double p) {
        this.amount = amount;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandSaltPepper(s.real("amount"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        Image2D img = sample.image();
        float[] r = img.range();
        float[] out = img.data().clone();
        int c = img.channels();
        for (int i = 0; i < img.width() * img.height(); i++) {
            if (random.nextDouble() < amount) {
                float v = random.nextBoolean() ? r[1] : r[0];
                java.util.Arrays.fill(out, i * c, i * c + c, v);
            }
        }
        return sample.withImage(new Image2D(img.width(), img.height(), c, out));
    }
}
