package org.osteon.methods.kneel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.core.dataset.Sample;
import org.osteon.dl.Tensor;
import org.osteon.methods.internal.KneelLandmarksStep;
import org.osteon.phantom.KneelPhantom;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.TransformCatalog;
import org.osteon.testing.dl.TensorScopeExtension;
import org.osteon.training.data.KFold;
import org.osteon.training.losses.WingLoss;

/**
 * The KNEEL method's parts on values worked out by hand: the two-pass mixup loss, PCK and outliers per bone and
 * by KL grade, subject-grouped folds, and the augmentation keeping every landmark on its anatomy.
 */
class KneelPartsTest {

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    @TempDir
    Path dir;

    @Test
    void twoPassMixupOnHandValues() {
        // f = identity, wing loss w = 15, epsilon = 3: x = (1, 3), y = (0, 5), perm = (1, 0), lambda = 0.25
        Tensor x = Tensor.fromFloatArray(scopes.scope(), new float[] {1, 3}, 2, 1);
        Tensor y = Tensor.fromFloatArray(scopes.scope(), new float[] {0, 5}, 2, 1);
        double got = TwoPassMixup.loss(t -> t, new WingLoss(15, 3), x, y, 0.25, new int[] {1, 0}).item();
        // plain pass: |1 - 0| = 1, |3 - 5| = 2; mixed = (0.25 + 2.25, 0.75 + 0.75) = (2.5, 1.5) against y[perm] = (5, 0)
        double plain = (15 * Math.log(1 + 1 / 3.0) + 15 * Math.log(1 + 2 / 3.0)) / 2;
        double mixed = (15 * Math.log(1 + 2.5 / 3) + 15 * Math.log(1 + 1.5 / 3)) / 2;
        assertEquals(0.25 * plain + 0.75 * mixed, got, 1e-5);
        // lambda = 1 is the plain loss alone
        assertEquals(plain, TwoPassMixup.loss(t -> t, new WingLoss(15, 3), x, y, 1, new int[] {1, 0}).item(), 1e-5);
    }

    private static KneelScores.Knee knee(int kl, double... evaluated) {
        double[] d = new double[16];
        java.util.Arrays.fill(d, 50); // landmarks PCK does not count: far off, must change nothing
        int[] at = {0, 4, 8, 9, 12, 15};
        for (int i = 0; i < 6; i++) {
            d[at[i]] = evaluated[i];
        }
        return new KneelScores.Knee(d, kl);
    }

    @Test
    void pckAndOutliersOnAWorkedExample() {
        List<KneelScores.Knee> knees = List.of(
                knee(0, 1.2, 2.0, 3.0, 0.9, 1.5, 2.6),
                knee(3, 0.2, 12.0, 0.3, 1.0, 1.0, 1.0),
                knee(-1, 10.0, 0, 0, 2.5, 2.5, 2.5));
        double[][] t = KneelScores.table(knees);
        double e = 1e-12;
        assertArrayEquals(new double[] {4 / 9.0, 5 / 9.0, 6 / 9.0, 6 / 9.0, 2 / 3.0}, t[0], e, "tibia");
        assertArrayEquals(new double[] {4 / 9.0, 5 / 9.0, 5 / 9.0, 8 / 9.0, 0}, t[1], e, "femur");
        assertArrayEquals(new double[] {0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 0}, t[2], e, "tibia KL<2");
        assertArrayEquals(new double[] {2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0, 1}, t[3], e, "tibia KL>=2");
        assertArrayEquals(new double[] {1 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0, 0}, t[4], e, "femur KL<2");
        assertArrayEquals(new double[] {1, 1, 1, 1, 0}, t[5], e, "femur KL>=2");

        double[][] a = {{0.5, Double.NaN}};
        double[][] b = {{1.0, 0.25}};
        double[][][] ms = KneelScores.meanAndStd(List.of(a, b));
        assertEquals(0.75, ms[0][0][0], e);
        assertEquals(Math.sqrt(0.125), ms[1][0][0], e, "sample SD of 0.5 and 1");
        assertEquals(0.25, ms[0][0][1], e, "a fold without such knees does not count");
        assertEquals(0, ms[1][0][1], e);
        assertArrayEquals(new double[] {3 / 9.0, 4 / 9.0, 1}, KneelScores.curve(knees, KneelScores.TIBIA, new double[] {0.25, 1.0, 12}), e);

        // the ablation subset scores the ends only: tibia 0, 8 (1.2, 3.0 / 0.2, 0.3 / 10.0, 0), femur 9, 15
        double[][] ab = KneelScores.table(knees, KneelScores.Subset.ABLATION);
        assertArrayEquals(new double[] {3 / 6.0, 4 / 6.0, 4 / 6.0, 4 / 6.0, 1 / 3.0}, ab[0], e, "tibia, ablation");
        assertArrayEquals(new double[] {3 / 6.0, 3 / 6.0, 3 / 6.0, 5 / 6.0, 0}, ab[1], e, "femur, ablation");
    }

