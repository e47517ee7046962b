package org.osteon.methods.kneel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.MatrixTransform;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformCatalog;

/**
 * KNEEL's training augmentation as its code has it ({@code init_augs} in {@code kneel/data/pipeline.py}, on solt
 * 0.1.8), on a grey image in [0, 1] with its landmarks, every random number drawn from the generator given, the
 * landmarks moved with the image by every geometric step. In KNEEL's order:
 * <ol>
 * <li>only with {@code targetJitter}, with probability 0.5 every landmark moved by trunc(u w) and trunc(u' h) whole
 * pixels, u, u' uniform in -0.003..0.003, w x h the image's size, capped at w - 1 and h - 1 (solt's
 * {@code KeypointsJitter}: nothing moves in images under 334 pixels);</li>
 * <li>with probability 0.7 (else nothing): a horizontal flip with probability 0.5, the landmarks keeping their
 * order (solt's {@code RandomFlip} mirrors the points and leaves their indices alone); then, as one matrix and one
 * resampling (solt fuses them): with probability 0.5 solt's {@code RandomProjection} (about the centre an
 * isotropic scale 0.8..1.3, a rotation -90..90 degrees, with probability 0.5 a shear sx, sy in -0.1..0.1, and the
 * bottom row (vx, vy, 1) with vx, vy uniform in 1e-5..2e-3 per pixel, never negative), followed by, with
 * probability 0.5, an isotropic scale 0.5..2.5; the output grid grows or shrinks to the warped image as solt's
 * does ({@link MatrixTransform.Canvas#FIT});</li>
 * <li>zero padding, centred, to at least {@code pad} x {@code pad} and a {@code crop} x {@code crop} crop at
 * (trunc(u (W - crop)), trunc(u' (H - crop))) (solt's {@code PadTransform} and {@code CropTransform} 'r'); only
 * that window of the warped grid is computed;</li>
 * <li>one of seven, each as likely: salt and pepper on a fraction drawn from 0..0.01 of the pixels; Gaussian blur,
 * sigma 1, kernel side 3 or 5; median blur 3 or 5; (1 - g) image + g noise, g in 0..0.5, the noise a standard
 * normal image stretched to [0, 1]; salt and pepper 0..0.05 then with probability 0.5 median 3 or 5; with
 * probability 0.5 median 3 or 5 then salt and pepper 0..0.01; nothing (salt 1, pepper 0);</li>
 * <li>with probability 0.5 v^(1/g) with g uniform in 0.5..1.5 (solt's 8-bit gamma table);</li>
 * <li>with {@code cutout} > 0, with probability 0.5 a square of side trunc(cutout crop) set to 0, placed inside
 * the crop.</li>
 * </ol>
 * The transforms come from the platform's transforms registry. solt works on 8-bit images, rounding after every
 * step and interpolating with OpenCV's 1/32-pixel fixed point; here values stay floats.
 */
public final class KneelAugmentation {

    /** Chance of KNEEL's geometric branch (its first SelectiveStream, probs [0.7, 0.3]). */
    public static final double GEOMETRY_PROBABILITY = 0.7;

    private static final String P = "org.osteon.preprocess.";

    /** What one application drew and gave: the geometric branch taken or not, the noise option (0..6, -1: not drawn). */
    public record Drawn(ImageSample sample, boolean geometry, int noise) {
    }

    private final int crop;
    private final int pad;
    private final Optional<Transform> jitter;
    private final Transform flip;
    private final List<MatrixTransform> warp;
    private final List<List<Transform>> noises;
    private final Transform gamma;
    private final Optional<Transform> cutout;

    /**
     * @param crop side of the output
     * @param pad side the warped image is padded to before the random crop, at least {@code crop} (KNEEL: 520 for
     *            450-pixel crops)
     * @param cutoutFraction side of the cutout square as a fraction of the crop side; 0 = none
     * @param targetJitter KNEEL's {@code use_target_jitter}
     */
    public KneelAugmentation(TransformCatalog catalog, int crop, int pad, double cutoutFraction, boolean targetJitter) {
        if (crop < 1 || pad < crop) {
            throw new IllegalArgumentException("expected 1 <= crop <= pad, got crop " + crop + ", pad " + pad);
        }
        this.crop = crop;
        this.pad = pad;
        jitter = targetJitter ? Optional.of(catalog.create(P + "randLandmarkJitter", Map.of("fraction", "-0.003..0.003", "probability", "0.5")))
                : Optional.empty();
        flip = catalog.create(P + "randFlip", Map.of("axis", "horizontal", "probability", "0.5"));
        warp = List.of(matrix(catalog, "randProjective", Map.of("perspective", "0.00001..0.002", "scale", "0.8..1.3", "degrees", "-90..90",
                "shear", "-0.1..0.1", "shearProbability", "0.5", "canvas", "fit", "probability", "0.5")),
                matrix(catalog, "randScale", Map.of("scale", "0.5..2.5", "canvas", "fit", "probability", "0.5")));
        Transform saltPepper = saltPepper(catalog, "0..0.01");
        Transform medianHalf = catalog.create(P + "randMedianBlur", Map.of("sizes", "3,5", "probability", "0.5"));
        noises = List.of(List.of(saltPepper),
                List.of(catalog.create(P + "randGaussianBlur", Map.of("sigma", "1", "sizes", "3,5"))),
                List.of(catalog.create(P + "randMedianBlur", Map.of("sizes", "3,5"))),
                List.of(catalog.create(P + "randGaussianNoise", Map.of("gain", "0..0.5"))),
                List.of(saltPepper(catalog, "0..0.05"), medianHalf),
                List.of(medianHalf, saltPepper),
                List.of());
        gamma = catalog.create(P + "randGamma", Map.of("gamma", "0.5..1.5", "inverse", "true", "domain", "unit", "probability", "0.5"));
        // solt's ImageCutOut side is int(cutout * crop); the transform rounds size x side, so give it that side / crop
        int side = (int) (cutoutFraction * crop);
        cutout = side > 0 ? Optional.of(catalog.create(P + "randCutout", Map.of("count", "1", "size", Double.toString((double) side / crop), "fill", "0",
                "placement", "inside", "probability", "0.5"))) : Optional.empty();
    }

