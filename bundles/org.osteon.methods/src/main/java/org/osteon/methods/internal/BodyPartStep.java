package org.osteon.methods.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.Network;
import org.osteon.evaluation.ConfusionMatrix;
import org.osteon.methods.Prediction;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.reporting.Figure;
import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.TrainingFigures;
import org.osteon.training.EpochMetric;
import org.osteon.training.Loss;
import org.osteon.training.SupervisedStep;
import org.osteon.training.Trainer;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.Sample;
import org.osteon.training.data.SampleLoader;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;
import org.osteon.training.losses.CrossEntropyLoss;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;
import org.osteon.training.optim.SGD;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.Heads;

/**
 * {@code org.osteon.methods.bodyPart}: body-part recognition by transfer learning. A zoo CNN (ResNet50 by default)
 * gets a new classifier head with one logit per class; its backbone is loaded from torchvision-named weights and
 * frozen up to a top-level module (frozen parameters get no updates and frozen batch norm stays in evaluation
 * mode, so its running statistics stay too); the rest is trained with cross-entropy. Classes are the values of
 * one sample attribute: {@code class} (folder-per-class layout) or {@code studyType} (MURA).
 */
public final class BodyPartStep implements Step {

    /** The columns of {@code results/metrics.csv}. */
    public static final List<String> COLUMNS = List.of("accuracy", "error", "kappa");
    public static final List<String> ROWS = List.of("train", "valid");
    public static final String PREDICTIONS_HEADER = "split,image,label,prediction";
    /** {@code format} in the model file's metadata. */
    public static final String FORMAT = "osteon.body-part.v1";

