package org.osteon.phantom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.core.dataset.Sample;
import org.osteon.phantom.internal.Canvas;

/**
 * Synthetic bilateral PA knee radiographs with KNEEL-style landmarks, in the layout the KNEEL reader reads:
 * {@code landmarks.csv} (header {@code subject_id,side,kl,tibia,femur,bbox,center,spacing}) and
 * {@code images/<subject_id>.png}.
 * <p>
 * {@code count} subjects (7-digit ids from 9000001 up), each one {@link #WIDTH} x {@link #HEIGHT} 8-bit grey
 * PNG with both knees: R on the image's left, L on its right, drawn as mirror images of each other. Each knee
 * has a {@link #ROI} x {@link #ROI} ROI (x2, y2 exclusive) centred within a few pixels of its quarter of the
 * image; the femur (bright, 200) comes down from the top with two condyles, the tibia (200) comes up from the
 * bottom with a plateau and tibial spines, in a band of soft tissue (90) on a dark background (20), with a
 * one-pixel soft edge and Gaussian noise of SD 4. The joint space is the Kellgren-Lawrence proxy: the gap
 * between the condyles and the plateau is {@code 16 - 3 * kl} pixels (kl 0..4, random per knee). The lateral
 * condyle is 0.75..1 as deep as the medial one, and the fibular head (bone, half-transparent where it leaves the
 * tibia) lies under the lateral edge of the plateau, so each knee shows its side. Landmarks,
 * as in KNEEL, are 9 tibia points along the plateau edge and 7 femur points along the condyle edge, integers
 * in ROI coordinates, mirrored for L (x_image = x2 - x_roi; R: x_image = x1 + x_roi), and lie on the bone
 * edges. Pixel spacing {@link #SPACING_MM} mm, written in the {@code spacing} column. One split ("train");
 * the same count and seed give byte-identical files.
 */
public final class KneelPhantom {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 176;
    public static final int ROI = 128;
    public static final double SPACING_MM = 0.5;
    public static final float BACKGROUND = 20;
    public static final float SOFT_TISSUE = 90;
    public static final float BONE = 200;
    public static final double NOISE_SD = 4;
    /** The fibular head's centre lies this many pixels lateral of the joint centre. */
    static final double FIBULA_OFFSET = 42;

    private KneelPhantom() {
    }

    /** The anatomy of one knee in ROI coordinates (u right, v down), with joint centre (cu, cv). */
    private record Knee(String side, int kl, int x1, int y1, double cu, double cv, double gap, double lateral) {

        int x2() {
            return x1 + ROI;
        }

        /**
         * Lower edge of the femoral condyles: lowest (cv - gap / 2) under the medial condyle, the lateral one
         * {@code lateral} (0.75..1) as deep, 7 pixels higher at the notch.
         */
        double femurEdge(double u) {
            double d = u - cu;
            double medialBump = Math.exp(-Math.pow((d - 20) / 14, 2));
            double lateralBump = lateral * Math.exp(-Math.pow((d + 20) / 14, 2));
            return cv - gap / 2 - 8 + 8 * Math.max(medialBump, lateralBump);
        }

        /** Upper edge of the tibial plateau, with the spines rising in the middle. */
        double tibiaEdge(double u) {
            double d = u - cu;
            return cv + gap / 2 - 4 * Math.exp(-Math.pow(d / 5, 2)) + 0.002 * d * d;
        }

        /**
         * How far (pixels, roughly) (u, v) lies inside the fibular head: an ellipse (radii 10 and 14) on the lateral
         * side, under the lateral edge of the tibial plateau, as on a PA radiograph. It tells a knee's side, so that a
         * flipped image with its landmarks still named as before (KNEEL's augmentation) is not ambiguous.
         */
        double insideFibula(double u, double v) {
            double du = (u - (cu - FIBULA_OFFSET)) / 10;
            double dv = (v - (cv + gap / 2 + 28)) / 14;
            return 10 * (1 - Math.sqrt(du * du + dv * dv));
        }

        /** Half-width of the bones at row v: shafts away from the joint, wide near it. */
        double halfWidth(double v) {
            double dist = Math.abs(v - cv);
            return dist < 22 ? 46 : Math.max(24, 46 - (dist - 22) * 1.1);
        }

        double toU(double x) {
            return side.equals("L") ? x2() - x : x - x1;
        }

        Point toImage(double u, double v) {
            return new Point(side.equals("L") ? x2() - u : x1 + u, y1 + v);
        }
    }

