package org.osteon.methods.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.dl.Autograd;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Network;
import org.osteon.methods.Prediction;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.reporting.Figure;
import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.ScatterPlot;
import org.osteon.reporting.TrainingFigures;
import org.osteon.training.SupervisedStep;
import org.osteon.training.Trainer;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.Sample;
import org.osteon.training.data.SampleLoader;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;
import org.osteon.training.losses.MseLoss;
import org.osteon.training.optim.Optimizer;
import org.osteon.training.optim.SGD;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.CnnFactory;

/**
 * {@code org.osteon.methods.boneAge}: bone age regression from a hand radiograph and the sex, in one of three
 * modes: {@code features} (a frozen pretrained CNN's deepest pooled features feed a regression network of one or
 * two fully connected layers and a linear output), {@code finetune} (the whole pretrained CNN trains with that
 * regression network) and {@code bonet} (a small CNN trained from scratch). MSE on the bone age standardised by
 * the train split's mean and SD; SGD with a Keras-style per-update learning-rate decay.
 */
public final class BoneAgeStep implements Step {

    public static final List<String> ROWS = List.of("train", "valid");
    public static final List<String> COLUMNS = List.of("mae-months", "rmse-months", "r");
    public static final String PREDICTIONS_HEADER = "split,image,male,true-months,predicted-months";
    public static final String FORMAT = "osteon.bone-age.v1";
    static final List<String> MODES = List.of("features", "finetune", "bonet");

