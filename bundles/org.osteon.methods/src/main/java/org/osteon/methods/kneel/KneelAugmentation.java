package org.osteon.methods.kneel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformCatalog;

/**
 * KNEEL's training augmentation (its solt pipeline, in this order), on a grey image in [0, 1] with its landmarks,
 * every random number drawn from the generator given, image and landmarks moved together:
 * <ol>
 * <li>horizontal flip with probability 0.5; the landmarks of each group are then listed in reverse order, so that
 * the i-th landmark stays the i-th from the image's left (as in the mirrored left-knee ROIs);</li>
 * <li>with probability 0.5 an affine warp about the centre: scale 0.8..1.3, rotation -90..90 degrees, shear
 * -0.1..0.1 ({@code org.osteon.preprocess.randAffine});</li>
 * <li>pad (zeros) to at least the crop size and crop {@code crop} x {@code crop} pixels at a random place;</li>
 * <li>one of salt-and-pepper (1 %), Gaussian blur (sigma 0.5..1.5), median blur (3 x 3), additive Gaussian noise
 * (SD 0.05) or nothing, each as likely, then clamped to [0, 1];</li>
 * <li>gamma 0.5..1.5 with probability 0.5;</li>
 * <li>with probability 0.5 a cutout square of {@code cutout} times the crop side, filled with 0 (none when
 * cutout is 0).</li>
 * </ol>
 * The transforms come from the platform's transforms registry.
 */
public final class KneelAugmentation {

    private final int crop;
    private final Transform affine;
    private final List<Transform> oneOf;
    private final Transform gamma;
    private final Transform cutout;

    public KneelAugmentation(TransformCatalog catalog, int crop, double cutoutFraction) {
        if (crop < 1) {
            throw new IllegalArgumentException("crop size must be positive, got " + crop);
        }
        this.crop = crop;
        affine = catalog.create("org.osteon.preprocess.randAffine",
                Map.of("degrees", "-90..90", "scale", "0.8..1.3", "shear", "-0.1..0.1", "translate", "0", "probability", "0.5"));
        List<Transform> noise = new ArrayList<>();
        noise.add(catalog.create("org.osteon.preprocess.randSaltPepper", Map.of("amount", "0.01")));
        noise.add(catalog.create("org.osteon.preprocess.randGaussianBlur", Map.of("sigma", "0.5..1.5")));
        noise.add(catalog.create("org.osteon.preprocess.randMedianBlur", Map.of("size", "3")));
        noise.add(catalog.create("org.osteon.preprocess.randGaussianNoise", Map.of("std", "0.05")));
        oneOf = List.copyOf(noise);
        gamma = catalog.create("org.osteon.preprocess.randGamma", Map.of("gamma", "0.5..1.5", "probability", "0.5"));
        cutout = cutoutFraction > 0 ? catalog.create("org.osteon.preprocess.randCutout",
                Map.of("count", "1", "size", Double.toString(cutoutFraction), "fill", "0", "probability", "0.5")) : null;
    }

    public int crop() {
        return crop;
    }

    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        ImageSample s = sample;
        if (random.nextDouble() < 0.5) {
            s = flip(s);
        }
        s = affine.apply(s, random);
        s = padAndRandomCrop(s, crop, random);
        int pick = random.nextInt(oneOf.size() + 1);
        if (pick < oneOf.size()) {
            // noise can leave [0, 1]; gamma of a negative value is NaN
            s = clamp(oneOf.get(pick).apply(s, random));
        }
        s = gamma.apply(s, random);
        if (cutout != null) {
            s = cutout.apply(s, random);
        }
        return s;
    }

    /** The image's values clamped to [0, 1], as an 8-bit pipeline keeps them. */
    static ImageSample clamp(ImageSample sample) {
        float[] v = sample.image().data().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1f, Math.max(0f, v[i]));
        }
        Image2D im = sample.image();
        return sample.withImage(new Image2D(im.width(), im.height(), im.channels(), v));
    }

    /** Mirrors left-right (x -> w - 1 - x) and lists each landmark group in reverse order. */
    public static ImageSample flip(ImageSample sample) {
        Image2D im = sample.image();
        int w = im.width();
        int h = im.height();
        int c = im.channels();
        float[] out = new float[im.data().length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    out[(y * w + x) * c + ch] = im.data()[(y * w + (w - 1 - x)) * c + ch];
                }
            }
        }
        ImageSample s = sample.withImage(new Image2D(w, h, c, out));
        if (sample.landmarks().isPresent()) {
            Landmarks l = sample.landmarks().get();
            Map<String, List<Point>> groups = new LinkedHashMap<>();
            l.groups().forEach((name, points) -> {
                List<Point> mirrored = new ArrayList<>();
                for (int i = points.size() - 1; i >= 0; i--) {
                    mirrored.add(new Point(w - 1 - points.get(i).x(), points.get(i).y()));
                }
                groups.put(name, mirrored);
            });
            s = s.withLandmarks(new Landmarks(groups, l.spacing()));
        }
        return s;
    }

    /** Pads with zeros to at least size x size (centred) and crops size x size at a uniformly random place. */
    public static ImageSample padAndRandomCrop(ImageSample sample, int size, SplittableRandom random) {
        Image2D im = sample.image();
        int w = im.width();
        int h = im.height();
        int padX = Math.max(0, size - w);
        int padY = Math.max(0, size - h);
        // offset of the crop's (0, 0) in the padded image, then in the image
        int ox = random.nextInt(w + padX - size + 1) - padX / 2;
        int oy = random.nextInt(h + padY - size + 1) - padY / 2;
        return crop(sample, ox, oy, size);
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
