package org.osteon.preprocess.internal;

import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randSaltPepper}: with probability p, each pixel (all channels) independently with
 * chance {@code amount} set to the salt or the pepper value, half each on average. The chance is fixed, or drawn
 * uniformly from {@code amountRange} each time (solt's {@code ImageSaltAndPepper} draws it from 0..gain); salt and
 * pepper are the image maximum and minimum unless {@code salt} and {@code pepper} fix them (solt: 255 and 0 of an
 * 8-bit image, so 1 and 0 for images in [0, 1]).
 */
public final class RandSaltPepper implements Transform {

    private final double[] amount;
    private final Optional<Double> salt;
    private final Optional<Double> pepper;
    private final double p;

    public RandSaltPepper() {
        this(0.01, 1);
    }

    public RandSaltPepper(double amount, double p) {
        this(new double[] {amount, amount}, Optional.empty(), Optional.empty(), p);
    }

    public RandSaltPepper(double[] amount, Optional<Double> salt, Optional<Double> pepper, double p) {
        this.amount = amount.clone();
        this.salt = salt;
        this.pepper = pepper;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        double a = s.real("amount");
        return new RandSaltPepper(s.text("amountRange").isEmpty() ? new double[] {a, a} : s.range("amountRange"), level(s, "salt"),
                level(s, "pepper"), s.real("probability"));
    }

    private static Optional<Double> level(TransformSettings s, String name) {
        return s.text(name).isEmpty() ? Optional.empty() : Optional.of(s.real(name));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        double chance = amount[0] == amount[1] ? amount[0] : amount[0] + (amount[1] - amount[0]) * random.nextDouble();
        Image2D img = sample.image();
        float[] r = img.range();
        float high = salt.map(Double::floatValue).orElse(r[1]);
        float low = pepper.map(Double::floatValue).orElse(r[0]);
        float[] out = img.data().clone();
        int c = img.channels();
        for (int i = 0; i < img.width() * img.height(); i++) {
            if (random.nextDouble() < chance) {
                float v = random.nextBoolean() ? high : low;
                java.util.Arrays.fill(out, i * c, i * c + c, v);
            }
        }
        return sample.withImage(new Image2D(img.width(), img.height(), c, out));
    }
}
