package org.osteon.methods.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osteon.core.InvalidInputException;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.dl.Autograd;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.evaluation.ConfusionMatrix;
import org.osteon.evaluation.Kappa;
import org.osteon.evaluation.StudyScores;
import org.osteon.methods.Embeddings;
import org.osteon.methods.FingerModel;
import org.osteon.methods.ModelCard;
import org.osteon.methods.Prediction;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.reporting.Figure;
import org.osteon.reporting.HeatmapOverlay;
import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.TrainingFigures;
import org.osteon.training.Loss;
import org.osteon.training.losses.BceWithLogitsLoss;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;

/**
 * {@code org.osteon.methods.embeddingClassifier}: trains the abnormality classifier (one linear logit on the
 * embedding) with MURA's class-weighted binary cross-entropy on the train split's images, scores studies as
 * MURA's baseline does (mean of the views' probabilities, abnormal if &gt; 0.5), and writes the metrics, the
 * per-study predictions, the trained model (one safetensors file and its JSON card), the report's figures and
 * Grad-CAM overlays of validation studies.
 */
public final class EmbeddingClassifierStep implements Step {

    /** The columns of {@code results/metrics.csv}, at study level. */
    public static final List<String> COLUMNS = List.of("embedding-loss", "accuracy", "error", "kappa", "kappa-ci-low", "kappa-ci-high");
    /** The header of {@code results/predictions.csv}. */
    public static final String PREDICTIONS_HEADER = "split,study,label,probability,prediction";
    static final String BCE = "org.osteon.training.bce";
    private static final List<String> CLASSES = List.of("normal", "abnormal");

