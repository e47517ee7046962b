package org.osteon.preprocess.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.MatrixTransform;
import org.osteon.preprocess.MatrixTransform.Canvas;
import org.osteon.preprocess.MatrixTransform.Placement;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformCatalog;

/**
 * The transforms' solt forms (solt 0.1.8, the version KNEEL pins) against numbers from solt's own code and draws
 * replayed by hand: RandomProjection's matrix, the grid of solt's MatrixTransform, fusion, blur kernels, the
 * stretched-noise blend, salt and pepper, 8-bit gamma, cutout placement and keypoint jitter.
 */
class SoltTransformsTest {

    private static final TransformCatalog CATALOG = TransformCatalog.ofPlatform();
    private static final String P = "org.osteon.preprocess.";

    /** KNEEL's RandomProjection, as pipeline.py configures it. */
    private static final Map<String, String> KNEEL_PROJECTION = Map.of("perspective", "0.00001..0.002", "scale", "0.8..1.3", "degrees",
            "-90..90", "shear", "-0.1..0.1", "shearProbability", "0.5", "canvas", "fit", "probability", "0.5");

    /** Shear (0.05, -0.08) x rotation 30 degrees x scale 1.1 with the bottom row (0.0015, 0.0004, 1), as numpy computes it. */
    private static final double[] M = {0.9801279441628826, -0.5023686027918558, 0.0, 0.4737897644669693, 0.9966279441628827, 0.0, 0.0015, 0.0004,
        1.0};

    private static MatrixTransform matrix(String id, Map<String, String> values) {
        return (MatrixTransform) CATALOG.create(P + id, values);
    }

    @Test
    void fitGridIsSoltsCorrectForFrameChange() {
        // MatrixTransform.correct_for_frame_change of solt 0.1.8 run with numpy on M
        Placement even = Warp.frame(M, 96, 80, Canvas.FIT);
        assertEquals(134, even.width());
        assertEquals(126, even.height());
        assertArrayEquals(new double[] {1.0506279441628825, -0.4835686027918558, 36.479662133226896, 0.5322897644669693, 1.0122279441628828,
            -1.4945087522999785, 0.0015, 0.0004, 0.9138999999999999}, even.matrix(), 1e-12);
        assertArrayEquals(new double[] {39.82769721316961, 25.69425528405099}, Warp.map(even.matrix(), 10, 20), 1e-9);
        Placement odd = Warp.frame(M, 97, 81, Canvas.FIT);
        assertEquals(136, odd.width());
        assertEquals(127, odd.height());
        assertArrayEquals(new double[] {1.0521279441628826, -0.4831686027918558, 36.82460279185587, 0.5337897644669694, 1.0126279441628827,
            -3.127026460929841, 0.0015, 0.0004, 0.912}, odd.matrix(), 1e-12);
        // the integer centre (48, 40) goes to the new grid's centre (136 // 2, 127 // 2)
        assertArrayEquals(new double[] {68, 63}, Warp.map(odd.matrix(), 48, 40), 1e-9);
        // SAME keeps the grid and the exact centre
        Placement same = Warp.frame(M, 96, 80, Canvas.SAME);
        assertEquals(96, same.width());
        assertArrayEquals(new double[] {47.5, 39.5}, Warp.map(same.matrix(), 47.5, 39.5), 1e-9);
    }

    /** A matrix transform that always draws the given matrix. */
    private static MatrixTransform fixed(double[] m) {
        return new MatrixTransform() {
            @Override
            public Canvas canvas() {
                return Canvas.FIT;
            }

            @Override
            public Optional<double[]> draw(int width, int height, SplittableRandom random) {
                return Optional.of(m.clone());
            }

            @Override
            public ImageSample apply(ImageSample sample, SplittableRandom random) {
                return MatrixTransform.fused(List.of(this)).apply(sample, random);
            }
        };
    }

