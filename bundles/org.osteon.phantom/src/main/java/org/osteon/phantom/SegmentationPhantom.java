package org.osteon.phantom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.RasterImageWriter;
import org.osteon.io.dataset.SegmentationReader;
import org.osteon.phantom.internal.Canvas;
import org.osteon.phantom.internal.PhantomFolder;

/**
 * Synthetic radiographs with bone masks in the layout {@link SegmentationReader} reads: {@code images/<name>.png}
 * (16-bit grey), {@code masks/<name>.png} (8-bit, 255 bone, 0 background) and {@code splits.csv} (every fifth
 * image {@code valid}, the others {@code train}). Names are {@code seg0001}, {@code seg0002}, ...
 * <p>
 * Each {@link #SIZE} x {@link #SIZE} image is built so that a global threshold cannot find the bone while its
 * local appearance gives it away:
 * <ul>
 * <li>background {@value #BACKGROUND} plus a linear intensity gradient of up to {@value #GRADIENT} across the
 * image in a random direction;</li>
 * <li>two or three soft-tissue blobs, Gaussian in profile (no edges), of height 11000..19000, which overlap the
 * bones in places;</li>
 * <li>two to four bones: capsules of radius 2.5..8 pixels (the first one thin, 2.5..3.5) at random angles,
 * adding 7000..12000 with a sharp edge and a cortical rim 1.5 pixels wide of 5000 more. A thin bone on the
 * dark side of the gradient is darker than soft tissue on the bright side;</li>
 * <li>Gaussian noise of SD {@value #NOISE_SD}.</li>
 * </ul>
 * The mask is the union of the capsules. Otsu's threshold on these images marks the bright side of the
 * gradient and the soft tissue as bone (the bone-segmentation example reports its Dice beside the U-Net's).
 * The same count and seed give byte-identical files.
 */
public final class SegmentationPhantom {

    public static final int SIZE = 128;
    public static final float BACKGROUND = 6000;
    public static final float GRADIENT = 22000;
    public static final double NOISE_SD = 700;

    private SegmentationPhantom() {
    }

    /** One image and its mask, row-major. */
    public record Radiograph(float[] image, boolean[] mask) {
    }

    /**
     * Writes {@code count} images (1..10000) into {@code dir} (new or empty) and returns the ground truth, equal to
     * what {@link SegmentationReader} gives for {@code dir}.
     */
    public static Dataset write(Path dir, int count, long seed) throws IOException {
        Path root = PhantomFolder.prepare(dir, count, 1, 10_000, "segmentation");
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder splits = new StringBuilder("name,split\n");
        List<Sample> samples = new ArrayList<>();
        Geometry unit = Geometry.unit();
        GridSize size = new GridSize(SIZE, SIZE, 1);
        for (int i = 0; i < count; i++) {
            String name = String.format("seg%04d", i + 1);
            String split = i % 5 == 4 ? "valid" : "train";
            Radiograph r = radiograph(random.split());
            Path image = root.resolve(SegmentationReader.IMAGES).resolve(name + ".png");
            Files.createDirectories(image.getParent());
            RasterImageWriter.writePng16(new Volume(size, unit, r.image()), image);
            float[] m = new float[r.mask().length];
            for (int k = 0; k < m.length; k++) {
                m[k] = r.mask()[k] ? 255 : 0;
            }
            Path mask = root.resolve(SegmentationReader.MASKS).resolve(name + ".png");
            Files.createDirectories(mask.getParent());
            RasterImageWriter.writePng8(new Volume(size, unit, m), mask);
            splits.append(name).append(',').append(split).append('\n');
            samples.add(new Sample(name, name, split, image, Map.of(), Map.of(SegmentationReader.MASK,
                    SegmentationReader.MASKS + "/" + name + ".png")));
        }
        Files.writeString(root.resolve(SegmentationReader.SPLITS), splits, StandardCharsets.UTF_8);
        return new Dataset("segmentation " + root.getFileName(), root, SegmentationReader.ID, samples);
    }

    /** One synthetic radiograph drawn from {@code random}. */
    public static Radiograph radiograph(SplittableRandom random) {
        int n = SIZE;
        float[] v = new float[n * n];
        double angle = random.nextDouble() * 2 * Math.PI;
        double gx = Math.cos(angle);
        double gy = Math.sin(angle);
        double gradient = GRADIENT * (0.6 + 0.4 * random.nextDouble());
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                // projection on the gradient direction, 0..1 across the image
                double t = ((x - n / 2.0) * gx + (y - n / 2.0) * gy) / (n * Math.sqrt(0.5)) + 0.5;
                v[y * n + x] = (float) (BACKGROUND + gradient * t);
            }
        }
        int blobs = 2 + random.nextInt(2);
        for (int b = 0; b < blobs; b++) {
            double cx = n * random.nextDouble();
            double cy = n * random.nextDouble();
            double sx = 10 + 16 * random.nextDouble();
            double sy = 10 + 16 * random.nextDouble();
            double h = 11000 + 8000 * random.nextDouble();
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double dx = (x - cx) / sx;
                    double dy = (y - cy) / sy;
                    v[y * n + x] += (float) (h * Math.exp(-0.5 * (dx * dx + dy * dy)));
                }
            }
        }
        boolean[] mask = new boolean[n * n];
        int bones = 2 + random.nextInt(3);
        for (int b = 0; b < bones; b++) {
            double radius = b == 0 ? 2.5 + random.nextDouble() : 2.5 + 5.5 * random.nextDouble();
            double cx = 16 + (n - 32) * random.nextDouble();
            double cy = 16 + (n - 32) * random.nextDouble();
            double a = random.nextDouble() * Math.PI;
            double half = 15 + 30 * random.nextDouble();
            double x0 = cx - half * Math.cos(a);
            double y0 = cy - half * Math.sin(a);
            double x1 = cx + half * Math.cos(a);
            double y1 = cy + half * Math.sin(a);
            double bone = 7000 + 5000 * random.nextDouble();
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double d = Canvas.segmentDistance(x, y, x0, y0, x1, y1);
                    if (d <= radius) {
                        int i = y * n + x;
                        if (!mask[i]) {
                            v[i] += (float) (bone + (d > radius - 1.5 ? 5000 : 0));
                            mask[i] = true;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) Math.max(0, Math.min(65535, v[i] + NOISE_SD * Canvas.gaussian(random)));
        }
        return new Radiograph(v, mask);
    }
}
