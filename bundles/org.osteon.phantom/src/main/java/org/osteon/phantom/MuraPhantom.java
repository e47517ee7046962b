package org.osteon.phantom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;
import org.osteon.phantom.internal.Canvas;
import org.osteon.phantom.internal.PhantomFolder;

/**
 * A synthetic MURA v1.1 data set in the real layout (MURA-v1.1/{train,valid}_image_paths.csv,
 * {train,valid}_labeled_studies.csv, no header rows; images under
 * MURA-v1.1/{train,valid}/XR_TYPE/patientNNNNN/studyN_{positive,negative}/imageK.png), for testing readers and
 * abnormality classifiers end to end.
 * <p>
 * {@code count} studies: the last {@code round(count / 5)} go to valid, the rest to train. About three in
 * four studies are XR_FINGER (one bright phalanx-like bone), the rest XR_HAND (three metacarpal-like bones
 * with soft tissue of 8 px or more between them). Patients have one or two studies; patient numbers run on from train into valid, so a
 * patient is never in both splits. Half of the studies, at random, are abnormal: every image of an abnormal
 * study has one or two dark, 2-pixel-thick, fracture-like lines across a bone; normal images have none.
 * Images are 8-bit grey PNGs of {@link #SIZE} x {@link #SIZE} pixels, one to three per study: background 30,
 * soft tissue 80, bone 200, lines 70, Gaussian noise of SD 5. The same count and seed give byte-identical
 * files.
 */
public final class MuraPhantom {

    public static final int SIZE = 128;
    public static final float BACKGROUND = 30;
    public static final float SOFT_TISSUE = 80;
    public static final float BONE = 200;
    public static final float FRACTURE = 70;
    public static final double NOISE_SD = 5;
    private static final String ROOT = "MURA-v1.1";

    private MuraPhantom() {
    }

    /** One bone: a capsule from (x0, y0) to (x1, y1) with half-width r. */
    private record Bone(double x0, double y0, double x1, double y1, double r) {
    }

    /**
     * Writes {@code count} studies (1..100000) into {@code dir} (new or empty) and returns the ground truth, equal
     * to what the MURA reader gives for {@code dir}.
     */
    public static Dataset write(Path dir, int count, long seed) throws IOException {
        Path root = PhantomFolder.prepare(dir, count, 1, 100_000, "MURA");
        SplittableRandom random = new SplittableRandom(seed);
        int valid = (int) Math.round(count / 5.0);
        List<Sample> samples = new ArrayList<>();
        int patient = 0;
        int study = 0;
        for (String split : List.of("train", "valid")) {
            int studies = split.equals("train") ? count - valid : valid;
            StringBuilder images = new StringBuilder();
            StringBuilder labels = new StringBuilder();
            int written = 0;
            while (written < studies) {
                patient++;
                int perPatient = Math.min(studies - written, random.nextDouble() < 0.3 ? 2 : 1);
                for (int s = 1; s <= perPatient; s++, written++, study++) {
                    String type = random.nextDouble() < 0.75 ? "XR_FINGER" : "XR_HAND";
                    boolean abnormal = random.nextBoolean();
                    String studyPath = ROOT + "/" + split + "/" + type + "/" + String.format("patient%05d", patient)
                            + "/study" + s + (abnormal ? "_positive" : "_negative");
                    labels.append(studyPath).append("/,").append(abnormal ? 1 : 0).append('\n');
                    int n = 1 + random.nextInt(3);
                    for (int k = 1; k <= n; k++) {
                        String path = studyPath + "/image" + k + ".png";
                        image(type, abnormal, random).writePng(root.resolve(path));
                        images.append(path).append('\n');
                        Map<String, String> attributes = new LinkedHashMap<>();
                        attributes.put("study", studyPath);
                        attributes.put("studyType", type);
                        samples.add(new Sample(path, String.format("patient%05d", patient), split, root.resolve(path),
                                Map.of("abnormal", abnormal ? 1.0 : 0.0), attributes));
                    }
                }
            }
            Files.createDirectories(root.resolve(ROOT));
            Files.writeString(root.resolve(ROOT).resolve(split + "_image_paths.csv"), images, StandardCharsets.UTF_8);
            Files.writeString(root.resolve(ROOT).resolve(split + "_labeled_studies.csv"), labels, StandardCharsets.UTF_8);
        }
        return new Dataset(ROOT, root, "org.osteon.io.mura", samples);
    }

