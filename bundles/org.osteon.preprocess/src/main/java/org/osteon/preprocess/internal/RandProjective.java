package org.osteon.preprocess.internal;

import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.MatrixTransform;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randProjective}: with probability p, a perspective warp; landmarks follow the
 * homography. Without {@code perspective}, each image corner moves inwards or outwards by up to
 * {@code distortion} times the image size (uniform per coordinate). With {@code perspective} it is solt's
 * {@code RandomProjection} (solt 0.1.8): about the centre, an isotropic scale, then a rotation (solt's
 * [[cos, -sin], [sin, cos]]), then with probability {@code shearProbability} a shear [[1, sx], [sy, 1]] (sx and sy
 * drawn independently), and the matrix's bottom row set to (vx, vy, 1), vx and vy each drawn uniformly from the
 * {@code perspective} range in 1/pixel: x' = (A (x, y)) / (1 + vx x + vy y) for x, y relative to the centre.
 */
public final class RandProjective implements MatrixTransform {

    /** solt's affine part and perspective range; absent for the corner form. */
    private record Solt(double[] scale, double[] degrees, double[] shear, double shearProbability, double[] perspective) {
    }

    private final double distortion;
    private final double p;
    private final Canvas canvas;
    private final Optional<Solt> solt;

    public RandProjective() {
        this(0.1, 1);
    }

    public RandProjective(double distortion, double p) {
        this(distortion, p, Canvas.SAME, Optional.empty());
    }

    private RandProjective(double distortion, double p, Canvas canvas, Optional<Solt> solt) {
        this.distortion = distortion;
        this.p = p;
        this.canvas = canvas;
        this.solt = solt;
    }

    /**
     * solt's RandomProjection: scale, degrees and shear ranges ({@code {1, 1}}, {@code {0, 0}} for none), the
     * probability of the shear and the perspective range of the bottom row.
     */
    public static RandProjective solt(double[] scale, double[] degrees, double[] shear, double shearProbability, double[] perspective,
            double p, Canvas canvas) {
        return new RandProjective(0, p, canvas, Optional.of(new Solt(scale.clone(), degrees.clone(), shear.clone(), shearProbability,
                perspective.clone())));
    }

    @Override
    public Transform configure(TransformSettings s) {
        Canvas c = RandAffine.canvas(s);
        if (s.text("perspective").isBlank()) {
            for (String name : new String[] {"scale", "degrees", "shear"}) {
                if (!s.text(name).isBlank()) {
                    throw s.bad(name, "applies to solt's matrix form only: set perspective too (a range lo..hi in 1/pixel)");
                }
            }
            return new RandProjective(s.real("distortion"), s.real("probability"), c, Optional.empty());
        }
        return solt(optional(s, "scale", 1), optional(s, "degrees", 0), optional(s, "shear", 0), s.real("shearProbability"),
                s.range("perspective"), s.real("probability"), c);
    }

    private static double[] optional(TransformSettings s, String name, double none) {
        return s.text(name).isBlank() ? new double[] {none, none} : s.range(name);
    }

    @Override
    public Canvas canvas() {
        return canvas;
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        int w = sample.image().width();
        int h = sample.image().height();
        if (solt.isEmpty() && canvas == Canvas.SAME) {
            return corners(w, h, random).map(m -> Warp.apply(sample, m, w, h)).orElse(sample);
        }
        return draw(w, h, random).map(m -> Warp.applyCentred(sample, m, canvas)).orElse(sample);
    }

    @Override
    public Optional<double[]> draw(int w, int h, SplittableRandom random) {
        if (solt.isPresent()) {
            return soltMatrix(solt.get(), random);
        }
        double cx = canvas == Canvas.SAME ? (w - 1) / 2.0 : (w - 1) / 2;
        double cy = canvas == Canvas.SAME ? (h - 1) / 2.0 : (h - 1) / 2;
        return corners(w, h, random).map(m -> Warp.multiply(new double[] {1, 0, -cx, 0, 1, -cy, 0, 0, 1},
                Warp.multiply(m, new double[] {1, 0, cx, 0, 1, cy, 0, 0, 1})));
    }

    /** The corner form in pixel coordinates. */
    private Optional<double[]> corners(int w, int h, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return Optional.empty();
        }
        double[] src = {0, 0, w - 1, 0, w - 1, h - 1, 0, h - 1};
        double[] dst = new double[8];
        for (int i = 0; i < 8; i++) {
            dst[i] = src[i] + (2 * random.nextDouble() - 1) * distortion * (i % 2 == 0 ? w : h);
        }
        return Optional.of(Warp.fourPoint(src, dst));
    }

    /** Draws in this order: applied?, scale, angle, shear applied?, sx, sy, vx, vy. */
    private Optional<double[]> soltMatrix(Solt t, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return Optional.empty();
        }
        double k = uniform(random, t.scale());
        double rad = Math.toRadians(uniform(random, t.degrees()));
        double[] m = {k * Math.cos(rad), -k * Math.sin(rad), 0, k * Math.sin(rad), k * Math.cos(rad), 0, 0, 0, 1};
        if (random.nextDouble() < t.shearProbability()) {
            double sx = uniform(random, t.shear());
            double sy = uniform(random, t.shear());
            m = Warp.multiply(new double[] {1, sx, 0, sy, 1, 0, 0, 0, 1}, m);
        }
        m[6] = uniform(random, t.perspective());
        m[7] = uniform(random, t.perspective());
        return Optional.of(m);
    }

    private static double uniform(SplittableRandom r, double[] range) {
        return range[0] + (range[1] - range[0]) * r.nextDouble();
    }
}
