package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.Volume;
import org.osteon.io.RasterImageReader;
import org.osteon.io.RasterImageWriter;
import org.osteon.methods.internal.LandmarkForest;
import org.osteon.phantom.BoneAgePhantom;
import org.osteon.preprocess.Mixup;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;

/**
 * The landmark forest's split rule and error on worked examples, its learning on images whose landmark is a bright
 * dot, and examples/bone-age/landmark-forest.osteon end to end on the bone-age phantom's hand_landmarks.csv: in pixels,
 * and in millimetres too when every image states its pixel spacing.
 */
class LandmarkForestTest {

    @TempDir
    Path dir;

    /**
     * Values 1, 2, 3 with displacement (0, 0) and 10, 11, 12 with (6, 8): the total squared error about the mean
     * (3, 4) is 6 x 25 = 150. A threshold in (3, 10] separates the groups and removes all of it (gain 150); a
     * threshold in (2, 3] leaves two (0,0) on the left and (0,0), 3 x (6,8) on the right, whose mean is (4.5, 6):
     * 20.25 + 36 + 3 x (2.25 + 4) = 75 remain, gain 75; a threshold in (1, 2] leaves one (0,0) on the left and
     * 2 x (0,0), 3 x (6,8) on the right, mean (3.6, 4.8): 2 x 36 + 3 x 16 = 120 remain, gain 30.
     */
    @Test
    void splitRuleOnAWorkedExample() {
        float[] values = {1, 2, 3, 10, 11, 12};
        double[] dx = {0, 0, 0, 6, 6, 6};
        double[] dy = {0, 0, 0, 8, 8, 8};
        assertEquals(150, LandmarkForest.gain(values, 6, dx, dy), 1e-9);
        assertEquals(150, LandmarkForest.gain(values, 10, dx, dy), 1e-9, "left is value < threshold");
        assertEquals(75, LandmarkForest.gain(values, 2.5f, dx, dy), 1e-9);
        assertEquals(30, LandmarkForest.gain(values, 2, dx, dy), 1e-9);
        assertEquals(0, LandmarkForest.gain(values, 1, dx, dy), 1e-9, "nothing on the left");
        LandmarkForest.Feature f = new LandmarkForest.Feature(0, 0, 1, 1);
        LandmarkForest.Split best = LandmarkForest.bestThreshold(f, values, dx, dy, 10, new SplittableRandom(3));
        assertEquals(150, best.gain(), 1e-9, "the best of 10 thresholds drawn in [1, 12) separates the groups");
        assertTrue(best.threshold() > 3 && best.threshold() <= 10, "threshold " + best.threshold());
        assertEquals(null, LandmarkForest.bestThreshold(f, new float[] {4, 4, 4}, dx, dy, 10, new SplittableRandom(3)), "equal values");
    }

    /** (3, 4) from (0, 0) is 5 off, (1, 1) from (1, 1) is exact: mean 2.5. */
    @Test
    void meanEuclideanErrorOnAWorkedExample() {
        assertEquals(2.5, LandmarkForest.meanError(List.of(new double[] {3, 4}, new double[] {1, 1}),
                List.of(new double[] {0, 0}, new double[] {1, 1})), 1e-12);
    }

    @Test
    void splitOfSixtyImagesIsAPermutation() {
        int[] p = Mixup.permutation(60, new SplittableRandom(1));
        assertEquals(60, p.length);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 60; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    /** A bright 5 x 5 square at a random place on noise: the forest finds it within 3 pixels on new images. */
    @Test
    void findsABrightSpot() {
        SplittableRandom r = new SplittableRandom(11);
        List<LandmarkForest.Image> images = new ArrayList<>();
        List<double[]> spots = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int w = 48;
            int h = 40;
            float[] g = new float[w * h];
            for (int k = 0; k < g.length; k++) {
                g[k] = (float) r.nextDouble(0, 0.2);
            }
            int x = r.nextInt(8, w - 8);
            int y = r.nextInt(8, h - 8);
            for (int j = y - 2; j <= y + 2; j++) {
                for (int k = x - 2; k <= x + 2; k++) {
                    g[j * w + k] = 1;
                }
            }
            images.add(new LandmarkForest.Image(g, w, h));
            spots.add(new double[] {x, y});
        }
        LandmarkForest forest = LandmarkForest.train(images.subList(0, 20), spots.subList(0, 20),
                new LandmarkForest.Settings(8, 14, 100, 10, 100, 12, 8, 1), 5);
        List<double[]> found = new ArrayList<>();
        for (int i = 20; i < 30; i++) {
            found.add(forest.locate(images.get(i), 1));
        }
        double error = LandmarkForest.meanError(found, spots.subList(20, 30));
        assertTrue(error < 3, "mean error " + error + " px");
    }

    @Test
    void exampleWritesTheErrorPerLandmark() throws Exception {
        Path run = dir.resolve("run");
        OsteonCommand.Result r = OsteonCommand.runExperiment(RepositoryFiles.resolve("examples", "bone-age", "landmark-forest.osteon"), run,
                "rounds=1", "landmarks.trees=2", "landmarks.depth=8");
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> rows = Files.readAllLines(run.resolve("results/landmark-error.csv"));
        assertEquals("row,mean-error-px,sd-px", rows.get(0));
        assertEquals(List.of("thumb-tip", "middle-tip", "little-tip", "wrist"), rows.subList(1, rows.size()).stream().map(l -> l.split(",")[0]).toList());
        for (String row : rows.subList(1, rows.size())) {
            double mean = Double.parseDouble(row.split(",")[1]);
            assertTrue(mean >= 0 && mean < 40, row);
        }
    }

    @Test
    void errorsInMillimetresWhenEveryImageStatesItsSpacing() throws Exception {
        Path data = dir.resolve("hands");
        BoneAgePhantom.write(data, 75, 2);
        // the phantom's PNGs state no spacing; written again, same pixels, with a pHYs chunk of 0.25 mm
        try (Stream<Path> files = Files.walk(data)) {
            for (Path png : files.filter(p -> p.toString().endsWith(".png")).toList()) {
                Volume v = new RasterImageReader().read(png);
                RasterImageWriter.writePng8(new Volume(v.size(), Geometry.of(0.25, 0.25, 1), v.data()), png);
            }
        }
        Path run = dir.resolve("run-mm");
        OsteonCommand.Result r = OsteonCommand.runExperiment(RepositoryFiles.resolve("examples", "bone-age", "landmark-forest.osteon"), run,
                "data=" + data, "rounds=1", "landmarks.trees=2", "landmarks.depth=8");
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> rows = Files.readAllLines(run.resolve("results/landmark-error.csv"));
        assertEquals("row,mean-error-px,sd-px,mean-error-mm,sd-mm", rows.get(0));
        assertEquals(5, rows.size(), rows.toString());
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            assertEquals(0.25 * Double.parseDouble(f[1]), Double.parseDouble(f[3]), 1e-9, row);
            assertEquals(0.25 * Double.parseDouble(f[2]), Double.parseDouble(f[4]), 1e-9, row);
        }
    }
}