    private static Canvas image(String type, boolean abnormal, SplittableRandom random) {
        Canvas c = new Canvas(SIZE, SIZE, BACKGROUND);
        double tilt = Math.toRadians(random.nextDouble(-20, 20));
        double cx = SIZE / 2.0 + random.nextDouble(-8, 8);
        double cy = SIZE / 2.0 + random.nextDouble(-6, 6);
        List<Bone> bones = new ArrayList<>();
        if (type.equals("XR_FINGER")) {
            double half = random.nextDouble(36, 46);
            bones.add(bone(cx, cy, 0, half, tilt, random.nextDouble(9, 12)));
        } else {
            double half = random.nextDouble(28, 36);
            for (int b = -1; b <= 1; b++) {
                bones.add(bone(cx, cy, b * 22.0, half, tilt, random.nextDouble(5, 7)));
            }
        }
        for (Bone b : bones) {
            c.capsule(b.x0, b.y0, b.x1, b.y1, b.r + 9, SOFT_TISSUE);
        }
        for (Bone b : bones) {
            c.capsule(b.x0, b.y0, b.x1, b.y1, b.r, BONE);
        }
        if (abnormal) {
            Bone b = bones.get(random.nextInt(bones.size()));
            int lines = 1 + random.nextInt(2);
            for (int l = 0; l < lines; l++) {
                fracture(c, b, random);
            }
        }
        c.noise(random, NOISE_SD);
        return c;
    }

    /** A bone along the tilted vertical axis through (cx, cy), shifted sideways by {@code offset}. */
    private static Bone bone(double cx, double cy, double offset, double half, double tilt, double r) {
        double ax = Math.sin(tilt);
        double ay = Math.cos(tilt);
        double ox = cx + offset * ay;
        double oy = cy - offset * ax;
        return new Bone(ox - half * ax, oy - half * ay, ox + half * ax, oy + half * ay, r);
    }

    /** A dark 2-pixel line across the bone, within its outline, at a random place and angle. */
    private static void fracture(Canvas c, Bone b, SplittableRandom random) {
        double t = random.nextDouble(0.25, 0.75);
        double px = b.x0 + t * (b.x1 - b.x0);
        double py = b.y0 + t * (b.y1 - b.y0);
        double len = Math.hypot(b.x1 - b.x0, b.y1 - b.y0);
        double ux = (b.x1 - b.x0) / len;
        double uy = (b.y1 - b.y0) / len;
        double angle = Math.toRadians(random.nextDouble(-30, 30));
        // direction across the bone, turned by the angle
        double nx = -uy * Math.cos(angle) + ux * Math.sin(angle);
        double ny = ux * Math.cos(angle) + uy * Math.sin(angle);
        double reach = b.r * 1.3;
        int minX = (int) Math.max(0, Math.floor(px - reach - 2));
        int maxX = (int) Math.min(c.width() - 1, Math.ceil(px + reach + 2));
        int minY = (int) Math.max(0, Math.floor(py - reach - 2));
        int maxY = (int) Math.min(c.height() - 1, Math.ceil(py + reach + 2));
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                if (Canvas.segmentDistance(x, y, b.x0, b.y0, b.x1, b.y1) > b.r - 1) {
                    continue; // keep the cortex outline: the line stays inside the bone
                }
                double d = Canvas.segmentDistance(x, y, px - reach * nx, py - reach * ny, px + reach * nx, py + reach * ny);
                c.blend(x, y, FRACTURE, 1.5 - d);
            }
        }
    }
}
