package org.osteon.methods.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.registry.LossDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.dl.Autograd;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.evaluation.MaskOverlap;
import org.osteon.io.RasterImageWriter;
import org.osteon.io.dataset.SegmentationReader;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.preprocess.Image2D;
import org.osteon.reporting.Figure;
import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.MaskOverlay;
import org.osteon.reporting.PngFigure;
import org.osteon.reporting.TrainingFigures;
import org.osteon.segmentation.Otsu;
import org.osteon.training.EpochMetric;
import org.osteon.training.Loss;
import org.osteon.training.SupervisedStep;
import org.osteon.training.Trainer;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.Sample;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;
import org.osteon.zoo.UNet;

/**
 * {@code org.osteon.methods.unetSegmentation}: trains the zoo's U-Net (milesial's {@code UNet(n_channels=1,
 * n_classes=1, bilinear=False)}: one grey input channel, one logit per pixel) with binary cross-entropy on logits
 * ({@code org.osteon.training.bce}, optionally class-weighted) on the train split of a segmentation data set
 * ({@link SegmentationReader}: images/ and masks/), then scores the final network on both splits with Dice, IoU and
 * pixel accuracy beside Otsu's threshold on the same images. See the bundle README for parameters and outputs.
 * <p>
 * Each image is decoded by the reader the registry picks, scaled to [0, 1] by its own minimum and maximum and
 * resized to imageSize x imageSize (area averaging when shrinking); its mask (non-zero = bone) is resized the same
 * way and thresholded at 0.5. Training images are flipped at random (left-right, up-down) from the seed. Scores are
 * means over images at the network's resolution; Otsu's threshold is computed per image on the network's input.
 */
public final class UNetSegmentationStep implements Step {

    static final String BCE = "org.osteon.training.bce";
    static final List<String> COLUMNS = List.of("bce-loss", "dice", "iou", "pixel-accuracy");
    static final List<String> BASELINE_COLUMNS = List.of("dice", "iou", "pixel-accuracy");
    static final List<String> ROWS = List.of("train", "valid");

    /** One image prepared for the network: input and mask at size x size, and where it came from. */
    record Prepared(String name, Path image, int width, int height, float[] input, float[] mask) {
    }