    @Override
    public void run(StepContext context) throws Exception {
        Dataset dataset = context.input("dataset", Dataset.class);
        String id = context.stepId();
        String mode = context.parameter("mode").strip().toLowerCase(Locale.ROOT);
        if (!MODES.contains(mode)) {
            throw new InvalidInputException("parameter mode of step '" + id + "' is '" + mode + "'; expected features, finetune or bonet");
        }
        double lr = context.real("lr");
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new InvalidInputException("parameter lr of step '" + id + "' must be a learning rate > 0, got " + lr);
        }
        double decay = context.real("decay");
        double momentum = context.real("momentum");
        if (!(decay >= 0) || !(momentum >= 0 && momentum < 1)) {
            throw new InvalidInputException("step '" + id + "': decay must be >= 0 and momentum in [0, 1), got " + decay + " and " + momentum);
        }
        List<Integer> hidden = new ArrayList<>();
        for (String h : context.list("hidden")) {
            try {
                hidden.add(Integer.parseInt(h.strip()));
            } catch (NumberFormatException e) {
                hidden.add(-1);
            }
        }
        if (hidden.isEmpty() || hidden.size() > 2 || hidden.stream().anyMatch(h -> h < 1)) {
            throw new InvalidInputException("parameter hidden of step '" + id + "' is '" + context.parameter("hidden")
                    + "'; expected one or two positive layer sizes, comma-separated, e.g. 64 or 256,64");
        }
        int epochs = (int) context.integer("epochs");
        int batchSize = (int) context.integer("batchSize");
        int size = (int) context.integer("imageSize");
        List<org.osteon.core.dataset.Sample> train = labelled(dataset, "train");
        List<org.osteon.core.dataset.Sample> valid = labelled(dataset, "valid");
        if (train.size() < 2) {
            throw new InvalidInputException("data set " + dataset.name() + " has " + train.size() + " train images with a bone age and a sex; "
                    + "expected an RSNA bone-age layout (org.osteon.io.boneage) with at least two");
        }
        double[] trainAges = train.stream().mapToDouble(s -> s.target("boneage").getAsDouble()).toArray();
        double mean = Arrays.stream(trainAges).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(trainAges).map(a -> (a - mean) * (a - mean)).sum() / trainAges.length);
        double scale = sd > 0 ? sd : 1;

        RadiographPreprocessing prep = new RadiographPreprocessing(size, context.bool("clahe"), 2.0, 8, 8);
        Registry<ReaderDescriptor> readers = context.registries().readers();
        long seed = context.seed();
        SampleSource trainSource = source(train, prep, readers, mean, scale);
        DataLoader trainLoader = DataLoader.builder().setSource(trainSource)
                .setSampler(Samplers.shuffled(trainSource.size(), Math.min(batchSize, trainSource.size()), trainSource.size() > batchSize, seed))
                .setSeed(seed).optWorkers(2).build();
        Optional<DataLoader> validLoader = valid.isEmpty() ? Optional.empty()
                : Optional.of(DataLoader.builder().setSource(source(valid, prep, readers, mean, scale))
                        .setSampler(Samplers.sequential(valid.size(), Math.max(batchSize, 16))).setSeed(seed + 1).optWorkers(2).build());

        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        engine.setSeed(seed);
        String modelId = context.parameter("model").strip();
        Path output = context.resultFile("history.csv", "text/csv").getParent().getParent();
        try (TensorScope scope = engine.newScope()) {
            Cnn cnn;
            if (mode.equals("bonet")) {
                cnn = new BoneAgeNetwork.SmallCnn(scope);
                Initialization.torchvision(cnn, seed);
                context.note("model", "small CNN from scratch (4 x conv 3x3 + batch norm + ReLU, 16-32-64-64 channels), sex appended to its "
                        + "pooled features, regression layers " + hidden);
            } else {
                CnnFactory factory = Transfer.cnn(context.registries(), modelId);
                Network features = factory.createFeatureExtractor(scope, seed);
                cnn = (Cnn) features.root();
                BackboneWeights.loadOrWarn(context, features, scope, seed,
                        "The " + (mode.equals("features") ? "frozen " : "") + "CNN started from seeded RANDOM weights, not pretrained "
                            + "ImageNet weights: mode " + mode + " is meant for a pretrained network. Set weights=FILE (torchvision state_dict "
                            + "as safetensors).");
                context.note("model", modelId + (mode.equals("features") ? " frozen (deepest pooled features)" : " fine-tuned")
                        + ", sex appended, regression layers " + hidden);
            }
            BoneAgeNetwork net = new BoneAgeNetwork(scope, cnn, hidden);
            Initialization.torchvision(net.children().get(BoneAgeNetwork.REGRESSION), seed + 1);
            if (mode.equals("features")) {
                net.freeze(BoneAgeNetwork.CNN);
            }
            context.note("target", String.format(Locale.ROOT, "bone age standardised by the train split: (months - %.3f) / %.3f", mean, scale));
            context.note("optimizer", String.format(Locale.ROOT, "SGD, batch %d, lr %s, momentum %s, decay %s (lr / (1 + decay x updates)), MSE",
                    batchSize, lr, momentum, decay));
            Optimizer sgd = SGD.builder().optMomentum(momentum).setParameters(net.trainableParameters(), scope).setLearningRate(lr).build();
            SupervisedStep supervised = SupervisedStep.builder().setModel(net).setLoss(new MseLoss()).setOptimizer(sgd).build();
            Trainer.Builder tb = Trainer.builder().setModel(net).setStep(new DecayingStep(supervised, sgd, lr, decay)).setTrainData(trainLoader)
                    .setEpochs(epochs).setSeed(seed).setOutput(output).setScope(scope).optEngine(engine).optProgress(context.progress());
            validLoader.ifPresent(tb::optValidationData);
            Trainer trainer = tb.build();
            trainer.fit();
            sgd.close();

            net.eval();
            Map<String, double[][]> results = new LinkedHashMap<>();
            double[][] values = new double[ROWS.size()][];
            for (int r = 0; r < ROWS.size(); r++) {
                String split = ROWS.get(r);
                List<org.osteon.core.dataset.Sample> images = split.equals("train") ? train : valid;
                double[] truth = images.stream().mapToDouble(s -> s.target("boneage").getAsDouble()).toArray();
                double[] predicted = predict(net, images, prep, readers, scope, context, split, mean, scale);
                results.put(split, new double[][] {truth, predicted});
                values[r] = new double[] {mae(truth, predicted), rmse(truth, predicted), pearson(truth, predicted)};
                if (images.isEmpty()) {
                    continue;
                }
                double[] meanPrediction = new double[truth.length];
                Arrays.fill(meanPrediction, mean);
                context.note(split, String.format(Locale.ROOT, "%d images: MAE %.2f months, RMSE %.2f, r %.3f; always predicting the train mean "
                        + "(%.1f months): MAE %.2f, RMSE %.2f", images.size(), values[r][0], values[r][1], values[r][2], mean,
                        mae(truth, meanPrediction), rmse(truth, meanPrediction)));
            }
            context.publish("metrics", new MatrixResult("bone-age", "Bone age (" + mode + "): mean absolute error and root mean squared error "
                    + "in months, Pearson correlation of predicted with true age", ROWS, COLUMNS, values, ""));
            writePredictions(context.resultFile("predictions.csv", "text/csv"), train, valid, results);

            Map<String, String> card = new LinkedHashMap<>();
            card.put("format", FORMAT);
            card.put("mode", mode);
            card.put("model", mode.equals("bonet") ? "bonet" : modelId);
            card.put("hidden", hidden.toString().replaceAll("[\\[\\] ]", ""));
            card.put("imageSize", Integer.toString(size));
            card.put("clahe", Boolean.toString(prep.clahe()));
            card.put("input", "(N, 4, H, W): ImageNet-normalised grey image in 3 channels, sex (1 male, 0 female) in the 4th");
            card.put("targetMean", Double.toString(mean));
            card.put("targetScale", Double.toString(scale));
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            // the CNN under its own (torchvision) names, the regression network under regression.*
            net.stateDict().forEach((k, v) -> tensors.put(k.startsWith(BoneAgeNetwork.CNN + ".") ? k.substring(BoneAgeNetwork.CNN.length() + 1) : k, v));
            SafetensorsWriter.write(context.artifact("model.safetensors", "application/octet-stream"), tensors, card);

            List<Figure> figures = new ArrayList<>(TrainingFigures.curves(HistoryCsv.read(trainer.historyFile())));
            figures.addAll(figures(results));
            for (Figure f : figures) {
                f.write(context.artifact(f.fileName(), Figure.MEDIA_TYPE));
            }
        }
    }

    private static List<org.osteon.core.dataset.Sample> labelled(Dataset d, String split) {
        return d.samples().stream()
                .filter(s -> s.split().equals(split) && s.target("boneage").isPresent() && s.target("male").isPresent()).toList();
    }

    private static SampleSource source(List<org.osteon.core.dataset.Sample> images, RadiographPreprocessing prep, Registry<ReaderDescriptor> readers,
            double mean, double scale) {
        Map<String, org.osteon.core.dataset.Sample> byId = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (org.osteon.core.dataset.Sample s : images) {
            byId.put(s.id(), s);
            samples.add(new Sample(s.id(), Sample.NO_LABEL, s.subject(), s.id()));
        }
        int plane = prep.size() * prep.size();
        SampleLoader loader = (sample, random, slot) -> {
            org.osteon.core.dataset.Sample s = byId.get(sample.id());
            slot.setPixels(input(prep, RadiographPreprocessing.read(s.image(), readers), s.target("male").getAsDouble(), plane));
            slot.setTargets((float) ((s.target("boneage").getAsDouble() - mean) / scale));
        };
        return new SampleSource(samples, new long[] {4, prep.size(), prep.size()}, new long[] {1}, loader);
    }

    /** The three image channels, then the sex in every pixel of the fourth. */
    static float[] input(RadiographPreprocessing prep, RadiographPreprocessing.Radiograph r, double male, int plane) {
        float[] image = prep.input(r);
        float[] x = Arrays.copyOf(image, 4 * plane);
        Arrays.fill(x, 3 * plane, 4 * plane, (float) male);
        return x;
    }

    private static double[] predict(BoneAgeNetwork net, List<org.osteon.core.dataset.Sample> images, RadiographPreprocessing prep,
            Registry<ReaderDescriptor> readers, TensorScope scope, StepContext context, String split, double mean, double scale) {
        double[] out = new double[images.size()];
        int plane = prep.size() * prep.size();
        int batch = 16;
        context.progress().begin("predicting " + images.size() + " " + split + " bone ages", (images.size() + batch - 1) / batch);
        try (Autograd.NoGradScope g = Autograd.noGrad()) {
            for (int from = 0; from < images.size(); from += batch) {
                int n = Math.min(batch, images.size() - from);
                float[] x = new float[n * 4 * plane];
                for (int i = 0; i < n; i++) {
                    org.osteon.core.dataset.Sample s = images.get(from + i);
                    System.arraycopy(input(prep, RadiographPreprocessing.read(s.image(), readers), s.target("male").getAsDouble(), plane), 0, x,
                            i * 4 * plane, 4 * plane);
                }
                try (TensorScope s = scope.newChild()) {
                    float[] z = net.forward(Tensor.fromFloatArray(s, x, n, 4, prep.size(), prep.size())).toFloatArray();
                    for (int i = 0; i < n; i++) {
                        out[from + i] = mean + scale * z[i];
                    }
                }
                context.progress().worked(1);
            }
        }
        context.progress().done();
        return out;
    }

    static double mae(double[] truth, double[] predicted) {
        if (truth.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            s += Math.abs(predicted[i] - truth[i]);
        }
        return s / truth.length;
    }

    static double rmse(double[] truth, double[] predicted) {
        if (truth.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (int i = 0; i < truth.length; i++) {
            s += (predicted[i] - truth[i]) * (predicted[i] - truth[i]);
        }
        return Math.sqrt(s / truth.length);
    }

    /** Pearson's r; NaN when either side has no variance or fewer than two values. */
    static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double ma = Arrays.stream(a).average().orElseThrow();
        double mb = Arrays.stream(b).average().orElseThrow();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : Double.NaN;
    }

    private static void writePredictions(Path file, List<org.osteon.core.dataset.Sample> train, List<org.osteon.core.dataset.Sample> valid,
            Map<String, double[][]> results) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PREDICTIONS_HEADER + "\n");
            for (String split : ROWS) {
                List<org.osteon.core.dataset.Sample> images = split.equals("train") ? train : valid;
                double[][] tp = results.get(split);
                for (int i = 0; i < images.size(); i++) {
                    org.osteon.core.dataset.Sample s = images.get(i);
                    out.write(split + "," + Prediction.csv(s.id()) + "," + (int) s.target("male").getAsDouble() + "," + tp[0][i] + ","
                            + tp[1][i] + "\n");
                }
            }
        }
    }

    /** Predicted against true age (both splits) and the error (predicted - true) against the true age. */
    private static List<Figure> figures(Map<String, double[][]> results) {
        ScatterPlot.Builder scatter = ScatterPlot.builder().setTitle("Predicted against true bone age").optXTitle("true bone age (months)")
                .optYTitle("predicted bone age (months)").optIdentityLine(true);
        ScatterPlot.Builder errors = ScatterPlot.builder().setTitle("Error by bone age").optXTitle("true bone age (months)")
                .optYTitle("predicted - true (months)");
        boolean any = false;
        for (Map.Entry<String, double[][]> e : results.entrySet()) {
            double[] truth = e.getValue()[0];
            double[] predicted = e.getValue()[1];
            if (truth.length == 0) {
                continue;
            }
            double[] error = new double[truth.length];
            for (int i = 0; i < truth.length; i++) {
                error[i] = predicted[i] - truth[i];
            }
            scatter.addGroup(e.getKey(), truth, predicted);
            errors.addGroup(e.getKey(), truth, error);
            any = true;
        }
        if (!any) {
            return List.of();
        }
        return List.of(Figure.of("bone-age-predicted.svg", "Predicted against true bone age (months), train and valid images; the dashed "
                + "line is y = x.", scatter.build().svg()),
                Figure.of("bone-age-error.svg", "Error of the predicted bone age (predicted - true, months) against the true bone age.",
                        errors.build().svg()));
    }
}
