package org.osteon.methods.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.methods.kneel.KneelInference;
import org.osteon.preprocess.Mixup;

/**
 * {@code org.osteon.methods.landmarkForest}: the random-regression-forest landmark baseline on hand radiographs. Reads
 * {@code ROOT/hand_landmarks.csv} ({@code image,landmark,x,y}) beside an RSNA-layout data set, takes its first
 * {@code images} images that have landmarks, and in each of {@code rounds} rounds splits them at random into
 * {@code train} training and the rest test images, trains one forest per landmark and measures the Euclidean error
 * on the test images. Writes {@code results/landmark-error.csv}: one row per landmark, the mean and SD of the error
 * in pixels over every test image of every round, and in millimetres too when every image states its pixel spacing
 * (DICOM Imager Pixel Spacing or Pixel Spacing, PNG {@code pHYs}, TIFF resolution, JPEG density).
 */
public final class LandmarkForestStep implements Step {

    public static final String CSV = "hand_landmarks.csv";
    public static final List<String> HEADER = List.of("image", "landmark", "x", "y");
    public static final List<String> COLUMNS = List.of("mean-error-px", "sd-px");
    public static final List<String> COLUMNS_MM = List.of("mean-error-px", "sd-px", "mean-error-mm", "sd-mm");

    @Override
    public void run(StepContext context) throws Exception {
        Dataset dataset = context.input("dataset", Dataset.class);
        int count = (int) context.integer("images");
        int trainCount = (int) context.integer("train");
        int rounds = (int) context.integer("rounds");
        if (trainCount < 1 || trainCount >= count) {
            throw new InvalidInputException("step '" + context.stepId() + "': train (" + trainCount + ") must be at least 1 and less than images ("
                    + count + ")");
        }
        LandmarkForest.Settings settings = new LandmarkForest.Settings((int) context.integer("trees"), (int) context.integer("depth"),
                (int) context.integer("features"), (int) context.integer("thresholds"), (int) context.integer("pixelsPerImage"),
                (int) context.integer("radius"), (int) context.integer("reach"), (int) context.integer("stride"));
        Path csv = dataset.root().resolve(CSV);
        Map<String, Map<String, double[]>> points = read(csv);
        List<String> landmarks = new ArrayList<>();
        points.values().forEach(m -> m.keySet().forEach(l -> {
            if (!landmarks.contains(l)) {
                landmarks.add(l);
            }
        }));
        List<org.osteon.core.dataset.Sample> samples = dataset.samples().stream()
                .filter(s -> points.containsKey(s.id()) && points.get(s.id()).keySet().containsAll(landmarks)).limit(count).toList();
        if (samples.size() < count) {
            throw new InvalidInputException(csv + " gives all " + landmarks.size() + " landmarks for " + samples.size() + " images of data set "
                    + dataset.name() + "; the baseline needs " + count + " (parameter images)");
        }
        List<LandmarkForest.Image> images = new ArrayList<>();
        // mm per pixel of each image; the errors are given in mm too only when every image states its spacing
        double[] spacing = new double[count];
        String withoutSpacing = null;
        for (int i = 0; i < count; i++) {
            org.osteon.core.dataset.Sample s = samples.get(i);
            RadiographPreprocessing.Radiograph r = RadiographPreprocessing.read(s.image(), context.registries().readers());
            images.add(new LandmarkForest.Image(r.unit(), r.width(), r.height()));
            OptionalDouble mm = KneelInference.spacing(s.image(), context.registries().readers());
            spacing[i] = mm.orElse(Double.NaN);
            if (mm.isEmpty() && withoutSpacing == null) {
                withoutSpacing = s.image().toString();
            }
        }
        boolean millimetres = withoutSpacing == null;
        context.note("units", millimetres ? "every image states its pixel spacing: errors in pixels and millimetres"
                : "errors in pixels only: image " + withoutSpacing + " states no pixel spacing");
        context.note("landmark forest", String.format(Locale.ROOT, "%d rounds of a random %d/%d split of %d images; T = %d trees of depth %d, "
                + "%d candidate features and %d thresholds per split, %d training pixels per image within %d px, offsets up to %d px, "
                + "votes every %d px", rounds, trainCount, count - trainCount, count, settings.trees(), settings.depth(), settings.features(),
                settings.thresholds(), settings.pixelsPerImage(), settings.radius(), settings.reach(), settings.stride()));
        Map<String, List<Double>> errors = new LinkedHashMap<>();
        Map<String, List<Double>> errorsMm = new LinkedHashMap<>();
        landmarks.forEach(l -> {
            errors.put(l, new ArrayList<>());
            errorsMm.put(l, new ArrayList<>());
        });
        context.progress().begin("landmark forests", rounds * landmarks.size());
        for (int round = 0; round < rounds; round++) {
            int[] order = Mixup.permutation(count, new SplittableRandom(context.seed() + round));
            for (String landmark : landmarks) {
                List<LandmarkForest.Image> trainImages = new ArrayList<>();
                List<double[]> trainPoints = new ArrayList<>();
                for (int i = 0; i < trainCount; i++) {
                    trainImages.add(images.get(order[i]));
                    trainPoints.add(points.get(samples.get(order[i]).id()).get(landmark));
                }
                LandmarkForest forest = LandmarkForest.train(trainImages, trainPoints, settings, context.seed() * 31 + round * 7919L + landmark.hashCode());
                for (int i = trainCount; i < count; i++) {
                    double[] p = forest.locate(images.get(order[i]), settings.stride());
                    double[] t = points.get(samples.get(order[i]).id()).get(landmark);
                    double error = Math.hypot(p[0] - t[0], p[1] - t[1]);
                    errors.get(landmark).add(error);
                    errorsMm.get(landmark).add(error * spacing[order[i]]);
                }
                context.progress().worked(1);
            }
        }
        context.progress().done();
        double[][] values = new double[landmarks.size()][];
        for (int k = 0; k < landmarks.size(); k++) {
            double[] px = meanAndSd(errors.get(landmarks.get(k)));
            double[] mm = meanAndSd(errorsMm.get(landmarks.get(k)));
            values[k] = millimetres ? new double[] {px[0], px[1], mm[0], mm[1]} : px;
        }
        context.publish("errors", new MatrixResult("landmark-error", "Random regression forest landmarks: Euclidean error in pixels"
                + (millimetres ? " and millimetres" : "") + " over the test images of " + rounds + " rounds of a random " + trainCount + "/"
                + (count - trainCount) + " split", landmarks, millimetres ? COLUMNS_MM : COLUMNS, values, millimetres ? "" : "px"));
    }

