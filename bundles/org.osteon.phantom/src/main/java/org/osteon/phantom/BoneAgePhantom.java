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
 * Synthetic hand radiographs in the layout of the RSNA Pediatric Bone Age Challenge:
 * {@code boneage-training-dataset.csv} ({@code id,boneage,male}, male as True/False) with
 * {@code boneage-training-dataset/<id>.png}, and {@code boneage-test-dataset.csv} ({@code Case ID,Sex}, M/F,
 * no bone ages, as in the challenge) with {@code boneage-test-dataset/<id>.png}.
 * <p>
 * {@code count} images: the last {@code count / 5} (rounded down) form the test list. Bone ages are whole
 * months, uniform in 6..228; sex is random. Each image ({@link #WIDTH} x {@link #HEIGHT} 8-bit grey PNG) shows a
 * hand (soft tissue 70 on background 15): radius and ulna, five metacarpals and the phalanges, all scaled by
 * {@code 0.55 + 0.45 * age / 228} (times 1.03 for boys, times a random 0.95..1.05), with bone brightness
 * {@code 150 + 60 * age / 228}; and carpal ossification centres, {@code min(8, 1 + age / 24)} of them, whose
 * size and brightness also grow with age. Gaussian noise of SD 5. Bone area and brightness therefore grow with
 * age (a simple feature, the summed intensity above 120, correlates with age at r > 0.9). Case ids run from
 * 1377 up in random steps; test ids follow the training ids. The same count and seed give byte-identical files.
 * <p>
 * {@code hand_landmarks.csv} ({@code image,landmark,x,y}, one row per image and landmark, pixel coordinates with
 * the origin at the centre of the top-left pixel) gives {@link #LANDMARKS} of every image, training and test:
 * the tips of the thumb, the middle and the little finger (the end of the distal phalanx) and the wrist (the
 * centre between radius and ulna at their distal ends).
 */
public final class BoneAgePhantom {

    public static final int WIDTH = 128;
    public static final int HEIGHT = 160;
    public static final double MIN_AGE = 6;
    public static final double MAX_AGE = 228;
    public static final float BACKGROUND = 15;
    public static final float SOFT_TISSUE = 70;
    public static final double NOISE_SD = 5;
    public static final String LANDMARKS_CSV = "hand_landmarks.csv";
    public static final List<String> LANDMARKS = List.of("thumb-tip", "middle-tip", "little-tip", "wrist");

    private BoneAgePhantom() {
    }

    /**
     * Writes {@code count} images (1..100000) into {@code dir} (new or empty) and returns the ground truth, equal
     * to what the bone age reader gives for {@code dir} (test images carry no bone age).
     */
    public static Dataset write(Path dir, int count, long seed) throws IOException {
        Path root = PhantomFolder.prepare(dir, count, 1, 100_000, "bone age");
        SplittableRandom random = new SplittableRandom(seed);
        int test = count / 5;
        StringBuilder train = new StringBuilder("id,boneage,male\n");
        StringBuilder testCsv = new StringBuilder("Case ID,Sex\n");
        StringBuilder landmarks = new StringBuilder("image,landmark,x,y\n");
        List<Sample> samples = new ArrayList<>();
        int id = 1376;
        for (int i = 0; i < count; i++) {
            id += 1 + random.nextInt(3);
            boolean isTest = i >= count - test;
            int age = (int) MIN_AGE + random.nextInt((int) (MAX_AGE - MIN_AGE) + 1);
            boolean male = random.nextBoolean();
            String folder = isTest ? "boneage-test-dataset" : "boneage-training-dataset";
            Path image = root.resolve(folder).resolve(id + ".png");
            double[][] points = new double[LANDMARKS.size()][];
            hand(age, male, random, points).writePng(image);
            for (int k = 0; k < points.length; k++) {
                landmarks.append(id).append(',').append(LANDMARKS.get(k)).append(',').append(String.format(java.util.Locale.ROOT, "%.2f,%.2f",
                        points[k][0], points[k][1])).append('\n');
            }
            Map<String, Double> targets = new LinkedHashMap<>();
            if (isTest) {
                testCsv.append(id).append(',').append(male ? "M" : "F").append('\n');
            } else {
                train.append(id).append(',').append(age).append(',').append(male ? "True" : "False").append('\n');
                targets.put("boneage", (double) age);
            }
            targets.put("male", male ? 1.0 : 0.0);
            samples.add(new Sample(Integer.toString(id), Integer.toString(id), isTest ? "test" : "train", image,
                    targets, Map.of()));
        }
        Files.writeString(root.resolve("boneage-training-dataset.csv"), train, StandardCharsets.UTF_8);
        Files.writeString(root.resolve(LANDMARKS_CSV), landmarks, StandardCharsets.UTF_8);
        if (test > 0) {
            Files.writeString(root.resolve("boneage-test-dataset.csv"), testCsv, StandardCharsets.UTF_8);
        }
        return new Dataset("RSNA bone age", root, "org.osteon.io.boneage", samples);
    }

    /** The hand's radiograph; {@code landmarks} receives the {@link #LANDMARKS} positions (no random draws of their own). */
    private static Canvas hand(int age, boolean male, SplittableRandom random, double[][] landmarks) {
        double maturity = (age - MIN_AGE) / (MAX_AGE - MIN_AGE);
        double scale = (0.55 + 0.45 * age / MAX_AGE) * (male ? 1.03 : 1) * random.nextDouble(0.95, 1.05);
        float bone = (float) (150 + 60 * age / MAX_AGE);
        Canvas c = new Canvas(WIDTH, HEIGHT, BACKGROUND);
        double cx = WIDTH / 2.0 + random.nextDouble(-4, 4);
        double wristY = HEIGHT - 30 + random.nextDouble(-3, 3);
        double palmH = 34 * scale;
        double palmW = 44 * scale;
        // soft tissue: forearm, palm, fingers
        c.capsule(cx, HEIGHT + 10, cx, wristY, 20 * scale + 4, SOFT_TISSUE);
        c.capsule(cx - palmW / 4, wristY - palmH * 0.2, cx + palmW / 4, wristY - palmH * 0.2, palmW / 2 + 2,
                SOFT_TISSUE);
        c.capsule(cx, wristY - palmH * 0.2, cx, wristY - palmH, palmW / 2 + 2, SOFT_TISSUE);
        double[] fingerX = {-1.05, -0.5, 0, 0.5, 1.0};
        double[] fingerLen = {0.6, 0.9, 1.0, 0.95, 0.75};
        for (int f = 0; f < 5; f++) {
            double baseX = cx + fingerX[f] * palmW / 2;
            double baseY = wristY - palmH;
            double tipY = baseY - 46 * scale * fingerLen[f];
            if (f == 0) {
                c.capsule(cx - palmW / 2, wristY - palmH * 0.3, baseX - 10 * scale, baseY + 2, 5 * scale + 2, SOFT_TISSUE);
            } else {
                c.capsule(baseX, baseY, baseX, tipY, 5 * scale + 2, SOFT_TISSUE);
            }
        }
        // radius and ulna
        landmarks[3] = new double[] {cx + 0.5 * scale, wristY + 5};
        c.capsule(cx - 8 * scale, HEIGHT + 10, cx - 8 * scale, wristY + 4, 5 * scale, bone);
        c.capsule(cx + 9 * scale, HEIGHT + 10, cx + 9 * scale, wristY + 6, 3.5 * scale, bone);
        // metacarpals and phalanges
        for (int f = 0; f < 5; f++) {
            double baseX = cx + fingerX[f] * palmW / 2;
            double r = 2.2 * scale + 0.6;
            if (f == 0) {
                double tx = baseX - 10 * scale;
                c.capsule(cx - palmW / 3, wristY - palmH * 0.25, tx, wristY - palmH * 0.7, r, bone);
                c.capsule(tx - 1, wristY - palmH * 0.7 - 3, tx - 3 * scale, wristY - palmH - 8 * scale, r, bone);
                landmarks[0] = new double[] {tx - 3 * scale, wristY - palmH - 8 * scale - r};
                continue;
            }
            double y = wristY - 6 * scale;
            double[] segments = {palmH - 8 * scale, 20 * scale * fingerLen[f], 12 * scale * fingerLen[f],
                    8 * scale * fingerLen[f]};
            for (double len : segments) {
                c.capsule(baseX, y, baseX, y - len, r, bone);
                y -= len + 2.5; // joint gap
            }
            if (f == 2 || f == 4) {
                landmarks[f == 2 ? 1 : 2] = new double[] {baseX, y + 2.5 - r};
            }
        }
        // carpal ossification centres: more, larger and brighter with age
        int centres = (int) Math.min(8, 1 + age / 24);
        double[][] at = {{0, 0}, {-0.5, 0.1}, {0.5, 0.05}, {-0.25, -0.4}, {0.25, -0.4}, {-0.6, -0.35}, {0.6, -0.3},
                {0, -0.75}};
        float centreBrightness = (float) (110 + 100 * Math.min(1, maturity * 1.2));
        for (int k = 0; k < centres; k++) {
            double x = cx + at[k][0] * 16 * scale;
            double y = wristY - 4 * scale + at[k][1] * 16 * scale;
            c.disc(x, y, (1.5 + 3 * maturity) * scale + 0.5, centreBrightness);
        }
        c.noise(random, NOISE_SD);
        return c;
    }
}
