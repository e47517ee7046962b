package org.osteon.methods.internal;

import static org.osteon.methods.kneel.KneelInference.CENTRE_LANDMARK;
import static org.osteon.methods.kneel.KneelInference.LANDMARKS;
import static org.osteon.methods.kneel.KneelInference.LANDMARK_MODEL;
import static org.osteon.methods.kneel.KneelInference.ROI_MODEL;
import static org.osteon.methods.kneel.KneelInference.networkInput;
import static org.osteon.methods.kneel.KneelInference.unitPixels;

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
import java.util.concurrent.ConcurrentHashMap;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.core.dataset.Sample;
import org.osteon.core.io.Checksums;
import org.osteon.core.progress.CancelledException;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.methods.RadiographPreprocessing.Radiograph;
import org.osteon.methods.kneel.KneeOverlay;
import org.osteon.methods.kneel.KneeWindow;
import org.osteon.methods.kneel.KneelAugmentation;
import org.osteon.methods.kneel.KneelInference;
import org.osteon.methods.kneel.KneelInference.Settings;
import org.osteon.methods.kneel.KneelScores;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.TransformCatalog;
import org.osteon.reporting.Figure;
import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.PngFigure;
import org.osteon.reporting.TrainingFigures;
import org.osteon.training.Trainer;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.KFold;
import org.osteon.training.data.SampleLoader;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;
import org.osteon.training.losses.WingLoss;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;

/**
 * {@code org.osteon.methods.kneelLandmarks}: KNEEL (Tiulpin et al. 2019) on a KNEEL/OAI-layout data set, in
 * subject-grouped k-fold cross-validation. Per fold: the ROI model ({@code org.osteon.zoo.kneel-roi}) learns
 * the knee centre on half radiographs at {@code roiSpacing}; the landmark model ({@code org.osteon.zoo.kneel})
 * starts from it (all weights but the output layer) and learns the 16 landmarks on {@code roiSize} ROIs at
 * {@code landmarkSpacing}; both with the wing loss, KNEEL's augmentation and two-pass mixup, Adam without weight
 * decay. The held-out knees are then found in two stages (ROI model on each half, landmark model on the ROI around
 * its centre, again on the ROI re-centred on the middle tibial landmark) and scored (PCK per bone, outliers, by
 * KL grade). See the bundle README.
 */
public final class KneelLandmarksStep implements Step {

    static final double WING_W = 15;
    static final double WING_EPSILON = 3;

    /** One knee: its sample, its image, pixel spacing (mm), reference landmarks (16, whole-image pixels), centre, KL. */
    record Knee(Sample sample, Path image, double spacing, Point[] truth, Point centre, int kl) {

        String subject() {
            return sample.subject();
        }

        String side() {
            return sample.attribute("side").orElse("R");
        }

        boolean mirrored() {
            return side().equals("L");
        }
    }

    private final Map<Path, Radiograph> images = new ConcurrentHashMap<>();