    /** The mean and the sample SD. */
    private static double[] meanAndSd(List<Double> e) {
        double mean = e.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double sd = Math.sqrt(e.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, e.size() - 1));
        return new double[] {mean, sd};
    }

    /** image -> landmark -> (x, y); one message naming the file and line for anything else than the documented format. */
    public static Map<String, Map<String, double[]>> read(Path csv) throws java.io.IOException {
        if (!Files.isRegularFile(csv)) {
            throw new InvalidInputException(csv + " does not exist; expected the landmarks with header image,landmark,x,y beside the data set");
        }
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty() || !List.of(lines.get(0).strip().split(",", -1)).equals(HEADER)) {
            throw new InvalidInputException(csv + ", line 1: expected the header image,landmark,x,y");
        }
        Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).strip().split(",", -1);
            try {
                if (f.length != 4) {
                    throw new NumberFormatException();
                }
                double x = Double.parseDouble(f[2]);
                double y = Double.parseDouble(f[3]);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw new NumberFormatException();
                }
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], new double[] {x, y});
            } catch (NumberFormatException e) {
                throw new InvalidInputException(csv + ", line " + (i + 1) + ": '" + lines.get(i) + "'; expected image,landmark,x,y with x and y "
                        + "pixel coordinates");
            }
        }
        return out;
    }
}
