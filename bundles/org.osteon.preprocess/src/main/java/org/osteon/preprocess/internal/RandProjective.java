package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randProjective}: with probability p, a perspective warp moving each image corner inwards or outwards by up to {@code distortion} times the image size (uniform per coordinate); landmarks follow the homography. */
public final class RandProjective implements Transform {

    private final double distortion;
    private final double p;

    public RandProjective() {
        this(0.1, 1);
    }

    public RandProjective(double distortion, double p) {
        this.distortion = distortion;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandProjective(s.real("distortion"), s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        int w = sample.image().width();
        int h = sample.image().height();
        double[] src = {0, 0, w - 1, 0, w - 1, h - 1, 0, h - 1};
        double[] dst = new double[8];
        for (int i = 0; i < 8; i++) {
            dst[i] = src[i] + (2 * random.nextDouble() - 1) * distortion * (i % 2 == 0 ? w : h);
        }
        return Warp.apply(sample, Warp.fourPoint(src, dst), w, h);
    }
}