    @Override
    public void run(StepContext context) throws Exception {
        Dataset dataset = context.input("dataset", Dataset.class);
        int folds = (int) context.integer("folds");
        int epochs = (int) context.integer("epochs");
        int batchSize = (int) context.integer("batchSize");
        double lr = positive(context, "lr");
        double mixup = context.real("mixup");
        double cutout = context.real("cutout");
        boolean targetJitter = context.bool("targetJitter");
        Settings settings = new Settings(positive(context, "roiSpacing"), (int) context.integer("roiCrop"), positive(context, "landmarkSpacing"),
                positive(context, "roiSize"), (int) context.integer("landmarkCrop"));
        int overlays = (int) context.integer("overlays");
        KneelScores.Subset subset = subset(context);
        Registries registries = context.registries();
        Registry<ReaderDescriptor> readers = registries.readers();
        Optional<Path> roiWeights = context.file("roiWeights");
        Optional<Path> landmarkWeights = context.file("landmarkWeights");

        List<Knee> knees = knees(dataset);
        // bad weights are bad input: check them from their headers before anything is trained or written
        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        try (TensorScope probe = engine.newScope()) {
            roiWeights.ifPresent(w -> checkWeights(registries, ROI_MODEL, w, "roiWeights", probe));
            landmarkWeights.ifPresent(w -> checkWeights(registries, LANDMARK_MODEL, w, "landmarkWeights", probe));
        }
        for (Knee k : knees) {
            image(k.image(), readers);
        }
        long seed = context.seed();
        List<KFold.Fold> split = folds(dataset.samples(), folds, seed);
        context.note("folds", folds + " folds by subject (" + dataset.subjects().size() + " subjects, " + knees.size() + " knees)");
        context.note("geometry", String.format(Locale.ROOT, "ROI model: half radiographs at %s mm/pixel, %d x %d crops; landmark model: "
                + "%s mm ROIs at %s mm/pixel (%d pixels), %d x %d crops", settings.roiSpacing(), settings.roiCrop(), settings.roiCrop(),
                settings.roiSize(), settings.landmarkSpacing(), settings.landmarkRoi(), settings.landmarkCrop(), settings.landmarkCrop()));
        context.note("training", String.format(Locale.ROOT, "%d epochs per model, batch %d, Adam lr %s (constant, no weight decay), wing loss "
                + "w = %s, epsilon = %s (input pixels), mixup alpha %s (two-pass), cutout %s of the crop side, target jitter %s", epochs, batchSize, lr, WING_W,
                WING_EPSILON, mixup, cutout, targetJitter ? "on" : "off"));
        KneelAugmentation roiAugment = new KneelAugmentation(TransformCatalog.ofPlatform(), settings.roiCrop(), augmentPad(settings.roiCrop()), cutout,
                targetJitter);
        KneelAugmentation landmarkAugment = new KneelAugmentation(TransformCatalog.ofPlatform(), settings.landmarkCrop(),
                augmentPad(settings.landmarkCrop()), cutout, targetJitter);

        Path landmarksCsv = context.resultFile("landmarks.csv", "text/csv");
        Path runDir = landmarksCsv.getParent().getParent();
        Point[][] predictions = new Point[knees.size()][];
        List<double[][]> tables = new ArrayList<>();
        List<KneelScores.Knee> scored = new ArrayList<>(java.util.Collections.nCopies(knees.size(), null));
        List<Path> histories = new ArrayList<>();
        engine.setSeed(seed);
        for (KFold.Fold fold : split) {
            CancelledException.checkCanceled(context.progress(), "fold " + (fold.index() + 1));
            String name = "fold" + (fold.index() + 1);
            List<Knee> train = pick(knees, fold.train());
            List<Knee> valid = pick(knees, fold.validation());
            long foldSeed = org.osteon.training.Seeds.derive(seed, "kneel-fold", fold.index());
            try (TensorScope scope = engine.newScope()) {
                Network roi = network(registries, ROI_MODEL, scope, foldSeed);
                if (roiWeights.isPresent()) {
                    load(roi, roiWeights.get(), "roiWeights", scope, n -> true);
                } else if (epochs > 0) {
                    histories.add(train(context, engine, scope, roi, roiSamples(train, settings, roiAugment, readers), settings.roiCrop(), 1,
                            epochs, batchSize, lr, mixup, foldSeed, runDir.resolve("training").resolve(name + "-roi")));
                }
                Network landmark = network(registries, LANDMARK_MODEL, scope, foldSeed + 1);
                if (landmarkWeights.isPresent()) {
                    load(landmark, landmarkWeights.get(), "landmarkWeights", scope, n -> true);
                } else {
                    // transfer: every weight of the ROI model but its output layer (the number of heat maps differs)
                    try (TensorScope tmp = scope.newChild()) {
                        Map<String, Tensor> state = new LinkedHashMap<>();
                        roi.stateDict().forEach((k, v) -> state.put(k, v.copyTo(tmp)));
                        landmark.loadStateDict(state, "the ROI model of " + name, n -> !n.startsWith("out_block."));
                    }
                    if (epochs > 0) {
                        histories.add(train(context, engine, scope, landmark, landmarkSamples(train, settings, landmarkAugment, readers),
                                settings.landmarkCrop(), LANDMARKS, epochs, batchSize, lr, mixup, foldSeed + 1,
                                runDir.resolve("training").resolve(name + "-landmarks")));
                    }
                }
                SafetensorsWriter.write(context.artifact(name + "/roi.safetensors", "application/octet-stream"), roi.stateDict(),
                        settings.roiMetadata());
                SafetensorsWriter.write(context.artifact(name + "/landmarks.safetensors", "application/octet-stream"), landmark.stateDict(),
                        settings.landmarkMetadata());
                List<KneelInference.Knee> found = new ArrayList<>();
                for (Knee k : valid) {
                    found.add(new KneelInference.Knee(image(k.image(), readers), k.spacing(), k.mirrored()));
                }
                Point[][] p = KneelInference.predict(List.of(roi), List.of(landmark), found, settings, scope);
                List<KneelScores.Knee> foldScores = new ArrayList<>();
                for (int i = 0; i < valid.size(); i++) {
                    int at = fold.validation()[i];
                    predictions[at] = p[i];
                    KneelScores.Knee s = score(valid.get(i), p[i]);
                    scored.set(at, s);
                    foldScores.add(s);
                }
                tables.add(KneelScores.table(foldScores, subset));
            }
        }

        double[][][] ms = KneelScores.meanAndStd(tables);
        context.publish("pck", new MatrixResult("pck", "KNEEL landmarks, held-out knees of " + folds + "-fold cross-validation by subject: "
                + "PCK (share of tibia landmarks " + indices(subset.tibia()) + " or femur landmarks " + indices(subset.femur())
                + " within r mm) and outliers (share of knees with any of "
                + "them 10 mm or more off), mean over folds; KL<2 and KL>=2 rows split the knees by Kellgren-Lawrence grade",
                KneelScores.ROWS, KneelScores.COLUMNS, ms[0], "fraction"));
        context.publish("pckStd", new MatrixResult("pck-std", "Standard deviation over folds of results/pck.csv (sample SD; 0 with one fold)",
                KneelScores.ROWS, KneelScores.COLUMNS, ms[1], "fraction"));
        writeLandmarks(knees, predictions, landmarksCsv);
        for (int r = 0; r < 2; r++) {
            context.note(KneelScores.ROWS.get(r), String.format(Locale.ROOT, "PCK@1/1.5/2/2.5 mm %.3f / %.3f / %.3f / %.3f, outliers %.3f",
                    ms[0][r][0], ms[0][r][1], ms[0][r][2], ms[0][r][3], ms[0][r][4]));
        }
        figures(context, scored, histories, subset);
        overlays(context, knees, predictions, overlays, readers);
    }

