package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randAffine}: with probability p, an affine map about the image centre with rotation, scale, shear and translation drawn uniformly from their ranges; image bilinear, mask nearest, landmarks mapped by the same matrix. {@code org.osteon.preprocess.randRotate} and {@code randScale} are this transform with only rotation or scale. */
public final class RandAffine implements Transform {

    private final double[] degrees;
    private final double[] scale;
    private final double[] shear;
    private final double translate;
    private final double p;

    public RandAffine() {
        this(new double[] {-10, 10}, new double[] {0.9, 1.1}, new double[] {0, 0}, 0, 1);
    }

    public RandAffine(double[] degrees, double[] scale, double[] shear, double translate, double p) {
        this.degrees = degrees.clone();
        this.scale = scale.clone();
        this.shear = shear.clone();
        this.translate = translate;
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandAffine(range(s, "degrees"), range(s, "scale"), range(s, "shear"),
                s.values().containsKey("translate") ? s.real("translate") : 0, s.real("probability"));
    }

    /** A range lo..hi, or a single number for a fixed value. */
    static double[] range(TransformSettings s, String name) {
        if (!s.values().containsKey(name)) {
            return name.equals("scale") ? new double[] {1, 1} : new double[] {0, 0};
        }
        String v = s.text(name);
        if (!v.contains("..")) {
            double x = s.real(name);
            return new double[] {x, x};
        }
        return s.range(name);
    }

    private static double draw(SplittableRandom r, double[] range) {
        return range[0] == range[1] ? range[0] : range[0] + (range[1] - range[0]) * r.nextDouble();
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        int w = sample.image().width();
        int h = sample.image().height();
        double angle = draw(random, degrees);
        double k = draw(random, scale);
        double sh = draw(random, shear);
        double tx = translate == 0 ? 0 : (2 * random.nextDouble() - 1) * translate * w;
        double ty = translate == 0 ? 0 : (2 * random.nextDouble() - 1) * translate * h;
        return Warp.apply(sample, Warp.affineAboutCentre(w, h, angle, k, k, sh, tx, ty), w, h);
    }
}