    @Test
    void fusedTransformsAreOneMatrixAndOneResampling() {
        // solt fuses RandomProjection and a following RandomScale(2) into scale @ projection before framing: numpy gives this
        Placement p = MatrixTransform.drawFused(List.of(fixed(M), fixed(new double[] {2, 0, 0, 0, 2, 0, 0, 0, 1})), 96, 80, new SplittableRandom(1))
                .orElseThrow();
        assertEquals(269, p.width());
        assertEquals(251, p.height());
        assertArrayEquals(new double[] {2.030755888325765, -0.9859372055837116, 77.0060242664538, 1.0060795289339386, 2.0088558883257654,
            -0.6311175045999704, 0.0015, 0.0004, 0.9138999999999999}, p.matrix(), 1e-12);
        ImageSample s = TransformsTest.dot(96, 80, 30, 50);
        ImageSample once = MatrixTransform.fused(List.of(fixed(M), fixed(new double[] {2, 0, 0, 0, 2, 0, 0, 0, 1}))).apply(s, new SplittableRandom(1));
        assertEquals(p.apply(s).image(), once.image(), "one resampling with the fused matrix");
        ImageSample twice = fixed(new double[] {2, 0, 0, 0, 2, 0, 0, 0, 1}).apply(fixed(M).apply(s, new SplittableRandom(1)), new SplittableRandom(1));
        assertTrue(!twice.image().equals(once.image()), "resampling twice is not what solt does");
    }

