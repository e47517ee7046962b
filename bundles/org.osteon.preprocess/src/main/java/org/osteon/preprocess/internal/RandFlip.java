package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randFlip}: with probability p, mirrors left-right (horizontal), top-bottom (vertical) or, for {@code both}, each axis with probability p independently. */
public final class RandFlip implements Transform {

    private final String axis;
    private final double p;

    public RandFlip() {
        this("horizontal", 0.5);
    }

    public RandFlip(String axis, double p) {
        this.axis = axis;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandFlip(s.text("axis"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        boolean h = !axis.equals("vertical") && random.nextDouble() < p;
        boolean v = !axis.equals("horizontal") && random.nextDouble() < p;
        int w = sample.image().width();
        int ht = sample.image().height();
        return flip(sample, h, v, w, ht);
    }

    /** Mirrors exactly (x -> w - 1 - x), so two flips give back the input bit for bit. */
    static ImageSample flip(ImageSample sample, boolean h, boolean v, int w, int ht) {
        if (!h && !v) {
            return sample;
        }
        double[] m = {h ? -1 : 1, 0, h ? w - 1 : 0, 0, v ? -1 : 1, v ? ht - 1 : 0, 0, 0, 1};
        return Warp.apply(sample, m, w, ht);
    }
}
