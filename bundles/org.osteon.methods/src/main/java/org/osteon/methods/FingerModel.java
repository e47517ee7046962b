package org.osteon.methods;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.registry.Registries;
import org.osteon.dl.Autograd;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.ActivationCapture;
import org.osteon.dl.nn.AdaptiveAvgPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.evaluation.GradCam;
import org.osteon.zoo.CnnFactory;
import org.osteon.zoo.Heads;

/**
 * A trained finger-abnormality model: a zoo backbone with its L2-normalised embedding head, and the
 * abnormality classifier on the embedding (one logit, sigmoid). Stored as ONE safetensors file: the
 * backbone under torchvision's names, {@code embedding.fc.*}, {@code abnormality.weight} (1, D) and
 * {@code abnormality.bias} (1), with the {@link ModelCard} in {@code __metadata__}. Its tensors live in the
 * scope it was built in.
 */
public final class FingerModel {

    /** Tensor names of the classifier on the embeddings. */
    public static final String CLASSIFIER_WEIGHT = "abnormality.weight";
    public static final String CLASSIFIER_BIAS = "abnormality.bias";

    /** One image's abnormality probability and its Grad-CAM map (values in [0, 1]) of the feature map's size. */
    public record Heatmap(double probability, float[] heat, int width, int height) {
    }

    private final ModelCard card;
    private final Network network;
    private final Tensor weight;
    private final Tensor bias;

    public FingerModel(ModelCard card, Network network, Tensor weight, Tensor bias) {
        this.card = card;
        this.network = network;
        this.weight = weight;
        this.bias = bias;
    }

    /** The backbone with an embedding head of {@code embedding} values, from the models registry, initialised from {@code seed}. */
    public static Network backbone(Registries registries, String modelId, int embedding, TensorScope scope, long seed) {
        NetworkFactory factory = registries.models().get(modelId).create(NetworkFactory.class);
        if (!(factory instanceof CnnFactory cnn)) {
            throw new InvalidInputException("model '" + modelId + "' cannot carry an embedding head; expected a zoo CNN such as "
                    + "org.osteon.zoo.densenet169 or org.osteon.zoo.resnet50");
        }
        if (embedding < 2 || embedding > 4096) {
            throw new InvalidInputException("embedding size must be in [2, 4096] (the method uses 128 or 256), got " + embedding);
        }
        return cnn.create(scope, seed, Heads.embedding(embedding));
    }

    /**
     * The module whose output Grad-CAM weighs: the last child of the network's root before the head that is
     * not a pooling layer (DenseNet's {@code features}, ResNet's {@code layer4}).
     */
    public static String gradCamLayer(Network network, String headName) {
        String last = "";
        for (Map.Entry<String, Module> e : network.root().children().entrySet()) {
            if (e.getKey().equals(headName)) {
                break;
            }
            if (!(e.getValue() instanceof AdaptiveAvgPool)) {
                last = e.getKey();
            }
        }
        if (last.isEmpty()) {
            throw new IllegalArgumentException("network " + network.id() + " has no feature module before its head");
        }
        return last;
    }

    /** Reads a model file written by {@link #save}; its tensors go into {@code scope}. */
    public static FingerModel load(Path file, Registries registries, TensorScope scope) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("model file " + file + " does not exist");
        }
        ModelCard card = ModelCard.fromMetadata(SafetensorsReader.metadata(file), "model file " + file);
        Network network = backbone(registries, card.model(), card.embedding(), scope, 0);
        try (TensorScope tmp = scope.newChild()) {
            Map<String, Tensor> tensors = SafetensorsReader.read(tmp, file);
            network.loadStateDict(tensors, "model file " + file.getFileName());
            Tensor w = tensors.get(CLASSIFIER_WEIGHT);
            Tensor b = tensors.get(CLASSIFIER_BIAS);
            if (w == null || b == null || w.size() != card.embedding() || b.size() != 1) {
                throw new InvalidInputException("model file " + file + " lacks the classifier tensors " + CLASSIFIER_WEIGHT + " (1, "
                        + card.embedding() + ") and " + CLASSIFIER_BIAS + " (1)");
            }
            return new FingerModel(card, network, w.copyTo(scope), b.copyTo(scope));
        }
    }

    /** Writes the model as one safetensors file with its card in the metadata. */
    public void save(Path file) throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>(network.stateDict());
        tensors.put(CLASSIFIER_WEIGHT, weight);
        tensors.put(CLASSIFIER_BIAS, bias);
        SafetensorsWriter.write(file, tensors, card.toMetadata());
    }

    public ModelCard card() {
        return card;
    }

    public Network network() {
        return network;
    }

    /** Embeddings (n, D) and probabilities (n) of {@code n} prepared inputs (n, 3, S, S), in evaluation mode without gradients. */
    public record Scores(float[][] embeddings, float[] probabilities) {
    }

    public Scores score(float[] inputs, int n, TensorScope scope) {
        int s = card.preprocessing().size();
        network.eval();
        try (Autograd.NoGradScope ng = Autograd.noGrad(); TensorScope step = scope.newChild()) {
            Tensor x = Tensor.fromFloatArray(step, inputs, n, 3, s, s);
            Tensor emb = network.forward(x);
            float[] e = emb.toFloatArray();
            float[] p = emb.linear(weight, bias).sigmoid().toFloatArray();
            int d = card.embedding();
            float[][] rows = new float[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = java.util.Arrays.copyOfRange(e, i * d, (i + 1) * d);
            }
            return new Scores(rows, p);
        }
    }

    /**
     * The probability of one prepared input (3, S, S) and its Grad-CAM map: the gradient of the abnormality
     * logit with respect to the output of {@link ModelCard#gradCamLayer()}. Opens the process's one gradient
     * scope for the pass, so it must not run during a training.
     */
    public Heatmap gradCam(float[] input, TensorScope scope) {
        int s = card.preprocessing().size();
        Module layer = network.module(card.gradCamLayer())
                .orElseThrow(() -> new IllegalStateException("network has no module " + card.gradCamLayer()));
        network.eval();
        try (TensorScope step = scope.newChild(); ActivationCapture capture = ActivationCapture.attach(layer, step);
                Autograd.GradientScope g = Autograd.record()) {
            Tensor x = Tensor.fromFloatArray(step, input, 1, 3, s, s);
            Tensor logit = network.forward(x).linear(weight, bias);
            double p = logit.sigmoid().item();
            logit.sum().backward();
            Tensor a = capture.activation().orElseThrow();
            Tensor grad = capture.gradient().orElseThrow(() -> new IllegalStateException("no gradient reached " + card.gradCamLayer()));
            long[] shape = a.shape();
            int c = (int) shape[1];
            int h = (int) shape[2];
            int w = (int) shape[3];
            float[] heat = GradCam.compute(a.toFloatArray(), grad.toFloatArray(), c, h, w);
            grad.close();
            network.root().zeroGrad();
            return new Heatmap(p, heat, w, h);
        }
    }

    /** The classifier tensors (for tests and writers). */
    public List<Tensor> classifier() {
        return List.of(weight, bias);
    }
}