    @Override
    public void run(StepContext context) throws Exception {
        Embeddings embeddings = context.input("embeddings", Embeddings.class);
        int steps = (int) context.integer("steps");
        double lr = context.real("lr");
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new InvalidInputException("parameter lr of step '" + context.stepId() + "' must be a learning rate > 0, got " + lr);
        }
        int heatmaps = (int) context.integer("heatmaps");
        List<Embeddings.Image> train = embeddings.images().stream().filter(i -> i.split().equals("train")).toList();
        long abnormal = train.stream().filter(i -> i.label() == 1).count();
        if (abnormal == 0 || abnormal == train.size()) {
            throw new InvalidInputException("the train split has " + abnormal + " abnormal of " + train.size()
                    + " images; the classifier needs both normal and abnormal images");
        }
        double[] w = BceWithLogitsLoss.classWeights(abnormal, train.size() - abnormal);
        Loss bce = context.registries().losses().get(BCE).create(Loss.class);
        bce.configure(Map.of("w0", Double.toString(w[0]), "w1", Double.toString(w[1])));
        context.note("classifier", String.format(Locale.ROOT, "linear on the embedding, class-weighted BCE w0 = %.4f, w1 = %.4f, Adam lr %s, %d steps",
                w[0], w[1], lr, steps));

        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        engine.setSeed(context.seed());
        try (TensorScope scope = engine.newScope()) {
            int d = embeddings.embeddingSize();
            Tensor weight = Tensor.zeros(scope, 1, d);
            Tensor bias = Tensor.zeros(scope, 1);
            train(train, d, weight, bias, bce, lr, steps, scope);
            float[] wv = weight.toFloatArray();
            float bv = bias.toFloatArray()[0];

            Map<String, StudyScores> scores = new LinkedHashMap<>();
            for (String split : List.of("train", "valid")) {
                scores.put(split, new StudyScores());
            }
            for (Embeddings.Image image : embeddings.images()) {
                StudyScores s = scores.get(image.split());
                if (s != null) {
                    s.add(image.study(), image.label(), probability(wv, bv, image.embedding()));
                }
            }
            writePredictions(scores, context.resultFile("predictions.csv", "text/csv"));
            double[][] values = new double[2][];
            int row = 0;
            for (Map.Entry<String, StudyScores> e : scores.entrySet()) {
                double loss = e.getKey().equals("train") ? embeddings.trainLoss() : embeddings.validLoss();
                values[row++] = metrics(loss, e.getValue());
                if (e.getValue().size() > 0) {
                    Kappa k = e.getValue().confusionMatrix().kappa();
                    ConfusionMatrix m = e.getValue().confusionMatrix();
                    context.note(e.getKey() + " (studies)", String.format(Locale.ROOT,
                            "%d studies: embedding loss %.4f, accuracy %.3f, error %.3f, kappa %.3f (95%% CI %.3f, %.3f)", e.getValue().size(), loss,
                            m.accuracy(), m.error(), k.value(), k.low(), k.high()));
                }
            }
            context.publish("metrics", new MatrixResult("metrics", "Finger abnormality at study level (mean of the views' "
                    + "probabilities, abnormal if > 0.5): embedding loss of the last epoch, accuracy, error, Cohen's kappa with its 95% CI",
                    List.of("train", "valid"), COLUMNS, values, ""));

            Network network = FingerModel.backbone(context.registries(), embeddings.model(), d, scope, 0);
            try (TensorScope tmp = scope.newChild()) {
                network.loadStateDict(SafetensorsReader.read(tmp, embeddings.weights()), "trained embedding network");
            }
            ModelCard card = new ModelCard(embeddings.model(), d, embeddings.preprocessing(), StudyScores.THRESHOLD, embeddings.gradCamLayer());
            FingerModel model = new FingerModel(card, network, weight, bias);
            model.save(context.artifact("model.safetensors", "application/octet-stream"));
            Files.writeString(context.artifact("model.json", "application/json"), card.toJson(), StandardCharsets.UTF_8);

            figures(context, embeddings, scores);
            overlays(context, model, embeddings, heatmaps, scope);
        }
    }

    private static void train(List<Embeddings.Image> train, int d, Tensor weight, Tensor bias, Loss bce, double lr, int steps, TensorScope scope) {
        float[] x = new float[train.size() * d];
        float[] y = new float[train.size()];
        for (int i = 0; i < train.size(); i++) {
            System.arraycopy(train.get(i).embedding(), 0, x, i * d, d);
            y[i] = train.get(i).label();
        }
        weight.requiresGrad(true);
        bias.requiresGrad(true);
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        parameters.put(FingerModel.CLASSIFIER_WEIGHT, weight);
        parameters.put(FingerModel.CLASSIFIER_BIAS, bias);
        try (Optimizer adam = Adam.adam().setParameters(parameters, scope).setLearningRate(lr).build();
                Autograd.GradientScope g = Autograd.record()) {
            for (int s = 0; s < steps; s++) {
                try (TensorScope step = scope.newChild()) {
                    adam.zeroGrad();
                    Tensor logits = Tensor.fromFloatArray(step, x, train.size(), d).linear(weight, bias).reshape(train.size());
                    Tensor loss = bce.compute(logits, Tensor.fromFloatArray(step, y, train.size()));
                    loss.backward();
                    adam.step();
                }
            }
        }
        weight.requiresGrad(false);
        bias.requiresGrad(false);
    }

    static double probability(float[] w, float b, float[] e) {
        double z = b;
        for (int i = 0; i < w.length; i++) {
            z += (double) w[i] * e[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] metrics(double embeddingLoss, StudyScores scores) {
        if (scores.size() == 0) {
            return new double[] {embeddingLoss, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        ConfusionMatrix m = scores.confusionMatrix();
        Kappa k = m.kappa();
        return new double[] {embeddingLoss, m.accuracy(), m.error(), k.value(), k.low(), k.high()};
    }

    private static void writePredictions(Map<String, StudyScores> scores, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PREDICTIONS_HEADER + "\n");
            for (Map.Entry<String, StudyScores> e : scores.entrySet()) {
                for (StudyScores.StudyScore s : e.getValue().studies()) {
                    out.write(e.getKey() + "," + Prediction.csv(s.study()) + "," + s.label() + "," + s.probability() + "," + s.prediction() + "\n");
                }
            }
        }
    }

    private static void figures(StepContext context, Embeddings embeddings, Map<String, StudyScores> scores) throws IOException {
        List<Figure> figures = new ArrayList<>(TrainingFigures.curves(HistoryCsv.read(embeddings.history())));
        for (Map.Entry<String, StudyScores> e : scores.entrySet()) {
            if (e.getValue().size() > 0) {
                figures.add(TrainingFigures.confusionMatrix(e.getKey(), e.getValue().confusionMatrix().counts(), CLASSES));
            }
        }
        for (String split : List.of("train", "valid")) {
            List<Embeddings.Image> images = embeddings.images().stream().filter(i -> i.split().equals(split)).toList();
            if (images.size() >= 3) {
                double[][] points = new double[images.size()][];
                int[] labels = new int[images.size()];
                for (int i = 0; i < images.size(); i++) {
                    float[] v = images.get(i).embedding();
                    points[i] = new double[v.length];
                    for (int j = 0; j < v.length; j++) {
                        points[i][j] = v[j];
                    }
                    labels[i] = images.get(i).label();
                }
                figures.add(TrainingFigures.embeddings(split, points, labels, CLASSES));
            }
        }
        for (Figure f : figures) {
            f.write(context.artifact(f.fileName(), Figure.MEDIA_TYPE));
        }
    }

    /** Grad-CAM overlays of the first view of the first {@code count} valid studies, abnormal and normal alternating. */
    private static void overlays(StepContext context, FingerModel model, Embeddings embeddings, int count, TensorScope scope) throws IOException {
        List<Embeddings.Image> valid = embeddings.images().stream().filter(i -> i.split().equals("valid")).toList();
        Set<String> seen = new LinkedHashSet<>();
        List<Embeddings.Image> firstViews = new ArrayList<>();
        for (Embeddings.Image i : valid) {
            if (seen.add(i.study())) {
                firstViews.add(i);
            }
        }
        List<Embeddings.Image> picked = new ArrayList<>();
        for (int label : new int[] {1, 0}) {
            firstViews.stream().filter(i -> i.label() == label).limit((count + 1 - label) / 2).forEach(picked::add);
        }
        RadiographPreprocessing prep = model.card().preprocessing();
        int n = 0;
        for (Embeddings.Image image : picked) {
            RadiographPreprocessing.Radiograph r = RadiographPreprocessing.read(image.file(), context.registries().readers());
            FingerModel.Heatmap h = model.gradCam(prep.input(r), scope);
            String name = String.format(Locale.ROOT, "gradcam/%02d-%s-p%.2f.png", ++n, image.label() == 1 ? "abnormal" : "normal", h.probability());
            String caption = String.format(Locale.ROOT, "Grad-CAM of %s study %s (first view), p(abnormal) = %.2f",
                    image.label() == 1 ? "abnormal" : "normal", image.study(), h.probability());
            HeatmapOverlay.writePng(r.unit(), r.width(), r.height(), h.heat(), h.width(), h.height(), HeatmapOverlay.DEFAULT_ALPHA, caption,
                    context.artifact(name, "image/png"));
        }
    }
}