    @Test
    void foldsNeverShareASubject() throws Exception {
        Dataset d = KneelPhantom.write(dir.resolve("kneel"), 15, 4);
        List<Sample> samples = d.samples();
        assertEquals(30, samples.size());
        for (int k : new int[] {2, 3, 5}) {
            List<KFold.Fold> folds = KneelLandmarksStep.folds(samples, k, 9);
            assertEquals(k, folds.size());
            Set<Integer> seen = new HashSet<>();
            for (KFold.Fold f : folds) {
                Set<String> trainSubjects = new HashSet<>();
                for (int i : f.train()) {
                    trainSubjects.add(samples.get(i).subject());
                }
                for (int i : f.validation()) {
                    assertFalse(trainSubjects.contains(samples.get(i).subject()), "subject " + samples.get(i).subject() + " on both sides");
                    assertTrue(seen.add(i), "knee " + i + " validated twice");
                }
                assertEquals(samples.size(), f.train().length + f.validation().length);
            }
            assertEquals(samples.size(), seen.size(), "every knee is held out once");
            assertEquals(folds.stream().map(f -> f.validation().length).toList(),
                    KneelLandmarksStep.folds(samples, k, 9).stream().map(f -> f.validation().length).toList(), "seeded");
        }
    }

    /** A 96 x 96 image (background 0.2) with a bright dot of radius 3 under each of 9 + 7 landmarks. */
    private static ImageSample dots() {
        int n = 96;
        List<Point> tibia = new ArrayList<>();
        List<Point> femur = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            tibia.add(new Point(14 + 8 * i, 58 + (i % 3) * 3));
        }
        for (int i = 0; i < 7; i++) {
            femur.add(new Point(20 + 9 * i, 36 - (i % 2) * 4));
        }
        float[] v = new float[n * n];
        java.util.Arrays.fill(v, 0.2f);
        List<Point> all = new ArrayList<>(tibia);
        all.addAll(femur);
        for (Point p : all) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (Math.hypot(x - p.x(), y - p.y()) <= 3) {
                        v[y * n + x] = 1f;
                    }
                }
            }
        }
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        groups.put("tibia", tibia);
        groups.put("femur", femur);
        return new ImageSample(Image2D.grey(n, n, v), PixelSpacing.isotropic(0.5), Optional.empty(),
                Optional.of(new Landmarks(groups, Optional.empty())));
    }

    /** The brightest pixel of the 3 x 3 neighbourhood of each landmark inside the image; -1 for those outside. */
    private static double[] under(ImageSample s) {
        Image2D im = s.image();
        List<Point> all = s.landmarks().orElseThrow().all();
        double[] out = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int x = (int) Math.round(all.get(i).x());
            int y = (int) Math.round(all.get(i).y());
            if (x < 1 || y < 1 || x > im.width() - 2 || y > im.height() - 2) {
                out[i] = -1;
                continue;
            }
            double m = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    m = Math.max(m, im.get(x + dx, y + dy));
                }
            }
            out[i] = m;
        }
        return out;
    }

    private static final TransformCatalog CATALOG = TransformCatalog.ofPlatform();

    @Test
    void augmentationKeepsEveryLandmarkUnderItsDot() {
        ImageSample s = dots();
        for (double v : under(s)) {
            assertEquals(1, v, 0, "the test image itself");
        }
        ImageSample c = KneelAugmentation.crop(s, -5, 7, 80);
        for (double v : under(c)) {
            assertTrue(v == -1 || v == 1, "crop");
        }

        KneelAugmentation augment = new KneelAugmentation(CATALOG, 80, 92, 0, false);
        List<Point> original = s.landmarks().orElseThrow().all();
        int checked = 0;
        int projective = 0;
        int enlarged = 0;
        for (long seed = 0; seed < 400; seed++) {
            KneelAugmentation.Drawn d = augment.spatial(s, new SplittableRandom(seed));
            ImageSample a = d.sample();
            assertEquals(80, a.image().width());
            assertEquals(80, a.image().height());
            double[] u = under(a);
            List<Point> all = a.landmarks().orElseThrow().all();
            for (int i = 0; i < u.length; i++) {
                if (u[i] >= 0) {
                    checked++;
                    // the background is 0.2; bilinear sampling of a dot shrunk to a third still leaves its centre near 1
                    assertTrue(u[i] > 0.6, "seed " + seed + ": landmark " + i + " at " + all.get(i) + " is off its dot (" + u[i] + ")");
                }
            }
            // tibia 0, 3 and 6 are equally spaced on a line: an affine map keeps 3 halfway, a projective one does not
            double offMiddle = Math.hypot(all.get(3).x() - (all.get(0).x() + all.get(6).x()) / 2, all.get(3).y() - (all.get(0).y() + all.get(6).y()) / 2);
            double stretch = all.get(0).distance(all.get(6)) / original.get(0).distance(original.get(6));
            if (!d.geometry()) {
                for (int i = 0; i < all.size(); i++) {
                    assertEquals(all.get(0).x() - original.get(0).x(), all.get(i).x() - original.get(i).x(), 0, "only the crop moves them");
                    assertEquals(all.get(0).y() - original.get(0).y(), all.get(i).y() - original.get(i).y(), 0, "only the crop moves them");
                }
            }
            projective += offMiddle > 1e-6 ? 1 : 0;
            // the projection alone stretches by at most 1.3 x 1.23 (perspective at 48 pixels from the centre) x 1.1 (shear)
            enlarged += stretch > 2 ? 1 : 0;
        }
        // projection: 0.7 x 0.5 of the seeds; the second scale above 2: 0.7 x 0.5 x 0.25
        assertEquals(400 * 0.35, projective, 4 * Math.sqrt(400 * 0.35 * 0.65));
        assertEquals(400 * 0.0875, enlarged, 4 * Math.sqrt(400 * 0.0875 * 0.9125));
        assertTrue(checked > 400 * 16 / 3, "many landmarks stay inside the crop: " + checked);
    }

    @Test
    void geometryOfAFixedSeedIsKneelsSoltChain() {
        ImageSample s = dots();
        // replay a seed that flips, projects with a shear and scales again: geometry?, flip?, projection?, k, angle, shear?, sx, sy,
        // vx, vy, scale?, k2, crop x, crop y
        long seed = 0;
        double[] u = new double[14];
        do {
            SplittableRandom r = new SplittableRandom(++seed);
            for (int i = 0; i < u.length; i++) {
                u[i] = r.nextDouble();
            }
        } while (!(u[0] < 0.7 && u[1] < 0.5 && u[2] < 0.5 && u[5] < 0.5 && u[10] < 0.5));
        double k = 0.8 + 0.5 * u[3];
        double a = Math.toRadians(-90 + 180 * u[4]);
        double sx = -0.1 + 0.2 * u[6];
        double sy = -0.1 + 0.2 * u[7];
        double vx = 0.00001 + 0.00199 * u[8];
        double vy = 0.00001 + 0.00199 * u[9];
        double k2 = 0.5 + 2 * u[11];
        // linear part k2 [[1, sx], [sy, 1]] [[cos, -sin], [sin, cos]] k; about solt's centre (47, 47) of the 96-pixel image,
        // x' = (A d + t) / (1 + v . d) + 47 with t moving the centre to the middle of the grid the corners span
        double[][] lin = {{k2 * k * (Math.cos(a) + sx * Math.sin(a)), k2 * k * (-Math.sin(a) + sx * Math.cos(a))},
            {k2 * k * (sy * Math.cos(a) + Math.sin(a)), k2 * k * (-sy * Math.sin(a) + Math.cos(a))}};
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] corner : new double[][] {{0, 0}, {0, 96}, {96, 96}, {96, 0}}) {
            double dx = corner[0] - 47;
            double dy = corner[1] - 47;
            double den = 1 + vx * dx + vy * dy;
            for (int j = 0; j < 2; j++) {
                double q = (lin[j][0] * dx + lin[j][1] * dy) / den;
                lo[j] = Math.min(lo[j], q);
                hi[j] = Math.max(hi[j], q);
            }
        }
        int[] grid = {(int) Math.rint(hi[0] - lo[0]), (int) Math.rint(hi[1] - lo[1])};
        int[] offset = new int[2];
        for (int j = 0; j < 2; j++) {
            // PadTransform to 92 (centred, floor on the left), then CropTransform 'r' of 80
            offset[j] = (int) (u[12 + j] * (Math.max(grid[j], 92) - 80)) - Math.max(0, 92 - grid[j]) / 2;
        }
        KneelAugmentation augment = new KneelAugmentation(CATALOG, 80, 92, 0, false);
        KneelAugmentation.Drawn d = augment.spatial(s, new SplittableRandom(seed));
        assertTrue(d.geometry());
        List<Point> before = s.landmarks().orElseThrow().all();
        List<Point> after = d.sample().landmarks().orElseThrow().all();
        for (int i = 0; i < before.size(); i++) {
            // solt's RandomFlip: x -> 95 - x, the landmark keeping its index
            double dx = 95 - before.get(i).x() - 47;
            double dy = before.get(i).y() - 47;
            double den = 1 + vx * dx + vy * dy;
            double ex = (lin[0][0] * dx + lin[0][1] * dy + grid[0] / 2 - 47) / den + 47 - offset[0];
            double ey = (lin[1][0] * dx + lin[1][1] * dy + grid[1] / 2 - 47) / den + 47 - offset[1];
            assertEquals(ex, after.get(i).x(), 1e-9, "seed " + seed + ", landmark " + i);
            assertEquals(ey, after.get(i).y(), 1e-9, "seed " + seed + ", landmark " + i);
        }
    }

    /** An n x n image of one value. */
    private static ImageSample constant(int n, float value) {
        float[] v = new float[n * n];
        java.util.Arrays.fill(v, value);
        return ImageSample.of(Image2D.grey(n, n, v));
    }

    @Test
    void padIsCentredAndTheCropRandomAsSoltsPadAndCrop() {
        ImageSample block = constant(10, 1);
        KneelAugmentation augment = new KneelAugmentation(CATALOG, 20, 30, 0, false);
        int seen = 0;
        for (long seed = 0; seed < 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            if (r.nextDouble() < KneelAugmentation.GEOMETRY_PROBABILITY) {
                continue;
            }
            seen++;
            // padded by 10 on each side to 30 x 30, crop at (trunc(u 10), trunc(u' 10)): the block starts at 10 - x
            int x = (int) (r.nextDouble() * 10);
            int y = (int) (r.nextDouble() * 10);
            Image2D out = augment.spatial(block, new SplittableRandom(seed)).sample().image();
            for (int j = 0; j < 20; j++) {
                for (int i = 0; i < 20; i++) {
                    boolean in = i >= 10 - x && i < 20 - x && j >= 10 - y && j < 20 - y;
                    assertEquals(in ? 1 : 0, out.get(i, j), 0, "seed " + seed + " pixel " + i + "," + j);
                }
            }
        }
        assertTrue(seen > 5);
    }

    @Test
    void branchAndNoiseAreChosenAsKneelChoosesThem() {
        ImageSample s = constant(24, 0.5f);
        KneelAugmentation augment = new KneelAugmentation(CATALOG, 24, 28, 0.1, false);
        int n = 3500;
        int geometry = 0;
        int[] noise = new int[7];
        for (long seed = 0; seed < n; seed++) {
            KneelAugmentation.Drawn d = augment.draw(s, new SplittableRandom(seed));
            geometry += d.geometry() ? 1 : 0;
            noise[d.noise()]++;
        }
        // SelectiveStream(probs=[0.7, 0.3]) and SelectiveStream of 7 with n=1: binomial, 4 standard deviations
        assertEquals(0.7 * n, geometry, 4 * Math.sqrt(n * 0.7 * 0.3));
        for (int i = 0; i < 7; i++) {
            assertEquals(n / 7.0, noise[i], 4 * Math.sqrt(n / 7.0 * 6 / 7), "noise option " + i + " of 7: " + java.util.Arrays.toString(noise));
        }
    }

    @Test
    void sameSeedSameBitsAndIntensityStepsNeverMoveLandmarks() {
        ImageSample s = dots();
        KneelAugmentation augment = new KneelAugmentation(CATALOG, 80, 92, 0.1, true);
        Set<Image2D> distinct = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            ImageSample a = augment.apply(s, new SplittableRandom(seed));
            ImageSample b = augment.apply(s, new SplittableRandom(seed));
            assertEquals(a.image(), b.image(), "seed " + seed);
            assertEquals(a.landmarks(), b.landmarks(), "seed " + seed);
            assertEquals(augment.spatial(s, new SplittableRandom(seed)).sample().landmarks(), a.landmarks(), "seed " + seed);
            distinct.add(a.image());
        }
        assertEquals(20, distinct.size(), "every seed its own image");
    }

    @Test
    void targetJitterMovesLandmarksByAtMostThreeThousandthsOfTheSize() {
        // 0.003 x 400 = 1.2: whole-pixel moves of at most 1; solt's KeypointsJitter moves nothing below 334 pixels
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            points.add(new Point(150 + 6 * i, 120 + 5 * i));
        }
        ImageSample s = new ImageSample(Image2D.zeros(400, 400, 1), PixelSpacing.isotropic(0.3), Optional.empty(),
                Optional.of(new Landmarks(Map.of("all", points), Optional.empty())));
        KneelAugmentation on = new KneelAugmentation(CATALOG, 400, 400, 0, true);
        KneelAugmentation off = new KneelAugmentation(CATALOG, 400, 400, 0, false);
        int moved = 0;
        int still = 0;
        for (long seed = 0; seed < 300; seed++) {
            KneelAugmentation.Drawn j = on.spatial(s, new SplittableRandom(seed));
            KneelAugmentation.Drawn plain = off.spatial(s, new SplittableRandom(seed));
            List<Point> a = j.sample().landmarks().orElseThrow().all();
            for (int i = 0; i < 16; i++) {
                if (!plain.geometry()) {
                    assertEquals(points.get(i), plain.sample().landmarks().orElseThrow().all().get(i), "no jitter, no geometry: unmoved");
                }
                if (!j.geometry()) {
                    double dx = a.get(i).x() - points.get(i).x();
                    double dy = a.get(i).y() - points.get(i).y();
                    assertTrue(Math.abs(dx) <= 0.003 * 400 && Math.abs(dy) <= 0.003 * 400 && dx == Math.rint(dx) && dy == Math.rint(dy),
                            "seed " + seed + ": moved by " + dx + "," + dy);
                    moved += (dx != 0 ? 1 : 0) + (dy != 0 ? 1 : 0);
                    still += (dx == 0 ? 1 : 0) + (dy == 0 ? 1 : 0);
                }
            }
        }
        // with probability 0.5, |trunc(u 400)| = 1 for |u| > 1/400: a sixth of -0.003..0.003; so a twelfth of the coordinates
        double share = (double) moved / (moved + still);
        assertTrue(share > 0.04 && share < 0.13, "share of moved coordinates " + share);
    }

    @Test
    void windowMapsBothWaysAndMirrorsTheLeftKnee() {
        float[] grey = new float[100 * 60];
        grey[30 * 100 + 70] = 1; // a bright pixel at (70, 30)
        for (boolean mirrored : new boolean[] {false, true}) {
            KneeWindow w = KneeWindow.centred(70, 30, 0.5, 0.5, 21, mirrored);
            Point p = w.toWindow(70, 30);
            assertEquals(10, p.x(), 1e-12);
            assertEquals(10, p.y(), 1e-12);
            Point q = w.toWindow(72, 30);
            assertEquals(mirrored ? 8 : 12, q.x(), 1e-12, "mirrored windows run against the image's x");
            Point back = w.toImage(q.x(), q.y());
            assertEquals(72, back.x(), 1e-12);
            assertEquals(1f, w.sample(grey, 100, 60)[10 * 21 + 10], 0);
        }
        KneeWindow coarse = KneeWindow.centred(70, 30, 0.5, 1.0, 11, false);
        assertEquals(2, coarse.step(), 0);
        assertEquals(70, coarse.toImage(5, 5).x(), 1e-12);
    }
}