    @Override
    public void run(StepContext context) throws Exception {
        Dataset dataset = context.input("dataset", Dataset.class);
        double lr = context.real("lr");
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new InvalidInputException("parameter lr of step '" + context.stepId() + "' must be a learning rate > 0, got " + lr);
        }
        int epochs = (int) context.integer("epochs");
        int batchSize = (int) context.integer("batchSize");
        int size = (int) context.integer("imageSize");
        String freeze = context.parameter("freeze").strip();
        String optimizerName = context.parameter("optimizer").strip().toLowerCase(Locale.ROOT);
        if (!List.of("adam", "sgd").contains(optimizerName)) {
            throw new InvalidInputException("parameter optimizer of step '" + context.stepId() + "' is '" + optimizerName + "'; expected adam or sgd");
        }
        String attribute = context.parameter("classAttribute").strip();
        if (attribute.isEmpty()) {
            attribute = dataset.samples().stream().anyMatch(s -> s.attribute("class").isPresent()) ? "class" : "studyType";
        }
        String by = attribute;
        List<org.osteon.core.dataset.Sample> train = dataset.samples().stream()
                .filter(s -> s.split().equals("train") && s.attribute(by).isPresent()).toList();
        List<org.osteon.core.dataset.Sample> valid = dataset.samples().stream()
                .filter(s -> s.split().equals("valid") && s.attribute(by).isPresent()).toList();
        List<String> classes = List.copyOf(new TreeSet<>(train.stream().map(s -> s.attribute(by).orElseThrow()).toList()));
        if (classes.size() < 2) {
            throw new InvalidInputException("data set " + dataset.name() + " has " + classes.size() + " class(es) of attribute '" + by
                    + "' in its train split " + classes + "; body-part recognition needs at least two");
        }
        for (org.osteon.core.dataset.Sample s : valid) {
            if (!classes.contains(s.attribute(by).orElseThrow())) {
                throw new InvalidInputException("valid image " + s.id() + " has class '" + s.attribute(by).orElseThrow()
                        + "', which no train image has; expected one of " + classes);
            }
        }
        RadiographPreprocessing prep = new RadiographPreprocessing(size, context.bool("clahe"), 2.0, 8, 8);
        Registry<ReaderDescriptor> readers = context.registries().readers();
        long seed = context.seed();
        SampleSource trainSource = source(train, classes, by, prep, readers);
        DataLoader trainLoader = DataLoader.builder().setSource(trainSource)
                .setSampler(Samplers.shuffled(trainSource.size(), Math.min(batchSize, trainSource.size()), trainSource.size() > batchSize, seed)).setSeed(seed)
                .optWorkers(2).build();
        Optional<DataLoader> validLoader = valid.isEmpty() ? Optional.empty()
                : Optional.of(DataLoader.builder().setSource(source(valid, classes, by, prep, readers))
                        .setSampler(Samplers.sequential(valid.size(), batchSize)).setSeed(seed + 1).optWorkers(2).build());

        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        engine.setSeed(seed);
        String modelId = context.parameter("model").strip();
        Path output = context.resultFile("history.csv", "text/csv").getParent().getParent();
        try (TensorScope scope = engine.newScope()) {
            Network network = Transfer.cnn(context.registries(), modelId).create(scope, seed, Heads.classifier(classes.size()));
            Cnn cnn = (Cnn) network.root();
            BackboneWeights.loadOrWarn(context, network, scope, seed,
                    "The backbone started from seeded RANDOM weights (torchvision's initialisation from the experiment seed), not "
                        + "pretrained ImageNet weights: a frozen random backbone is a random feature extractor. Set weights=FILE "
                        + "(the backbone's torchvision state_dict as safetensors).");
            List<String> frozen = Transfer.frozenPrefixes(cnn, freeze, "freeze of step '" + context.stepId() + "'");
            if (!frozen.isEmpty()) {
                cnn.freeze(frozen.toArray(String[]::new));
            }
            context.note("model", modelId + " with a new classifier head of " + classes.size() + " classes " + classes + " (attribute '" + by + "')");
            context.note("frozen", frozen.isEmpty() ? "nothing (the whole network is trained)"
                    : String.join(", ", frozen) + " (parameters fixed, batch norm in evaluation mode)");
            Map<String, Tensor> trainable = cnn.trainableParameters();
            Optimizer optimizer = optimizerName.equals("sgd")
                    ? SGD.builder().optMomentum(0.9).setParameters(trainable, scope).setLearningRate(lr).build()
                    : Adam.adam().setParameters(trainable, scope).setLearningRate(lr).build();
            SupervisedStep step = SupervisedStep.builder().setModel(cnn).setLoss(new ClassIndexLoss()).setOptimizer(optimizer).build();
            Trainer.Builder tb = Trainer.builder().setModel(cnn).setStep(step).setTrainData(trainLoader).setEpochs(epochs).setSeed(seed)
                    .setOutput(output).setScope(scope).optEngine(engine).optProgress(context.progress()).addMetric(new Accuracy());
            validLoader.ifPresent(tb::optValidationData);
            Trainer trainer = tb.build();
            trainer.fit();
            optimizer.close();

            cnn.eval();
            Map<String, ConfusionMatrix> matrices = new LinkedHashMap<>();
            Map<String, int[][]> predicted = new LinkedHashMap<>();
            for (String split : ROWS) {
                List<org.osteon.core.dataset.Sample> images = split.equals("train") ? train : valid;
                int[] labels = images.stream().mapToInt(s -> classes.indexOf(s.attribute(by).orElseThrow())).toArray();
                int[] p = predict(cnn, images, prep, readers, scope, context, split);
                predicted.put(split, new int[][] {labels, p});
                if (!images.isEmpty()) {
                    matrices.put(split, ConfusionMatrix.of(labels, p, classes.size()));
                }
            }
            double[][] values = new double[ROWS.size()][];
            for (int r = 0; r < ROWS.size(); r++) {
                ConfusionMatrix m = matrices.get(ROWS.get(r));
                values[r] = m == null ? new double[] {Double.NaN, Double.NaN, Double.NaN} : new double[] {m.accuracy(), m.error(), m.kappa().value()};
                if (m != null) {
                    context.note(ROWS.get(r), String.format(Locale.ROOT, "%d images: accuracy %.3f, error %.3f, kappa %.3f", m.total(), m.accuracy(),
                            m.error(), m.kappa().value()));
                }
            }
            context.publish("metrics", new MatrixResult("metrics", "Body part (" + String.join(", ", classes) + ") per image: accuracy, "
                    + "error (1 - accuracy) and Cohen's kappa", ROWS, COLUMNS, values, ""));
            String confusionSplit = matrices.containsKey("valid") ? "valid" : "train";
            long[][] counts = matrices.get(confusionSplit).counts();
            double[][] cm = new double[classes.size()][classes.size()];
            for (int i = 0; i < classes.size(); i++) {
                for (int j = 0; j < classes.size(); j++) {
                    cm[i][j] = counts[i][j];
                }
            }
            context.publish("confusion", new MatrixResult("confusion", "Confusion matrix of the " + confusionSplit
                    + " split: rows the true body part, columns the predicted one, image counts", classes, classes, cm, "images"));
            writePredictions(context.resultFile("predictions.csv", "text/csv"), train, valid, predicted, classes);

            Map<String, String> card = new LinkedHashMap<>();
            card.put("format", FORMAT);
            card.put("model", modelId);
            card.put("classes", String.join(",", classes));
            card.put("classAttribute", by);
            card.put("imageSize", Integer.toString(size));
            card.put("clahe", Boolean.toString(prep.clahe()));
            card.put("freeze", freeze);
            card.put("initSeed", Long.toString(seed));
            SafetensorsWriter.write(context.artifact("model.safetensors", "application/octet-stream"), Transfer.torchvisionNames(cnn), card);

            List<Figure> figures = new ArrayList<>(TrainingFigures.curves(HistoryCsv.read(trainer.historyFile())));
            matrices.forEach((split, m) -> figures.add(TrainingFigures.confusionMatrix(split, m.counts(), classes)));
            for (Figure f : figures) {
                f.write(context.artifact(f.fileName(), Figure.MEDIA_TYPE));
            }
        }
    }

    private static SampleSource source(List<org.osteon.core.dataset.Sample> images, List<String> classes, String attribute,
            RadiographPreprocessing prep, Registry<ReaderDescriptor> readers) {
        Map<String, Path> files = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (org.osteon.core.dataset.Sample s : images) {
            files.put(s.id(), s.image());
            samples.add(new Sample(s.id(), classes.indexOf(s.attribute(attribute).orElseThrow()), s.subject(), s.attribute("study").orElse(s.id())));
        }
        SampleLoader loader = (sample, random, slot) -> {
            slot.setPixels(prep.input(RadiographPreprocessing.read(files.get(sample.id()), readers)));
            slot.setTargets(sample.label());
        };
        return new SampleSource(samples, new long[] {3, prep.size(), prep.size()}, new long[0], loader);
    }

    private static int[] predict(Module model, List<org.osteon.core.dataset.Sample> images, RadiographPreprocessing prep,
            Registry<ReaderDescriptor> readers, TensorScope scope, StepContext context, String split) {
        int[] out = new int[images.size()];
        int batch = 16;
        context.progress().begin("predicting " + images.size() + " " + split + " images", (images.size() + batch - 1) / batch);
        try (Autograd.NoGradScope g = Autograd.noGrad()) {
            for (int from = 0; from < images.size(); from += batch) {
                int n = Math.min(batch, images.size() - from);
                float[] x = new float[n * prep.valueCount()];
                for (int i = 0; i < n; i++) {
                    System.arraycopy(prep.input(RadiographPreprocessing.read(images.get(from + i).image(), readers)), 0, x, i * prep.valueCount(),
                            prep.valueCount());
                }
                try (TensorScope s = scope.newChild()) {
                    float[] logits = model.forward(Tensor.fromFloatArray(s, x, n, 3, prep.size(), prep.size())).toFloatArray();
                    int k = logits.length / n;
                    for (int i = 0; i < n; i++) {
                        out[from + i] = argmax(logits, i * k, k);
                    }
                }
                context.progress().worked(1);
            }
        }
        context.progress().done();
        return out;
    }

    static int argmax(float[] v, int offset, int length) {
        int best = 0;
        for (int j = 1; j < length; j++) {
            if (v[offset + j] > v[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    private static void writePredictions(Path file, List<org.osteon.core.dataset.Sample> train, List<org.osteon.core.dataset.Sample> valid,
            Map<String, int[][]> predicted, List<String> classes) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PREDICTIONS_HEADER + "\n");
            for (String split : ROWS) {
                List<org.osteon.core.dataset.Sample> images = split.equals("train") ? train : valid;
                int[][] lp = predicted.get(split);
                for (int i = 0; i < images.size(); i++) {
                    out.write(split + "," + Prediction.csv(images.get(i).id()) + "," + classes.get(lp[0][i]) + "," + classes.get(lp[1][i]) + "\n");
                }
            }
        }
    }

    /** Cross-entropy on class indices that the data loader delivers as floats (it fills float arrays). */
    static final class ClassIndexLoss implements Loss {

        private final CrossEntropyLoss crossEntropy = new CrossEntropyLoss();

        @Override
        public Tensor compute(Tensor logits, Tensor target) {
            float[] t = target.toFloatArray();
            long[] labels = new long[t.length];
            for (int i = 0; i < t.length; i++) {
                labels[i] = Math.round(t[i]);
            }
            return crossEntropy.compute(logits, Tensor.fromLongArray(logits.scope(), labels, labels.length));
        }

        @Override
        public void configure(Map<String, String> parameters) {
        }
    }

    /** Share of samples whose largest logit is their class: the history's accuracy column. */
    static final class Accuracy implements EpochMetric {

        @Override
        public String name() {
            return "accuracy";
        }

        @Override
        public double compute(float[] outputs, long[] outputShape, float[] targets, long[] targetShape) {
            int n = (int) outputShape[0];
            int k = outputs.length / n;
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += argmax(outputs, i * k, k) == Math.round(targets[i]) ? 1 : 0;
            }
            return (double) right / n;
        }
    }
}