    /**
     * The cross-validation folds of a KNEEL data set's knees (indices into {@code samples}), grouped by subject: both
     * knees of a subject are always on the same side of every fold.
     */
    public static List<KFold.Fold> folds(List<Sample> samples, int k, long seed) {
        List<org.osteon.training.data.Sample> index = new ArrayList<>();
        for (Sample s : samples) {
            index.add(new org.osteon.training.data.Sample(s.id(), org.osteon.training.data.Sample.NO_LABEL, s.subject(), s.subject()));
        }
        return KFold.split(index, k, seed);
    }

    /** The side KNEEL's augmentation pads to before its random crop: KNEEL pads to 520 for 450-pixel crops. */
    static int augmentPad(int crop) {
        return (int) Math.round(crop * 520.0 / 450.0);
    }

    private static double positive(StepContext context, String name) {
        double v = context.real(name);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidInputException("parameter " + name + " of step '" + context.stepId() + "' must be a number > 0, got "
                    + context.parameter(name));
        }
        return v;
    }

    private static <T> List<T> pick(List<T> all, int[] indices) {
        List<T> out = new ArrayList<>();
        for (int i : indices) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The knees of a KNEEL-layout data set; a knee without 9 + 7 landmarks or without pixel spacing is bad input. */
    static List<Knee> knees(Dataset dataset) {
        List<Knee> out = new ArrayList<>();
        for (Sample s : dataset.samples()) {
            Landmarks l = s.landmarks().orElseThrow(() -> new InvalidInputException("sample " + s.id() + " of " + dataset.name()
                    + " has no landmarks; expected a KNEEL/OAI landmark data set (9 tibia and 7 femur points per knee)"));
            List<Point> tibia = l.groups().getOrDefault("tibia", List.of());
            List<Point> femur = l.groups().getOrDefault("femur", List.of());
            if (tibia.size() != 9 || femur.size() != 7) {
                throw new InvalidInputException("knee " + s.id() + " has " + tibia.size() + " tibia and " + femur.size()
                        + " femur landmarks; expected 9 and 7");
            }
            PixelSpacing spacing = l.spacing().orElseThrow(() -> new InvalidInputException("image " + s.image() + " of knee " + s.id()
                    + " has no pixel spacing; give it in a spacing column of the landmark file or as the reader's spacing option "
                    + "(--set data.options=spacing=MM)"));
            if (Math.abs(spacing.x() - spacing.y()) > 1e-6 * spacing.x()) {
                throw new InvalidInputException("image " + s.image() + " has non-square pixels " + spacing.x() + " x " + spacing.y()
                        + " mm; expected square pixels");
            }
            Point[] truth = new Point[LANDMARKS];
            for (int i = 0; i < 9; i++) {
                truth[i] = tibia.get(i);
            }
            for (int i = 0; i < 7; i++) {
                truth[9 + i] = femur.get(i);
            }
            Point centre = truth[CENTRE_LANDMARK];
            Optional<String> c = s.attribute("center");
            if (c.isPresent()) {
                String[] xy = c.get().split(",");
                if (xy.length == 2) {
                    centre = new Point(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
                }
            }
            int kl = s.target("kl").isPresent() ? (int) Math.round(s.target("kl").getAsDouble()) : -1;
            out.add(new Knee(s, s.image(), spacing.x(), truth, centre, kl));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("data set " + dataset.name() + " has no knees; expected a KNEEL/OAI landmark data set");
        }
        return out;
    }

    private Radiograph image(Path file, Registry<ReaderDescriptor> readers) {
        return images.computeIfAbsent(file, f -> KneelInference.read(f, readers));
    }

    static KneeWindow halfWindow(Knee k, Radiograph r, Settings s, int size) {
        return KneelInference.halfWindow(r, k.spacing(), k.mirrored(), s, size);
    }

    static KneeWindow landmarkWindow(Knee k, Point centre, Settings s, int size) {
        return KneelInference.landmarkWindow(centre, k.spacing(), k.mirrored(), s, size);
    }

    private SampleSource roiSamples(List<Knee> train, Settings s, KneelAugmentation augment, Registry<ReaderDescriptor> readers) {
        int size = s.roiCrop() + 2 * s.roiPad();
        return source(train, s.roiCrop(), 1, (k, random) -> {
            Radiograph r = image(k.image(), readers);
            KneeWindow w = halfWindow(k, r, s, size);
            return new ImageSample(Image2D.grey(size, size, unitPixels(r, w)), PixelSpacing.isotropic(s.roiSpacing()), Optional.empty(),
                    Optional.of(new Landmarks(Map.of("centre", List.of(w.toWindow(k.centre().x(), k.centre().y()))), Optional.empty())));
        }, augment);
    }

    private SampleSource landmarkSamples(List<Knee> train, Settings s, KneelAugmentation augment, Registry<ReaderDescriptor> readers) {
        int size = s.landmarkRoi();
        return source(train, s.landmarkCrop(), LANDMARKS, (k, random) -> {
            Radiograph r = image(k.image(), readers);
            KneeWindow w = landmarkWindow(k, k.centre(), s, size);
            Map<String, List<Point>> groups = new LinkedHashMap<>();
            List<Point> tibia = new ArrayList<>();
            List<Point> femur = new ArrayList<>();
            for (int i = 0; i < LANDMARKS; i++) {
                (i < 9 ? tibia : femur).add(w.toWindow(k.truth()[i].x(), k.truth()[i].y()));
            }
            groups.put("tibia", tibia);
            groups.put("femur", femur);
            return new ImageSample(Image2D.grey(size, size, unitPixels(r, w)), PixelSpacing.isotropic(s.landmarkSpacing()), Optional.empty(),
                    Optional.of(new Landmarks(groups, Optional.empty())));
        }, augment);
    }

    private interface Prepare {
        ImageSample of(Knee knee, SplittableRandom random);
    }

    private static SampleSource source(List<Knee> knees, int crop, int points, Prepare prepare, KneelAugmentation augment) {
        Map<String, Knee> byId = new LinkedHashMap<>();
        List<org.osteon.training.data.Sample> samples = new ArrayList<>();
        for (Knee k : knees) {
            byId.put(k.sample().id(), k);
            samples.add(new org.osteon.training.data.Sample(k.sample().id(), org.osteon.training.data.Sample.NO_LABEL, k.subject(), k.subject()));
        }
        SampleLoader loader = (sample, random, slot) -> {
            ImageSample a = augment.apply(prepare.of(byId.get(sample.id()), random), random);
            slot.setPixels(networkInput(a.image().data()));
            List<Point> all = a.landmarks().orElseThrow().all();
            float[] t = new float[2 * points];
            for (int i = 0; i < points; i++) {
                t[2 * i] = (float) all.get(i).x();
                t[2 * i + 1] = (float) all.get(i).y();
            }
            slot.setTargets(t);
        };
        return new SampleSource(samples, new long[] {3, crop, crop}, new long[] {points, 2}, loader);
    }

    private static Path train(StepContext context, DeepLearningEngine engine, TensorScope scope, Network network, SampleSource source, int crop,
            int points, int epochs, int batchSize, double lr, double mixup, long seed, Path output) {
        DataLoader loader = DataLoader.builder().setSource(source).setSampler(Samplers.shuffled(source.size(), batchSize, false, seed))
                .setSeed(seed).optWorkers(2).build();
        Optimizer optimizer = Adam.adam().setParameters(network.root().namedParameters(), scope).setLearningRate(lr).build();
        LandmarkTrainingStep step = new LandmarkTrainingStep(network, new WingLoss(WING_W, WING_EPSILON), optimizer, crop, mixup, seed);
        Trainer trainer = Trainer.builder().setModel(network.root()).setStep(step).setTrainData(loader).setEpochs(epochs).setSeed(seed)
                .setOutput(output).setScope(scope).optEngine(engine).optProgress(context.progress()).build();
        trainer.fit();
        optimizer.close();
        return trainer.historyFile();
    }

    static Network network(Registries registries, String id, TensorScope scope, long seed) {
        return registries.models().get(id).create(NetworkFactory.class).create(scope, seed);
    }

    private static void checkWeights(Registries registries, String model, Path file, String parameter, TensorScope scope) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("parameter " + parameter + ": weights file " + file + " does not exist; expected the safetensors of "
                    + model);
        }
        Map<String, long[]> shapes = new LinkedHashMap<>();
        try {
            for (SafetensorsReader.Entry e : SafetensorsReader.entries(file)) {
                shapes.put(e.name(), e.shape());
            }
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("parameter " + parameter + ": " + file + " is not a readable safetensors file: " + e.getMessage());
        }
        List<String> problems = network(registries, model, scope, 0).stateDictProblems(shapes, n -> true);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("parameter " + parameter + ": " + file + " does not fit " + model + ": "
                    + String.join("; ", problems.stream().map(p -> p.length() > 300 ? p.substring(0, 300) + "..." : p).toList()));
        }
    }

    private static void load(Network network, Path file, String parameter, TensorScope scope, java.util.function.Predicate<String> part) {
        try (TensorScope tmp = scope.newChild()) {
            network.loadStateDict(SafetensorsReader.read(tmp, file), "parameter " + parameter + " (" + file + ")", part);
        }
    }

    static KneelScores.Knee score(Knee k, Point[] predicted) {
        double[] d = new double[LANDMARKS];
        for (int i = 0; i < LANDMARKS; i++) {
            d[i] = predicted[i].distance(k.truth()[i]) * k.spacing();
        }
        return new KneelScores.Knee(d, k.kl());
    }

    private static void writeLandmarks(List<Knee> knees, Point[][] predictions, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("subject_id,side");
        for (int i = 0; i < LANDMARKS; i++) {
            sb.append(",x").append(i).append(",y").append(i);
        }
        sb.append('\n');
        for (int k = 0; k < knees.size(); k++) {
            sb.append(knees.get(k).subject()).append(',').append(knees.get(k).side());
            for (Point p : predictions[k]) {
                sb.append(String.format(Locale.ROOT, ",%.2f,%.2f", p.x(), p.y()));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** The {@code pckLandmarks} parameter: {@code paper} (tibia 0, 4, 8; femur 9, 12, 15) or {@code ablation} (0, 8; 9, 15). */
    private static KneelScores.Subset subset(StepContext context) {
        String v = context.parameter("pckLandmarks").strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "paper" -> KneelScores.Subset.PAPER;
            case "ablation" -> KneelScores.Subset.ABLATION;
            default -> throw new InvalidInputException("parameter pckLandmarks of step '" + context.stepId()
                    + "' must be paper (tibia 0, 4, 8; femur 9, 12, 15) or ablation (0, 8; 9, 15), got " + context.parameter("pckLandmarks"));
        };
    }

    private static String indices(int[] landmarks) {
        return String.join(", ", java.util.Arrays.stream(landmarks).mapToObj(Integer::toString).toList());
    }

    private static void figures(StepContext context, List<KneelScores.Knee> scored, List<Path> histories, KneelScores.Subset subset)
            throws IOException {
        double[] radii = new double[41];
        for (int i = 0; i < radii.length; i++) {
            radii[i] = i * 0.25;
        }
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("tibia", KneelScores.curve(scored, subset.tibia(), radii));
        curves.put("femur", KneelScores.curve(scored, subset.femur(), radii));
        List<Figure> figures = new ArrayList<>();
        figures.add(TrainingFigures.pckCurve("held-out knees", radii, curves));
        for (Path h : histories) {
            if (Files.isRegularFile(h)) {
                String which = h.getParent().getParent().getFileName().toString();
                for (Figure f : TrainingFigures.curves(HistoryCsv.read(h))) {
                    figures.add(Figure.of(which + "-" + f.fileName(), which + ": " + f.caption(), f.svg()));
                }
            }
        }
        for (Figure f : figures) {
            f.write(context.artifact(f.fileName(), Figure.MEDIA_TYPE));
        }
    }

    /** PNGs of a few knees' ROIs with the reference (green) and predicted (red) landmarks. */
    private void overlays(StepContext context, List<Knee> knees, Point[][] predictions, int count, Registry<ReaderDescriptor> readers)
            throws IOException {
        int step = Math.max(1, knees.size() / Math.max(1, count));
        int written = 0;
        for (int k = 0; k < knees.size() && written < count; k += step, written++) {
            Knee knee = knees.get(k);
            String name = "overlays/" + knee.sample().id() + ".png";
            PngFigure.write(KneeOverlay.draw(image(knee.image(), readers), Optional.of(knee.truth()), predictions[k]), "Knee "
                    + knee.sample().id() + " (KL " + (knee.kl() < 0 ? "unknown" : knee.kl())
                    + "): reference landmarks green, predicted red (held-out fold)", context.artifact(name, PngFigure.MEDIA_TYPE));
        }
    }
}