    /**
     * Writes {@code count} subjects (1..10000) into {@code dir} (new or empty) and returns the ground truth, equal
     * to what the KNEEL reader gives for {@code dir}.
     */
    public static Dataset write(Path dir, int count, long seed) throws IOException {
        Path root = org.osteon.phantom.internal.PhantomFolder.prepare(dir, count, 1, 10_000, "KNEEL");
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("subject_id,side,kl,tibia,femur,bbox,center,spacing\n");
        List<Sample> samples = new ArrayList<>();
        int id = 9000000;
        for (int s = 0; s < count; s++) {
            id += 1 + random.nextInt(900);
            String subject = Integer.toString(id);
            Path image = root.resolve("images").resolve(subject + ".png");
            Knee[] knees = new Knee[2];
            for (int k = 0; k < 2; k++) {
                String side = k == 0 ? "L" : "R";
                int centreX = (side.equals("R") ? WIDTH / 4 : 3 * WIDTH / 4) + random.nextInt(-6, 7);
                int centreY = HEIGHT / 2 + random.nextInt(-6, 7);
                int kl = random.nextInt(5);
                knees[k] = new Knee(side, kl, centreX - ROI / 2, centreY - ROI / 2, ROI / 2.0 + random.nextDouble(-3, 3),
                        ROI / 2.0 + random.nextDouble(-3, 3), 16 - 3 * kl, random.nextDouble(0.75, 1));
            }
            draw(knees, random).writePng(image);
            for (Knee knee : knees) {
                List<Point> tibiaRoi = new ArrayList<>();
                List<Point> femurRoi = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    double u = Math.round(knee.cu - 40 + 10 * i);
                    tibiaRoi.add(new Point(u, Math.round(knee.tibiaEdge(u))));
                }
                for (int j = 0; j < 7; j++) {
                    double u = Math.round(knee.cu - 36 + 12 * j);
                    femurRoi.add(new Point(u, Math.round(knee.femurEdge(u))));
                }
                int cx = knee.x1 + ROI / 2;
                int cy = knee.y1 + ROI / 2;
                String bbox = knee.x1 + "," + knee.y1 + "," + knee.x2() + "," + (knee.y1 + ROI);
                csv.append(subject).append(',').append(knee.side).append(',').append(knee.kl).append(",\"")
                        .append(points(tibiaRoi)).append("\",\"").append(points(femurRoi)).append("\",\"")
                        .append(bbox).append("\",\"").append(cx).append(',').append(cy).append("\",")
                        .append(String.format(Locale.ROOT, "%s", SPACING_MM)).append('\n');
                Map<String, List<Point>> groups = new LinkedHashMap<>();
                groups.put("tibia", tibiaRoi.stream().map(p -> knee.toImage(p.x(), p.y())).toList());
                groups.put("femur", femurRoi.stream().map(p -> knee.toImage(p.x(), p.y())).toList());
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("side", knee.side);
                attributes.put("bbox", bbox);
                attributes.put("center", cx + "," + cy);
                samples.add(new Sample(subject + "-" + knee.side, subject, "train", image,
                        Map.of("kl", (double) knee.kl), attributes,
                        Optional.of(new Landmarks(groups, Optional.of(PixelSpacing.isotropic(SPACING_MM))))));
            }
        }
        Files.writeString(root.resolve("landmarks.csv"), csv, StandardCharsets.UTF_8);
        return new Dataset("KNEEL landmarks.csv", root, "org.osteon.io.kneel", samples);
    }

    private static String points(List<Point> points) {
        StringBuilder sb = new StringBuilder();
        for (Point p : points) {
            sb.append(sb.isEmpty() ? "" : ",").append((long) p.x()).append(',').append((long) p.y());
        }
        return sb.toString();
    }

    private static Canvas draw(Knee[] knees, SplittableRandom random) {
        Canvas c = new Canvas(WIDTH, HEIGHT, BACKGROUND);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                Knee k = x < WIDTH / 2 ? knees[1] : knees[0];
                double u = k.toU(x);
                double v = y - k.y1;
                double half = k.halfWidth(v);
                // soft tissue band, then the bones with a one-pixel soft edge across the joint-facing edges
                c.blend(x, y, SOFT_TISSUE, half + 14.5 - Math.abs(u - k.cu));
                double across = half + 0.5 - Math.abs(u - k.cu);
                if (across > 0) {
                    double femur = Math.min(across, k.femurEdge(u) + 0.5 - v);
                    double tibia = Math.min(across, v + 0.5 - k.tibiaEdge(u));
                    c.blend(x, y, BONE, Math.max(femur, tibia));
                }
                c.blend(x, y, BONE, Math.min(0.5, k.insideFibula(u, v)));
            }
        }
        c.noise(random, NOISE_SD);
        return c;
    }
}
