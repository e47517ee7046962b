package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.Sample;
import org.osteon.io.dataset.BoneAgeReader;
import org.osteon.io.dataset.KneelReader;
import org.osteon.io.dataset.MuraReader;
import org.osteon.io.dataset.MuraStudy;

/**
 * The MURA, KNEEL and bone age phantoms: the readers give back exactly the ground truth, the same seed gives
 * the same bytes, and the images carry the signal they promise.
 */
class DatasetPhantomTest {

    @TempDir
    Path dir;

    @Test
    void muraRoundTripsThroughTheReader() throws Exception {
        Dataset truth = MuraPhantom.write(dir.resolve("m"), 25, 5);
        Dataset read = new MuraReader().read(dir.resolve("m"));
        assertEquals(truth, read);
        assertEquals(25, MuraStudy.of(read).size());
        assertEquals(20, MuraStudy.of(read.split("train")).size());
        assertEquals(5, MuraStudy.of(read.split("valid")).size());
        read.checkSubjectsDisjoint();
        Set<String> train = read.split("train").subjects();
        assertTrue(read.split("valid").subjects().stream().noneMatch(train::contains));
        long abnormal = MuraStudy.of(read).stream().filter(MuraStudy::abnormal).count();
        assertTrue(abnormal > 5 && abnormal < 20, "both classes present: " + abnormal);
        assertTrue(read.filter(s -> s.attributes().get("studyType").equals("XR_HAND")).size() > 0);
    }

