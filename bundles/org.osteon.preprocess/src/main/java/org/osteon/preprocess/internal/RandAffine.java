package org.osteon.preprocess.internal;

import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.MatrixTransform;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randAffine}: with probability p, an affine map about the image centre with rotation,
 * scale, shear and translation drawn uniformly from their ranges; image bilinear, mask nearest, landmarks mapped by
 * the same matrix. {@code org.osteon.preprocess.randRotate} and {@code randScale} are this transform with only
 * rotation or scale. {@code canvas} {@code fit} grows the output to the warped image as solt does
 * ({@link MatrixTransform.Canvas#FIT}); {@code same} (the default) keeps the input's grid.
 */
public final class RandAffine implements MatrixTransform {

    private final double[] degrees;
    private final double[] scale;
    private final double[] shear;
    private final double translate;
    private final double p;
    private final Canvas canvas;

    public RandAffine() {
        this(new double[] {-10, 10}, new double[] {0.9, 1.1}, new double[] {0, 0}, 0, 1);
    }

    public RandAffine(double[] degrees, double[] scale, double[] shear, double translate, double p) {
        this(degrees, scale, shear, translate, p, Canvas.SAME);
    }

    public RandAffine(double[] degrees, double[] scale, double[] shear, double translate, double p, Canvas canvas) {
        this.degrees = degrees.clone();
        this.scale = scale.clone();
        this.shear = shear.clone();
        this.translate = translate;
        this.p = p;
        this.canvas = canvas;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandAffine(range(s, "degrees"), range(s, "scale"), range(s, "shear"),
                s.values().containsKey("translate") ? s.real("translate") : 0, s.real("probability"), canvas(s));
    }

    /** The {@code canvas} parameter ({@code same} when the transform does not declare it). */
    static Canvas canvas(TransformSettings s) {
        return s.values().containsKey("canvas") && s.text("canvas").equals("fit") ? Canvas.FIT : Canvas.SAME;
    }

    @Override
    public Canvas canvas() {
        return canvas;
    }

    /** A range lo..hi, or a single number for a fixed value. */
    static double[] range(TransformSettings s, String name) {
        if (!s.values().containsKey(name)) {
            return name.equals("scale") ? new double[] {1, 1} : new double[] {0, 0};
        }
        return s.rangeOrNumber(name);
    }

    private static double draw(SplittableRandom r, double[] range) {
        return range[0] == range[1] ? range[0] : range[0] + (range[1] - range[0]) * r.nextDouble();
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        int w = sample.image().width();
        int h = sample.image().height();
        if (canvas == Canvas.FIT) {
            return draw(w, h, random).map(m -> Warp.applyCentred(sample, m, canvas)).orElse(sample);
        }
        return drawParameters(w, h, random).map(a -> Warp.apply(sample, Warp.affineAboutCentre(w, h, a[0], a[1], a[1], a[2], a[3], a[4]), w, h))
                .orElse(sample);
    }

    /** The same draws as {@link #apply}, as a matrix about the centre: translation after rotation, shear and scale. */
    @Override
    public Optional<double[]> draw(int w, int h, SplittableRandom random) {
        return drawParameters(w, h, random).map(a -> Warp.affineAboutCentre(1, 1, a[0], a[1], a[1], a[2], a[3], a[4]));
    }

    /** Angle, scale, shear, tx, ty; empty when the transform is skipped this time. */
    private Optional<double[]> drawParameters(int w, int h, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return Optional.empty();
        }
        double angle = draw(random, degrees);
        double k = draw(random, scale);
        double sh = draw(random, shear);
        double tx = translate == 0 ? 0 : (2 * random.nextDouble() - 1) * translate * w;
        double ty = translate == 0 ? 0 : (2 * random.nextDouble() - 1) * translate * h;
        return Optional.of(new double[] {angle, k, sh, tx, ty});
    }
}