    private static MatrixTransform matrix(TransformCatalog catalog, String name, Map<String, String> values) {
        if (!(catalog.create(P + name, values) instanceof MatrixTransform m)) {
            throw new IllegalStateException(P + name + " is not a matrix transform, so it cannot be fused as solt fuses it");
        }
        return m;
    }

    private static Transform saltPepper(TransformCatalog catalog, String amounts) {
        return catalog.create(P + "randSaltPepper", Map.of("amountRange", amounts, "salt", "1", "pepper", "0"));
    }

    public int crop() {
        return crop;
    }

    public int pad() {
        return pad;
    }

    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        return draw(sample, random).sample();
    }

    /** {@link #apply}, also saying what was drawn. */
    public Drawn draw(ImageSample sample, SplittableRandom random) {
        Drawn spatial = spatial(sample, random);
        ImageSample s = spatial.sample();
        int pick = random.nextInt(noises.size());
        for (Transform t : noises.get(pick)) {
            s = t.apply(s, random);
        }
        s = gamma.apply(s, random);
        if (cutout.isPresent()) {
            s = cutout.get().apply(s, random);
        }
        return new Drawn(s, spatial.geometry(), pick);
    }

    /**
     * The steps that move landmarks (jitter, the geometric branch, pad and crop), with the draws {@link #apply}
     * makes first: the landmarks of {@code apply} are these, the image before the intensity steps.
     */
    public Drawn spatial(ImageSample sample, SplittableRandom random) {
        ImageSample s = jitter.isPresent() ? jitter.get().apply(sample, random) : sample;
        boolean geometry = random.nextDouble() < GEOMETRY_PROBABILITY;
        Optional<MatrixTransform.Placement> placed = Optional.empty();
        if (geometry) {
            s = flip.apply(s, random);
            placed = MatrixTransform.drawFused(warp, s.image().width(), s.image().height(), random);
        }
        int w = placed.map(MatrixTransform.Placement::width).orElse(s.image().width());
        int h = placed.map(MatrixTransform.Placement::height).orElse(s.image().height());
        // PadTransform: (pad - w) // 2 on the left, the rest on the right, nothing when w >= pad
        int left = Math.max(0, pad - w) / 2;
        int top = Math.max(0, pad - h) / 2;
        // CropTransform 'r' on the padded grid
        int x = (int) (random.nextDouble() * (Math.max(w, pad) - crop));
        int y = (int) (random.nextDouble() * (Math.max(h, pad) - crop));
        ImageSample out = placed.isPresent() ? placed.get().window(s, x - left, y - top, crop, crop) : crop(s, x - left, y - top, crop);
        return new Drawn(out, geometry, -1);
    }

    /** The size x size crop whose pixel (0, 0) is image pixel (ox, oy); zeros outside the image. */
    public static ImageSample crop(ImageSample sample, int ox, int oy, int size) {
        Image2D im = sample.image();
        int c = im.channels();
        float[] out = new float[size * size * c];
        for (int y = 0; y < size; y++) {
            int sy = y + oy;
            if (sy < 0 || sy >= im.height()) {
                continue;
            }
            for (int x = 0; x < size; x++) {
                int sx = x + ox;
                if (sx < 0 || sx >= im.width()) {
                    continue;
                }
                for (int ch = 0; ch < c; ch++) {
                    out[(y * size + x) * c + ch] = im.data()[(sy * im.width() + sx) * c + ch];
                }
            }
        }
        ImageSample s = sample.withImage(new Image2D(size, size, c, out));
        if (sample.landmarks().isPresent()) {
            s = s.withLandmarks(sample.landmarks().get().map(p -> new Point(p.x() - ox, p.y() - oy)));
        }
        return s;
    }
}