    @Test
    void aWindowHasTheWholeGridsPixels() {
        ImageSample s = TransformsTest.dot(96, 80, 30, 50);
        Placement p = Warp.frame(M, 96, 80, Canvas.FIT);
        ImageSample whole = p.apply(s);
        int x0 = -5;
        int y0 = 100;
        ImageSample w = p.window(s, x0, y0, 60, 40);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                int gx = x + x0;
                int gy = y + y0;
                float expected = gx < 0 || gy < 0 || gx >= p.width() || gy >= p.height() ? 0 : whole.image().get(gx, gy);
                assertEquals(expected, w.image().get(x, y), 0, "pixel " + x + "," + y);
            }
        }
        Landmarks.Point a = whole.landmarks().orElseThrow().all().get(0);
        Landmarks.Point b = w.landmarks().orElseThrow().all().get(0);
        assertEquals(a.x() - x0, b.x(), 1e-12);
        assertEquals(a.y() - y0, b.y(), 1e-12);
    }

    @Test
    void soltProjectionIsScaleRotationShearAndAPositivePerspectiveRow() {
        MatrixTransform t = matrix("randProjective", KNEEL_PROJECTION);
        // replay a seed whose draws apply the projection and its shear: applied?, scale, angle, shear?, sx, sy, vx, vy
        long seed = 0;
        double[] u = new double[8];
        do {
            SplittableRandom r = new SplittableRandom(++seed);
            for (int i = 0; i < u.length; i++) {
                u[i] = r.nextDouble();
            }
        } while (!(u[0] < 0.5 && u[3] < 0.5));
        double k = 0.8 + 0.5 * u[1];
        double a = Math.toRadians(-90 + 180 * u[2]);
        double sx = -0.1 + 0.2 * u[4];
        double sy = -0.1 + 0.2 * u[5];
        double c = Math.cos(a);
        double sn = Math.sin(a);
        // [[1, sx], [sy, 1]] [[cos, -sin], [sin, cos]] k, then the bottom row
        double[] expected = {k * (c + sx * sn), k * (-sn + sx * c), 0, k * (sy * c + sn), k * (-sy * sn + c), 0, 0.00001 + 0.00199 * u[6],
            0.00001 + 0.00199 * u[7], 1};
        assertArrayEquals(expected, t.draw(96, 96, new SplittableRandom(seed)).orElseThrow(), 1e-12, "seed " + seed);

        int applied = 0;
        int unsheared = 0;
        for (long s = 0; s < 4000; s++) {
            Optional<double[]> d = t.draw(96, 96, new SplittableRandom(s * 7919));
            if (d.isEmpty()) {
                continue;
            }
            applied++;
            double[] m = d.get();
            assertTrue(m[6] >= 0.00001 && m[6] <= 0.002 && m[7] >= 0.00001 && m[7] <= 0.002, "the perspective row is never negative");
            assertEquals(0, m[2], 0);
            assertEquals(1, m[8], 0);
            double dot = m[0] * m[1] + m[3] * m[4];
            double n0 = Math.hypot(m[0], m[3]);
            double n1 = Math.hypot(m[1], m[4]);
            if (Math.abs(dot) < 1e-12 && Math.abs(n0 - n1) < 1e-12) {
                unsheared++;
                assertTrue(n0 >= 0.8 - 1e-12 && n0 <= 1.3 + 1e-12, "isotropic scale in 0.8..1.3: " + n0);
            }
        }
        // probability 0.5, shear 0.5: binomial, 4 standard deviations
        assertEquals(2000, applied, 4 * Math.sqrt(4000 * 0.25));
        assertEquals(applied / 2.0, unsheared, 4 * Math.sqrt(applied * 0.25));
    }

    @Test
    void landmarkOnADotStaysOnTheDotOnAFitGrid() {
        Map<String, String> always = new java.util.HashMap<>(KNEEL_PROJECTION);
        always.put("probability", "1");
        MatrixTransform projection = matrix("randProjective", always);
        MatrixTransform scale = matrix("randScale", Map.of("scale", "0.8..1.3", "canvas", "fit"));
        List<Transform> warps = List.of(projection, scale, matrix("randAffine", Map.of("canvas", "fit")), MatrixTransform.fused(List.of(projection, scale)));
        for (Transform t : warps) {
            for (long seed = 1; seed <= 30; seed++) {
                ImageSample out = t.apply(TransformsTest.dot(64, 48, 29, 21), new SplittableRandom(seed));
                double[] c = TransformsTest.centroid(out.image());
                Landmarks.Point p = out.landmarks().orElseThrow().all().get(0);
                assertTrue(Math.hypot(c[0] - p.x(), c[1] - p.y()) < 0.5, t + " seed " + seed + ": dot at " + c[0] + "," + c[1] + ", landmark at " + p);
                for (float v : out.mask().orElseThrow().data()) {
                    assertTrue(v == 0 || v == 1, "mask value " + v);
                }
            }
        }
    }

    private static ImageSample constant(int w, int h, float v) {
        float[] d = new float[w * h];
        Arrays.fill(d, v);
        return ImageSample.of(Image2D.grey(w, h, d));
    }

    @Test
    void gaussianBlurWithKernelSidesIsOpenCvsKernelOfSigmaOne() {
        float[] d = new float[11 * 11];
        d[5 * 11 + 5] = 1;
        ImageSample impulse = ImageSample.of(Image2D.grey(11, 11, d));
        // cv2.getGaussianKernel(3, 1) and (5, 1)
        double[] k3 = {0.274068619061197, 0.45186276187760605};
        double[] k5 = {0.05448868454964294, 0.24420134200323332, 0.4026199468942474};
        Image2D three = CATALOG.create(P + "randGaussianBlur", Map.of("sigma", "1", "sizes", "3")).apply(impulse, new SplittableRandom(1)).image();
        assertEquals(k3[1] * k3[1], three.get(5, 5), 1e-7);
        assertEquals(k3[0] * k3[1], three.get(4, 5), 1e-7);
        assertEquals(0, three.get(3, 5), 0);
        Transform both = CATALOG.create(P + "randGaussianBlur", Map.of("sigma", "1", "sizes", "3,5"));
        int fives = 0;
        for (long seed = 0; seed < 400; seed++) {
            Image2D out = both.apply(impulse, new SplittableRandom(seed)).image();
            if (out.get(3, 5) > 0) {
                fives++;
                assertEquals(k5[2] * k5[2], out.get(5, 5), 1e-7);
                assertEquals(k5[0] * k5[2], out.get(3, 5), 1e-7);
            } else {
                assertEquals(k3[1] * k3[1], out.get(5, 5), 1e-7);
            }
        }
        assertEquals(200, fives, 4 * Math.sqrt(400 * 0.25));
    }

    @Test
    void medianSidesAreDrawnFromTheList() {
        // a 3 x 3 bright block: a 3 x 3 median keeps its centre, a 5 x 5 one (9 of 25 bright) clears it
        float[] d = new float[11 * 11];
        for (int y = 4; y <= 6; y++) {
            for (int x = 4; x <= 6; x++) {
                d[y * 11 + x] = 1;
            }
        }
        ImageSample block = ImageSample.of(Image2D.grey(11, 11, d));
        Transform t = CATALOG.create(P + "randMedianBlur", Map.of("sizes", "3,5", "probability", "0.5"));
        int[] outcome = new int[3]; // untouched, 3, 5
        for (long seed = 0; seed < 800; seed++) {
            Image2D out = t.apply(block, new SplittableRandom(seed)).image();
            outcome[out.equals(block.image()) ? 0 : out.get(5, 5) == 1 ? 1 : 2]++;
        }
        assertEquals(400, outcome[0], 4 * Math.sqrt(800 * 0.25));
        assertEquals(200, outcome[1], 4 * Math.sqrt(800 * 0.25 * 0.75));
        assertEquals(200, outcome[2], 4 * Math.sqrt(800 * 0.25 * 0.75));
    }

    @Test
    void noiseGainBlendsNoiseStretchedToTheUnitRange() {
        Transform t = CATALOG.create(P + "randGaussianNoise", Map.of("gain", "0..0.5"));
        double gains = 0;
        for (long seed = 0; seed < 400; seed++) {
            float[] v = t.apply(constant(32, 32, 0.4f), new SplittableRandom(seed)).image().data();
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (float x : v) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            // (1 - g) 0.4 + g n with n from 0 to 1: the extremes are (1 - g) 0.4 and (1 - g) 0.4 + g
            double g = hi - lo;
            assertTrue(g >= 0 && g <= 0.5 + 1e-6, "gain " + g);
            assertEquals((1 - g) * 0.4, lo, 1e-6);
            gains += g;
        }
        assertEquals(0.25, gains / 400, 4 * 0.5 / Math.sqrt(12 * 400));
    }

    @Test
    void saltAndPepperDrawsItsShareAndWritesTheGivenLevels() {
        Transform t = CATALOG.create(P + "randSaltPepper", Map.of("amountRange", "0..0.05", "salt", "1", "pepper", "0"));
        double shares = 0;
        long salt = 0;
        long changed = 0;
        for (long seed = 0; seed < 300; seed++) {
            float[] v = t.apply(constant(64, 64, 0.5f), new SplittableRandom(seed)).image().data();
            int n = 0;
            for (float x : v) {
                assertTrue(x == 0 || x == 0.5f || x == 1, "only salt 1 and pepper 0 are written: " + x);
                n += x == 0.5f ? 0 : 1;
                salt += x == 1 ? 1 : 0;
            }
            assertTrue(n <= 4096 * 0.05 + 4 * Math.sqrt(4096 * 0.05), "at most 5 % of the pixels: " + n);
            shares += n / 4096.0;
            changed += n;
        }
        assertEquals(0.025, shares / 300, 4 * 0.05 / Math.sqrt(12 * 300));
        assertEquals(0.5, (double) salt / changed, 4 * 0.5 / Math.sqrt(changed));
    }

    @Test
    void inverseGammaOnTheUnitDomainIsSoltsEightBitTable() {
        Transform t = CATALOG.create(P + "randGamma", Map.of("gamma", "0.5..1.5", "inverse", "true", "domain", "unit"));
        float[] v = {0, 0.25f, 0.5f, 1, 1.2f, -0.1f};
        for (long seed = 1; seed <= 5; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            r.nextDouble(); // probability
            double g = 0.5 + r.nextDouble();
            float[] out = t.apply(ImageSample.of(Image2D.grey(6, 1, v)), new SplittableRandom(seed)).image().data();
            float[] expected = {0, (float) Math.pow(0.25, 1 / g), (float) Math.pow(0.5, 1 / g), 1, 1, 0};
            assertArrayEquals(expected, out, 0, "gamma " + g);
        }
    }

    @Test
    void cutoutInsideIsSoltsPlacement() {
        Transform t = CATALOG.create(P + "randCutout", Map.of("size", "0.3", "placement", "inside"));
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            r.nextDouble(); // probability
            int x0 = (int) (r.nextDouble() * 7);
            int y0 = (int) (r.nextDouble() * 7);
            float[] out = t.apply(constant(10, 10, 1), new SplittableRandom(seed)).image().data();
            for (int y = 0; y < 10; y++) {
                for (int x = 0; x < 10; x++) {
                    boolean in = x >= x0 && x < x0 + 3 && y >= y0 && y < y0 + 3;
                    assertEquals(in ? 0 : 1, out[y * 10 + x], 0, "seed " + seed + " pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void fractionJitterMovesWholePixelsAsSoltsKeypointsJitter() {
        List<Landmarks.Point> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            points.add(new Landmarks.Point(500, 350));
        }
        points.add(new Landmarks.Point(999, 699));
        ImageSample s = new ImageSample(Image2D.zeros(1000, 700, 1), PixelSpacing.isotropic(1), Optional.empty(),
                Optional.of(new Landmarks(Map.of("p", points), Optional.empty())));
        Transform t = CATALOG.create(P + "randLandmarkJitter", Map.of("fraction", "-0.003..0.003", "probability", "0.5"));
        // by hand for one seed: applied?, then dx, dy per landmark, trunc(u * size)
        long seed = 1;
        SplittableRandom r;
        do {
            r = new SplittableRandom(++seed);
        } while (!(r.nextDouble() < 0.5));
        List<Landmarks.Point> moved = t.apply(s, new SplittableRandom(seed)).landmarks().orElseThrow().all();
        for (int i = 0; i < points.size(); i++) {
            int dx = (int) ((-0.003 + 0.006 * r.nextDouble()) * 1000);
            int dy = (int) ((-0.003 + 0.006 * r.nextDouble()) * 700);
            assertEquals(Math.min(points.get(i).x() + dx, 999), moved.get(i).x(), 0);
            assertEquals(Math.min(points.get(i).y() + dy, 699), moved.get(i).y(), 0);
        }
        int applied = 0;
        int zeroX = 0;
        for (long k = 0; k < 400; k++) {
            List<Landmarks.Point> out = t.apply(s, new SplittableRandom(k * 31 + 5)).landmarks().orElseThrow().all();
            int still = 0;
            for (int i = 0; i < 40; i++) {
                double dx = out.get(i).x() - 500;
                double dy = out.get(i).y() - 350;
                assertTrue(dx == Math.rint(dx) && Math.abs(dx) <= 3 && dy == Math.rint(dy) && Math.abs(dy) <= 2, "at most 0.003 of the size: " + dx + "," + dy);
                still += dx == 0 ? 1 : 0;
            }
            if (still < 40) {
                applied++;
                zeroX += still;
            }
            assertTrue(out.get(40).x() <= 999 && out.get(40).y() <= 699, "capped at the last pixel");
        }
        assertEquals(200, applied, 4 * Math.sqrt(400 * 0.25));
        // trunc(u * 1000) is 0 for |u| < 0.001: a third of -0.003..0.003
        double n = 40.0 * applied;
        assertEquals(1 / 3.0, zeroX / n, 4 * Math.sqrt(2 / 9.0 / n));
    }
}