    @Override
    public void run(StepContext context) throws Exception {
        Dataset dataset = context.input("dataset", Dataset.class);
        double lr = StepParameters.learningRate(context);
        int epochs = (int) context.integer("epochs");
        int batchSize = (int) context.integer("batchSize");
        int size = (int) context.integer("imageSize");
        if (size % 16 != 0) {
            throw new InvalidInputException("parameter imageSize of step '" + context.stepId() + "' is " + size
                    + "; expected a multiple of 16 (the U-Net halves the image four times)");
        }
        int overlays = (int) context.integer("overlays");
        String seedText = context.parameter("seed").strip();
        long seed;
        try {
            seed = seedText.isEmpty() ? context.seed() : Long.parseLong(seedText);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("parameter seed of step '" + context.stepId() + "' is '" + seedText + "'; expected a whole number");
        }
        LossDescriptor lossDescriptor = context.registries().losses().get(BCE);
        Loss loss = lossDescriptor.create(Loss.class);
        Map<String, String> weights = new LinkedHashMap<>();
        weights.put("w0", context.parameter("w0").strip());
        weights.put("w1", context.parameter("w1").strip());
        loss.configure(weights);

        List<org.osteon.core.dataset.Sample> train = dataset.split("train").samples();
        List<org.osteon.core.dataset.Sample> valid = dataset.split("valid").samples();
        if (train.isEmpty() || valid.isEmpty()) {
            throw new InvalidInputException("data set " + dataset.name() + " has " + train.size() + " train and " + valid.size()
                    + " valid images; expected both (splits.csv, or more images for the hold-out)");
        }
        Registry<ReaderDescriptor> readers = context.registries().readers();
        context.progress().begin("reading " + (train.size() + valid.size()) + " images and masks", train.size() + valid.size());
        List<Prepared> trainImages = prepare(dataset, train, size, readers, context);
        List<Prepared> validImages = prepare(dataset, valid, size, readers, context);
        context.progress().done();

        DataLoader trainLoader = DataLoader.builder().setSource(source(trainImages, size, true))
                .setSampler(Samplers.shuffled(trainImages.size(), batchSize, trainImages.size() > batchSize, seed)).setSeed(seed)
                .optWorkers(1).build();
        DataLoader validLoader = DataLoader.builder().setSource(source(validImages, size, false))
                .setSampler(Samplers.sequential(validImages.size(), batchSize)).setSeed(seed + 1).optWorkers(1).build();

        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        engine.setSeed(seed);
        Path output = context.resultFile("history.csv", "text/csv").getParent().getParent();
        try (TensorScope scope = engine.newScope()) {
            UNet unet = new UNet(scope, 1, 1, false);
            Initialization.torchvision(unet, seed);
            Network network = new Network("org.osteon.zoo.unet", unet);
            context.note("model", "org.osteon.zoo.unet as UNet(n_channels=1, n_classes=1, bilinear=False): one grey channel in [0, 1], "
                    + "one logit per pixel (bone if > 0), initialised from seed " + seed);
            context.note("loss", BCE + " (binary cross-entropy on logits) " + weights);
            context.note("data", String.format(Locale.ROOT, "%d train and %d valid images at %d x %d; Adam lr %s, batch %d, %d epochs",
                    trainImages.size(), validImages.size(), size, size, lr, batchSize, epochs));
            Optimizer optimizer = Adam.adam().setParameters(unet.namedParameters(), scope).setLearningRate(lr).build();
            SupervisedStep step = SupervisedStep.builder().setModel(unet).setLoss(loss).setOptimizer(optimizer).build();
            Trainer.Builder tb = Trainer.builder().setModel(unet).setStep(step).setTrainData(trainLoader).setEpochs(epochs).setSeed(seed)
                    .setOutput(output).setScope(scope).optEngine(engine).optProgress(context.progress()).optValidationData(validLoader)
                    .optMonitor("dice", Trainer.Goal.MAX);
            for (EpochMetric m : epochMetrics()) {
                tb.addMetric(m);
            }
            Trainer trainer = tb.build();
            trainer.fit();
            optimizer.close();

            unet.eval();
            Scores trainScores;
            Scores validScores;
            try (Autograd.NoGradScope noGrad = Autograd.noGrad()) {
                trainScores = score(network, loss, trainImages, size, batchSize, scope, context, "train");
                validScores = score(network, loss, validImages, size, batchSize, scope, context, "valid");
            }
            double[][] values = {trainScores.row(), validScores.row()};
            double[][] baseline = {trainScores.otsuRow(), validScores.otsuRow()};
            for (int r = 0; r < 2; r++) {
                context.note(ROWS.get(r), String.format(Locale.ROOT, "U-Net: BCE %.4f, Dice %.4f, IoU %.4f, pixel accuracy %.4f; "
                        + "Otsu: Dice %.4f, IoU %.4f, pixel accuracy %.4f", values[r][0], values[r][1], values[r][2], values[r][3],
                        baseline[r][0], baseline[r][1], baseline[r][2]));
            }
            context.publish("segmentation", new MatrixResult("segmentation", "U-Net bone segmentation after the last epoch: mean binary "
                    + "cross-entropy per pixel, and Dice, IoU and pixel accuracy averaged over images (bone where the logit > 0), at "
                    + size + " x " + size, ROWS, COLUMNS, values, ""));
            context.publish("baseline", new MatrixResult("baseline", "Otsu's threshold per image on the same inputs (bone above it): "
                    + "Dice, IoU and pixel accuracy averaged over images", ROWS, BASELINE_COLUMNS, baseline, ""));

            writeMasks(context, validImages, validScores.probabilities(), size);
            writeOverlay(context, validImages, validScores, size, overlays);
            List<Figure> figures = TrainingFigures.curves(HistoryCsv.read(trainer.historyFile()));
            for (Figure f : figures) {
                f.write(context.artifact(f.fileName(), Figure.MEDIA_TYPE));
            }
        }
    }

    private static List<EpochMetric> epochMetrics() {
        return List.of(metric("dice", MaskOverlap::dice), metric("iou", MaskOverlap::iou), metric("pixel-accuracy", MaskOverlap::pixelAccuracy));
    }

