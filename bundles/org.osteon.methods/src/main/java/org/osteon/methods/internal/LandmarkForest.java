package org.osteon.methods.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A random regression forest that locates one landmark in grey images, the classical baseline: every tree maps
 * a pixel, through splits on the difference of two pixel intensities at random offsets from it, to the mean
 * displacement from that pixel to the landmark; at test time pixels on a grid vote (pixel + displacement) into an
 * accumulator, and the landmark is the accumulator's maximum after a 5 x 5 box sum.
 * <p>
 * A split draws {@code features} candidate offset pairs and, for each, {@code thresholds} candidate thresholds
 * uniformly between the smallest and largest feature value at the node, and keeps the pair and threshold that
 * most reduce the sum of squared displacements about their mean ({@link #gain}). Nodes stop at {@code depth}, at
 * fewer than {@link #MIN_SAMPLES} samples, or when no candidate reduces the error.
 */
public final class LandmarkForest {

    /** A grey image, row-major, with its size. */
    public record Image(float[] grey, int width, int height) {

        public float at(int x, int y) {
            return grey[Math.clamp(y, 0, height - 1) * width + Math.clamp(x, 0, width - 1)];
        }
    }

    /** Forest settings: T trees of a maximum depth, candidates per split, training pixels per image, offset reach. */
    public record Settings(int trees, int depth, int features, int thresholds, int pixelsPerImage, int radius, int reach, int stride) {
    }

    public static final int MIN_SAMPLES = 4;

    /** A feature: intensity at p + (ux, uy) minus intensity at p + (vx, vy). */
    public record Feature(int ux, int uy, int vx, int vy) {

        public float value(Image image, int x, int y) {
            return image.at(x + ux, y + uy) - image.at(x + vx, y + vy);
        }
    }

    /** A node: a split (feature, threshold; left if value < threshold) or a leaf with a mean displacement. */
    private record Node(Feature feature, float threshold, Node left, Node right, double dx, double dy) {

        boolean leaf() {
            return feature == null;
        }
    }

    /** One chosen split: feature, threshold and the reduction of the squared error it gives. */
    public record Split(Feature feature, float threshold, double gain) {
    }

    private final List<Node> trees;

    private LandmarkForest(List<Node> trees) {
        this.trees = trees;
    }

    /** Trains on images with their landmark position (x, y) each. */
    public static LandmarkForest train(List<Image> images, List<double[]> landmarks, Settings s, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // training pixels: uniformly within radius of the landmark (clamped to the image)
        List<int[]> pixels = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Image im = images.get(i);
            double[] l = landmarks.get(i);
            for (int k = 0; k < s.pixelsPerImage(); k++) {
                int x = (int) Math.clamp(Math.round(l[0]) + random.nextInt(-s.radius(), s.radius() + 1), 0, im.width() - 1);
                int y = (int) Math.clamp(Math.round(l[1]) + random.nextInt(-s.radius(), s.radius() + 1), 0, im.height() - 1);
                pixels.add(new int[] {i, x, y});
            }
        }
        List<Node> trees = new ArrayList<>();
        for (int t = 0; t < s.trees(); t++) {
            trees.add(grow(images, landmarks, pixels, 0, s, random.split()));
        }
        return new LandmarkForest(trees);
    }

    private static Node grow(List<Image> images, List<double[]> landmarks, List<int[]> pixels, int depth, Settings s, SplittableRandom random) {
        int n = pixels.size();
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            int[] p = pixels.get(i);
            dx[i] = landmarks.get(p[0])[0] - p[1];
            dy[i] = landmarks.get(p[0])[1] - p[2];
        }
        Node leaf = new Node(null, 0, null, null, mean(dx), mean(dy));
        if (depth >= s.depth() || n < MIN_SAMPLES) {
            return leaf;
        }
        Split best = null;
        float[] values = new float[n];
        for (int f = 0; f < s.features(); f++) {
            Feature feature = new Feature(random.nextInt(-s.reach(), s.reach() + 1), random.nextInt(-s.reach(), s.reach() + 1),
                    random.nextInt(-s.reach(), s.reach() + 1), random.nextInt(-s.reach(), s.reach() + 1));
            for (int i = 0; i < n; i++) {
                int[] p = pixels.get(i);
                values[i] = feature.value(images.get(p[0]), p[1], p[2]);
            }
            Split split = bestThreshold(feature, values, dx, dy, s.thresholds(), random);
            if (split != null && (best == null || split.gain() > best.gain())) {
                best = split;
            }
        }
        if (best == null || !(best.gain() > 1e-9)) {
            return leaf;
        }
        List<int[]> left = new ArrayList<>();
        List<int[]> right = new ArrayList<>();
        for (int[] p : pixels) {
            (best.feature().value(images.get(p[0]), p[1], p[2]) < best.threshold() ? left : right).add(p);
        }
        return new Node(best.feature(), best.threshold(), grow(images, landmarks, left, depth + 1, s, random),
                grow(images, landmarks, right, depth + 1, s, random), leaf.dx(), leaf.dy());
    }

    /**
     * The best of {@code thresholds} thresholds drawn uniformly in [min, max) of {@code values}: the split rule.
     * Null when all values are equal (no threshold separates them).
     */
    public static Split bestThreshold(Feature feature, float[] values, double[] dx, double[] dy, int thresholds, SplittableRandom random) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (!(max > min)) {
            return null;
        }
        Split best = null;
        for (int k = 0; k < thresholds; k++) {
            float t = (float) random.nextDouble(min, max);
            if (!(t > min)) {
                continue;
            }
            double g = gain(values, t, dx, dy);
            if (best == null || g > best.gain()) {
                best = new Split(feature, t, g);
            }
        }
        return best;
    }

    /**
     * The split's reduction of the squared error: SSE(all) - SSE(left) - SSE(right), SSE the sum over samples of the
     * squared Euclidean distance of their displacement from their group's mean displacement; left = value &lt; t.
     */
    public static double gain(float[] values, float t, double[] dx, double[] dy) {
        double[] all = new double[5];
        double[] left = new double[5];
        for (int i = 0; i < values.length; i++) {
            accumulate(all, dx[i], dy[i]);
            if (values[i] < t) {
                accumulate(left, dx[i], dy[i]);
            }
        }
        double[] right = new double[5];
        for (int j = 0; j < 5; j++) {
            right[j] = all[j] - left[j];
        }
        return sse(all) - sse(left) - sse(right);
    }

    private static void accumulate(double[] a, double x, double y) {
        a[0]++;
        a[1] += x;
        a[2] += y;
        a[3] += x * x;
        a[4] += y * y;
    }

    private static double sse(double[] a) {
        return a[0] == 0 ? 0 : a[3] - a[1] * a[1] / a[0] + a[4] - a[2] * a[2] / a[0];
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    /** The landmark's position in {@code image}: grid pixels vote, the 5 x 5 box sum of the votes is maximal. */
    public double[] locate(Image image, int stride) {
        int w = image.width();
        int h = image.height();
        float[] votes = new float[w * h];
        for (int y = 0; y < h; y += stride) {
            for (int x = 0; x < w; x += stride) {
                double sx = 0;
                double sy = 0;
                for (Node root : trees) {
                    Node node = root;
                    while (!node.leaf()) {
                        node = node.feature().value(image, x, y) < node.threshold() ? node.left() : node.right();
                    }
                    sx += node.dx();
                    sy += node.dy();
                }
                int vx = (int) Math.round(x + sx / trees.size());
                int vy = (int) Math.round(y + sy / trees.size());
                if (vx >= 0 && vx < w && vy >= 0 && vy < h) {
                    votes[vy * w + vx]++;
                }
            }
        }
        double best = -1;
        double[] at = {w / 2.0, h / 2.0};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int j = Math.max(0, y - 2); j <= Math.min(h - 1, y + 2); j++) {
                    for (int i = Math.max(0, x - 2); i <= Math.min(w - 1, x + 2); i++) {
                        sum += votes[j * w + i];
                    }
                }
                if (sum > best) {
                    best = sum;
                    at = new double[] {x, y};
                }
            }
        }
        return at;
    }

    /** Mean Euclidean distance between predicted and true points. */
    public static double meanError(List<double[]> predicted, List<double[]> truth) {
        double s = 0;
        for (int i = 0; i < truth.size(); i++) {
            s += Math.hypot(predicted.get(i)[0] - truth.get(i)[0], predicted.get(i)[1] - truth.get(i)[1]);
        }
        return truth.isEmpty() ? Double.NaN : s / truth.size();
    }
}
