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

    @Test
    void augmentationKeepsEveryLandmarkUnderItsDot() {
        ImageSample s = dots();
        for (double v : under(s)) {
            assertEquals(1, v, 0, "the test image itself");
        }
        ImageSample f = KneelAugmentation.flip(s);
        List<Point> before = s.landmarks().orElseThrow().group("tibia");
        List<Point> after = f.landmarks().orElseThrow().group("tibia");
        assertEquals(95 - before.get(8).x(), after.get(0).x(), 0, "a flip lists the landmarks in reverse order: the first is still the leftmost");
        assertTrue(after.get(0).x() < after.get(8).x());
        for (double v : under(f)) {
            assertEquals(1, v, 0, "flip");
        }
        ImageSample c = KneelAugmentation.crop(s, -5, 7, 80);
        for (double v : under(c)) {
            assertTrue(v == -1 || v == 1, "crop");
        }

        KneelAugmentation augment = new KneelAugmentation(TransformCatalog.ofPlatform(), 80, 0);
        int checked = 0;
        for (long seed = 0; seed < 60; seed++) {
            ImageSample a = augment.apply(s, new SplittableRandom(seed));
            assertEquals(80, a.image().width());
            assertEquals(80, a.image().height());
            double[] u = under(a);
            for (int i = 0; i < u.length; i++) {
                if (u[i] >= 0) {
                    checked++;
                    // background is at most 0.2 ^ 0.5 = 0.45 after gamma, plus noise; a dot stays near 1
                    assertTrue(u[i] > 0.6, "seed " + seed + ": landmark " + i + " at " + a.landmarks().orElseThrow().all().get(i)
                            + " is off its dot (" + u[i] + ")");
                }
            }
        }
        assertTrue(checked > 60 * 16 / 2, "most landmarks stay inside the crop: " + checked);
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