    /**
     * Dark pixels with bright bone 3 pixels away on both sides (along a row, a column or a diagonal): the
     * fracture lines. Soft tissue between bones is wider than 6 pixels, so normal images have (almost) none.
     */
    private static int darkInsideBright(int[][] g) {
        int n = 0;
        int[][] dirs = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};
        for (int y = 3; y < g.length - 3; y++) {
            for (int x = 3; x < g[0].length - 3; x++) {
                if (g[y][x] >= 120) {
                    continue;
                }
                for (int[] d : dirs) {
                    if (g[y + 3 * d[1]][x + 3 * d[0]] > 160 && g[y - 3 * d[1]][x - 3 * d[0]] > 160) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void muraAbnormalImagesCarryFractureLines() throws Exception {
        Dataset truth = MuraPhantom.write(dir.resolve("m"), 30, 11);
        for (Sample s : truth.samples()) {
            int dark = darkInsideBright(PhantomImages.grey(s.image()));
            if (s.target("abnormal").getAsDouble() == 1) {
                assertTrue(dark >= 8, s.id() + " is abnormal but has " + dark + " fracture pixels");
            } else {
                assertTrue(dark <= 2, s.id() + " is normal but has " + dark + " fracture pixels");
            }
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        MuraPhantom.write(dir.resolve("a"), 6, 3);
        MuraPhantom.write(dir.resolve("b"), 6, 3);
        MuraPhantom.write(dir.resolve("c"), 6, 4);
        assertEquals(PhantomImages.checksums(dir.resolve("a")), PhantomImages.checksums(dir.resolve("b")));
        assertNotEquals(PhantomImages.checksums(dir.resolve("a")), PhantomImages.checksums(dir.resolve("c")));
        KneelPhantom.write(dir.resolve("k1"), 2, 3);
        KneelPhantom.write(dir.resolve("k2"), 2, 3);
        assertEquals(PhantomImages.checksums(dir.resolve("k1")), PhantomImages.checksums(dir.resolve("k2")));
        BoneAgePhantom.write(dir.resolve("b1"), 5, 3);
        BoneAgePhantom.write(dir.resolve("b2"), 5, 3);
        Map<String, String> sums = PhantomImages.checksums(dir.resolve("b1"));
        assertEquals(sums, PhantomImages.checksums(dir.resolve("b2")));
        assertEquals(8, sums.size(), "3 CSVs (training, test, hand landmarks) and 5 images: " + sums.keySet());
        assertEquals(1 + 5 * BoneAgePhantom.LANDMARKS.size(), Files.readAllLines(dir.resolve("b1").resolve(BoneAgePhantom.LANDMARKS_CSV)).size(),
                "header and one row per image and landmark");
    }

    @Test
    void kneelRoundTripsAndLandmarksLieOnEdges() throws Exception {
        Dataset truth = KneelPhantom.write(dir.resolve("k"), 10, 7);
        Dataset read = new KneelReader().read(dir.resolve("k"));
        assertEquals(truth, read);
        assertEquals(20, read.size());
        assertEquals(10, read.subjects().size());
        Map<Double, List<Double>> gapsByKl = new TreeMap<>();
        for (Sample s : read.samples()) {
            int[][] g = PhantomImages.grey(s.image());
            assertEquals(KneelPhantom.HEIGHT, g.length);
            List<Double> magnitudes = new ArrayList<>();
            for (int y = 1; y < g.length - 1; y += 3) {
                for (int x = 1; x < g[0].length - 1; x += 3) {
                    magnitudes.add(gradient(g, x, y));
                }
            }
            magnitudes.sort(null);
            double median = magnitudes.get(magnitudes.size() / 2);
            for (Point p : s.landmarks().orElseThrow().all()) {
                double m = gradient(g, (int) p.x(), (int) p.y());
                assertTrue(m > 30 && m > 5 * median, s.id() + " landmark " + p + ": gradient " + m + ", median " + median);
            }
            // the side convention: R on the image's left half, L on its right half
            double meanX = s.landmarks().orElseThrow().all().stream().mapToDouble(Point::x).average().orElseThrow();
            assertEquals(s.attributes().get("side").equals("R"), meanX < KneelPhantom.WIDTH / 2.0, s.id());
            // the fibular head shows the side: beyond the lateral end of the plateau (tibia landmark 0), below it, the
            // image is brighter (bone over soft tissue) than at the mirrored place beyond the medial end (landmark 8)
            Point lateralEnd = s.landmarks().orElseThrow().group("tibia").get(0);
            Point medialEnd = s.landmarks().orElseThrow().group("tibia").get(8);
            int out = lateralEnd.x() < medialEnd.x() ? -1 : 1;
            int lateral = g[(int) lateralEnd.y() + 28][(int) lateralEnd.x() + 2 * out];
            int medial = g[(int) medialEnd.y() + 28][(int) medialEnd.x() - 2 * out];
            assertTrue(lateral > medial + 30, s.id() + ": fibular head " + lateral + ", medial side " + medial);
            assertEquals(s.attributes().get("side").equals("R"), out < 0, s.id() + ": lateral is the image's outer side");
            // joint space: mean tibia row minus mean femur row
            double gap = s.landmarks().orElseThrow().group("tibia").stream().mapToDouble(Point::y).average().orElseThrow()
                    - s.landmarks().orElseThrow().group("femur").stream().mapToDouble(Point::y).average().orElseThrow();
            gapsByKl.computeIfAbsent(s.target("kl").getAsDouble(), k -> new ArrayList<>()).add(gap);
        }
        double previous = Double.MAX_VALUE;
        for (var e : gapsByKl.entrySet()) {
            double mean = e.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertTrue(mean < previous, "the joint space narrows with KL grade: " + gapsByKl);
            previous = mean;
        }
        assertTrue(gapsByKl.size() >= 3, "several KL grades: " + gapsByKl.keySet());
    }

    private static double gradient(int[][] g, int x, int y) {
        double gx = (g[y][x + 1] - g[y][x - 1]) / 2.0;
        double gy = (g[y + 1][x] - g[y - 1][x]) / 2.0;
        return Math.hypot(gx, gy);
    }

    @Test
    void boneAgeRoundTripsAndBoneGrowsWithAge() throws Exception {
        Dataset truth = BoneAgePhantom.write(dir.resolve("b"), 40, 9);
        Dataset read = new BoneAgeReader().read(dir.resolve("b"));
        assertEquals(truth, read);
        assertEquals(Map.of("train", 32, "test", 8), read.count(Sample::split));
        Dataset train = read.split("train");
        double[] age = new double[train.size()];
        double[] feature = new double[train.size()];
        for (int i = 0; i < age.length; i++) {
            Sample s = train.samples().get(i);
            age[i] = s.target("boneage").getAsDouble();
            for (int[] row : PhantomImages.grey(s.image())) {
                for (int v : row) {
                    feature[i] += v > 120 ? v : 0;
                }
            }
        }
        double r = PhantomImages.pearson(age, feature);
        assertTrue(r > 0.8, "bone intensity above 120 must correlate with age, r = " + r);
        Set<String> ids = new HashSet<>();
        read.samples().forEach(s -> ids.add(s.id()));
        assertEquals(40, ids.size());
    }

    @Test
    void refusesANonEmptyFolderAndABadCount() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MuraPhantom.write(dir, 3, 1));
        assertTrue(e.getMessage().contains("already exists and is not empty"), e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
        InvalidInputException count = assertThrows(InvalidInputException.class,
                () -> KneelPhantom.write(dir.resolve("k"), 0, 1));
        assertEquals("the KNEEL phantom needs a count of 1..10000, got 0", count.getMessage());
    }
}