    private static EpochMetric metric(String name, java.util.function.ToDoubleFunction<MaskOverlap> value) {
        return new EpochMetric() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double compute(float[] outputs, long[] outputShape, float[] targets, long[] targetShape) {
                int n = (int) outputShape[0];
                int per = outputs.length / Math.max(1, n);
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    boolean[] p = new boolean[per];
                    boolean[] t = new boolean[per];
                    for (int k = 0; k < per; k++) {
                        p[k] = outputs[i * per + k] > 0;
                        t[k] = targets[i * per + k] > 0.5f;
                    }
                    sum += value.applyAsDouble(MaskOverlap.of(p, t));
                }
                return n == 0 ? Double.NaN : sum / n;
            }
        };
    }

    /** Decodes, scales and resizes the images and masks of {@code samples}. */
    static List<Prepared> prepare(Dataset dataset, List<org.osteon.core.dataset.Sample> samples, int size, Registry<ReaderDescriptor> readers,
            StepContext context) {
        List<Prepared> out = new ArrayList<>();
        for (org.osteon.core.dataset.Sample s : samples) {
            Image2D image = RadiographPreprocessing.decode(s.image(), readers);
            Path maskFile = SegmentationReader.mask(dataset, s);
            Image2D mask = RadiographPreprocessing.decode(maskFile, readers);
            if (mask.width() != image.width() || mask.height() != image.height()) {
                throw new InvalidInputException("mask " + maskFile + " is " + mask.width() + " x " + mask.height() + " pixels but its image "
                        + s.image() + " is " + image.width() + " x " + image.height() + "; expected a mask of its image's size");
            }
            out.add(new Prepared(s.id(), s.image(), image.width(), image.height(), input(image, size), mask(mask.data(), image.width(),
                    image.height(), size)));
            if (context != null) {
                context.progress().worked(1);
            }
        }
        return out;
    }

    /**
     * The grey values scaled to [0, 1] by the image's own minimum and maximum (whatever their range: 8- or 16-bit,
     * or a DICOM file's rescaled values, negative ones included), resized to size x size.
     */
    public static float[] input(Image2D r, int size) {
        float[] g = r.data();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : g) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        float range = max > min ? max - min : 1;
        float[] unit = new float[g.length];
        for (int i = 0; i < g.length; i++) {
            unit[i] = (g[i] - min) / range;
        }
        return Image2D.grey(r.width(), r.height(), unit).resize(size, size).data();
    }

    /** Non-zero = 1, resized to size x size, then 1 where at least half covered. */
    public static float[] mask(float[] values, int width, int height, int size) {
        float[] m = new float[values.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = values[i] != 0 ? 1 : 0;
        }
        float[] r = Image2D.grey(width, height, m).resize(size, size).data();
        for (int i = 0; i < r.length; i++) {
            r[i] = r[i] >= 0.5f ? 1 : 0;
        }
        return r;
    }

    private static SampleSource source(List<Prepared> images, int size, boolean augment) {
        List<Sample> samples = new ArrayList<>();
        Map<String, Prepared> byName = new LinkedHashMap<>();
        for (Prepared p : images) {
            samples.add(new Sample(p.name(), -1, p.name(), p.name()));
            byName.put(p.name(), p);
        }
        return new SampleSource(samples, new long[] {1, size, size}, new long[] {1, size, size}, (sample, random, slot) -> {
            Prepared p = byName.get(sample.id());
            boolean flipX = augment && random.nextBoolean();
            boolean flipY = augment && random.nextBoolean();
            float[] in = new float[size * size];
            float[] target = new float[size * size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int from = (flipY ? size - 1 - y : y) * size + (flipX ? size - 1 - x : x);
                    in[y * size + x] = p.input()[from];
                    target[y * size + x] = p.mask()[from];
                }
            }
            slot.setPixels(in);
            slot.setTargets(target);
        });
    }

    /** Scores of one split: means over images, the network's probabilities and Otsu's masks. */
    record Scores(double loss, MaskOverlap.Mean unet, MaskOverlap.Mean otsu, List<float[]> probabilities, List<boolean[]> otsuMasks) {

        double[] row() {
            return new double[] {loss, unet.dice(), unet.iou(), unet.pixelAccuracy()};
        }

        double[] otsuRow() {
            return new double[] {otsu.dice(), otsu.iou(), otsu.pixelAccuracy()};
        }
    }

    private static Scores score(Network network, Loss loss, List<Prepared> images, int size, int batchSize, TensorScope parent,
            StepContext context, String split) {
        MaskOverlap.Mean unet = new MaskOverlap.Mean();
        MaskOverlap.Mean otsu = new MaskOverlap.Mean();
        List<float[]> probabilities = new ArrayList<>();
        List<boolean[]> otsuMasks = new ArrayList<>();
        double lossSum = 0;
        int pixels = size * size;
        context.progress().begin("scoring " + split, (images.size() + batchSize - 1) / batchSize);
        for (int from = 0; from < images.size(); from += batchSize) {
            List<Prepared> part = images.subList(from, Math.min(images.size(), from + batchSize));
            float[] in = new float[part.size() * pixels];
            float[] target = new float[part.size() * pixels];
            for (int i = 0; i < part.size(); i++) {
                System.arraycopy(part.get(i).input(), 0, in, i * pixels, pixels);
                System.arraycopy(part.get(i).mask(), 0, target, i * pixels, pixels);
            }
            try (TensorScope scope = parent.newChild()) {
                Tensor logits = network.forward(Tensor.fromFloatArray(scope, in, part.size(), 1, size, size));
                Tensor t = Tensor.fromFloatArray(scope, target, part.size(), 1, size, size);
                lossSum += loss.compute(logits, t).item() * part.size();
                float[] p = logits.sigmoid().toFloatArray();
                for (int i = 0; i < part.size(); i++) {
                    float[] prob = new float[pixels];
                    System.arraycopy(p, i * pixels, prob, 0, pixels);
                    boolean[] predicted = new boolean[pixels];
                    boolean[] reference = new boolean[pixels];
                    for (int k = 0; k < pixels; k++) {
                        predicted[k] = prob[k] > 0.5f;
                        reference[k] = part.get(i).mask()[k] > 0.5f;
                    }
                    boolean[] o = Otsu.mask(part.get(i).input());
                    unet.add(MaskOverlap.of(predicted, reference));
                    otsu.add(MaskOverlap.of(o, reference));
                    probabilities.add(prob);
                    otsuMasks.add(o);
                }
            }
            context.progress().worked(1);
        }
        context.progress().done();
        return new Scores(lossSum / images.size(), unet, otsu, probabilities, otsuMasks);
    }

    /** The predicted masks of the validation images at their own size (probability resized bilinearly, bone if > 0.5), 0/255 PNGs. */
    private static void writeMasks(StepContext context, List<Prepared> images, List<float[]> probabilities, int size) throws IOException {
        for (int i = 0; i < images.size(); i++) {
            Prepared p = images.get(i);
            float[] prob = Image2D.grey(size, size, probabilities.get(i)).resize(p.width(), p.height()).data();
            float[] m = new float[prob.length];
            for (int k = 0; k < m.length; k++) {
                m[k] = prob[k] > 0.5f ? 255 : 0;
            }
            RasterImageWriter.writePng8(Image2D.grey(p.width(), p.height(), m).toVolume(org.osteon.core.image.Geometry.unit()),
                    context.artifact("masks/" + p.name() + ".png", PngFigure.MEDIA_TYPE));
        }
    }

    /** One row per validation image: image | reference | U-Net | Otsu (green found, red false, blue missed). */
    private static void writeOverlay(StepContext context, List<Prepared> images, Scores scores, int size, int count) throws IOException {
        int n = Math.min(count, images.size());
        if (n == 0) {
            return;
        }
        int scale = Math.max(1, 128 / size);
        List<List<BufferedImage>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Prepared p = images.get(i);
            boolean[] reference = new boolean[size * size];
            boolean[] predicted = new boolean[size * size];
            for (int k = 0; k < reference.length; k++) {
                reference[k] = p.mask()[k] > 0.5f;
                predicted[k] = scores.probabilities().get(i)[k] > 0.5f;
            }
            boolean[] none = new boolean[size * size];
            rows.add(List.of(MaskOverlay.render(p.input(), size, size, none, none, 0, scale),
                    MaskOverlay.render(p.input(), size, size, null, reference, 0.5, scale),
                    MaskOverlay.render(p.input(), size, size, predicted, reference, 0.5, scale),
                    MaskOverlay.render(p.input(), size, size, scores.otsuMasks().get(i), reference, 0.5, scale)));
        }
        PngFigure.write(MaskOverlay.montage(rows), "Validation images (one per row): the radiograph, the reference mask, the U-Net's "
                + "mask and Otsu's; green = bone found, red = false bone, blue = bone missed", context.artifact("overlay-valid.png",
                        PngFigure.MEDIA_TYPE));
    }
}
