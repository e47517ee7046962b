package org.osteon.methods.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.registry.LossDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.methods.Embeddings;
import org.osteon.methods.FingerModel;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.training.History;
import org.osteon.training.Loss;
import org.osteon.training.Trainer;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.Sample;
import org.osteon.training.data.SampleLoader;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;
import org.osteon.training.optim.SGD;
import org.osteon.zoo.Heads;

/**
 * {@code org.osteon.methods.siameseEmbedding}: trains a zoo backbone with an L2-normalised embedding head as a
 * Siamese network (one network, shared weights) with a triplet loss on P x K batches of the train split,
 * validating on the valid split, then embeds every image. See the bundle README for the parameters.
 */
public final class SiameseEmbeddingStep implements Step {

    /** Images per class in a P x K batch: the batch-hard loss needs positives and negatives for every anchor. */
    static final int K = 4;
    static final String TRIPLET = "org.osteon.training.triplet";

    @Override
    public void run(StepContext context) throws Exception {
        Dataset dataset = context.input("dataset", Dataset.class);
        double lr = StepParameters.learningRate(context);
        int epochs = (int) context.integer("epochs");
        int batchSize = (int) context.integer("batchSize");
        int size = (int) context.integer("imageSize");
        int embedding = (int) context.integer("embedding");
        String optimizerName = context.parameter("optimizer").strip().toLowerCase(Locale.ROOT);
        if (!List.of("adam", "adamw", "sgd").contains(optimizerName)) {
            throw new InvalidInputException("parameter optimizer of step '" + context.stepId() + "' is '" + optimizerName
                    + "'; expected adam, adamw or sgd");
        }
        String[] tiles = context.parameter("claheTiles").strip().split("x");
        RadiographPreprocessing prep;
        try {
            prep = new RadiographPreprocessing(size, context.bool("clahe"), context.real("claheClipLimit"), Integer.parseInt(tiles[0]),
                    Integer.parseInt(tiles[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidInputException("parameter claheTiles of step '" + context.stepId() + "' is '" + context.parameter("claheTiles")
                    + "'; expected COLUMNSxROWS such as 8x8");
        }
        LossDescriptor lossDescriptor = context.registries().losses().get(context.parameter("loss").strip());
        Loss loss = lossDescriptor.create(Loss.class);
        Map<String, String> lossParameters = new LinkedHashMap<>();
        for (String p : List.of("margin", "sigma")) {
            if (lossDescriptor.parameter(p).isPresent()) {
                lossParameters.put(p, context.parameter(p).strip());
            }
        }
        loss.configure(lossParameters);

        List<org.osteon.core.dataset.Sample> images = dataset.samples().stream()
                .filter(s -> s.target("abnormal").isPresent() && s.attribute("study").isPresent()).toList();
        List<org.osteon.core.dataset.Sample> train = images.stream().filter(s -> s.split().equals("train")).toList();
        List<org.osteon.core.dataset.Sample> valid = images.stream().filter(s -> s.split().equals("valid")).toList();
        if (train.isEmpty()) {
            throw new InvalidInputException("data set " + dataset.name() + " has no train images with an 'abnormal' label and a study; "
                    + "expected a MURA-layout data set (check studyType)");
        }
        // P = the two classes; a batch larger than P x K takes more images of each class
        int k = batchSize >= 2 * K ? batchSize / 2 : K;
        Registry<ReaderDescriptor> readers = context.registries().readers();
        SampleSource trainSource = source(train, prep, readers);
        long seed = context.seed();
        DataLoader trainLoader = DataLoader.builder().setSource(trainSource).setSampler(Samplers.pk(trainSource.samples(), 2, k, batchSize, seed))
                .setSeed(seed).optWorkers(2).build();
        Optional<DataLoader> validLoader = Optional.empty();
        if (!valid.isEmpty()) {
            SampleSource validSource = source(valid, prep, readers);
            int kv = Math.min(k, minClassCount(validSource.samples()));
            if (kv >= 2) {
                validLoader = Optional.of(DataLoader.builder().setSource(validSource)
                        .setSampler(Samplers.pk(validSource.samples(), 2, kv, 2 * kv, seed + 1)).setSeed(seed + 1).optWorkers(2).build());
            }
        }

        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        engine.setSeed(seed);
        String modelId = context.parameter("model").strip();
        Path output = context.resultFile("history.csv", "text/csv").getParent().getParent();
        try (TensorScope scope = engine.newScope()) {
            Network network = FingerModel.backbone(context.registries(), modelId, embedding, scope, seed);
            BackboneWeights.loadOrWarn(context, network, scope, seed,
                    "The backbone started from seeded RANDOM weights (torchvision's initialisation from the experiment seed), not "
                        + "pretrained ImageNet weights: accuracy and kappa are not comparable with published values. Set weights=FILE "
                        + "(the backbone's torchvision state_dict as safetensors).");
            context.note("model", modelId + " with an L2-normalised embedding head of " + embedding);
            context.note("embedding loss", lossDescriptor.id() + " " + lossParameters);
            context.note("P x K", "2 x " + k + " (train batches of " + 2 * k + " images)");
            Optimizer optimizer = switch (optimizerName) {
                case "adamw" -> Adam.adamW().setParameters(network.root().namedParameters(), scope).setLearningRate(lr).build();
                case "sgd" -> SGD.builder().optMomentum(0.9).setParameters(network.root().namedParameters(), scope).setLearningRate(lr).build();
                default -> Adam.adam().setParameters(network.root().namedParameters(), scope).setLearningRate(lr).build();
            };
            EmbeddingTrainingStep step = new EmbeddingTrainingStep(network, loss, lossDescriptor.id().equals(TRIPLET), optimizer);
            Trainer.Builder tb = Trainer.builder().setModel(network.root()).setStep(step).setTrainData(trainLoader).setEpochs(epochs)
                    .setSeed(seed).setOutput(output).setScope(scope).optEngine(engine).optProgress(context.progress());
            validLoader.ifPresent(tb::optValidationData);
            Trainer trainer = tb.build();
            Trainer.Result result = trainer.fit();
            List<History.Row> history = result.history();
            double trainLoss = Double.NaN;
            double validLoss = Double.NaN;
            for (History.Row r : history) {
                if (r.split().equals(Trainer.TRAIN)) {
                    trainLoss = r.loss();
                } else if (r.split().equals(Trainer.VALID)) {
                    validLoss = r.loss();
                }
            }
            optimizer.close();

            List<org.osteon.core.dataset.Sample> all = new ArrayList<>(train);
            all.addAll(valid);
            String head = Heads.embedding(embedding).name();
            String gradCamLayer = FingerModel.gradCamLayer(network, head);
            List<Embeddings.Image> embedded = embed(network, all, prep, readers, scope, embedding, context);
            context.publish("embeddings", new Embeddings(modelId, embedding, prep, gradCamLayer, trainer.lastCheckpoint(), embedded, trainLoss,
                    validLoss, trainer.historyFile()));
        }
    }

    private static int minClassCount(List<Sample> samples) {
        long ones = samples.stream().filter(s -> s.label() == 1).count();
        return (int) Math.min(ones, samples.size() - ones);
    }

    private static SampleSource source(List<org.osteon.core.dataset.Sample> images, RadiographPreprocessing prep, Registry<ReaderDescriptor> readers) {
        Map<String, Path> files = new LinkedHashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (org.osteon.core.dataset.Sample s : images) {
            files.put(s.id(), s.image());
            samples.add(new Sample(s.id(), (int) Math.round(s.target("abnormal").getAsDouble()), s.subject(), s.attribute("study").orElseThrow()));
        }
        SampleLoader loader = (sample, random, slot) -> {
            slot.setPixels(prep.input(RadiographPreprocessing.read(files.get(sample.id()), readers)));
            slot.setTargets(sample.label());
        };
        return new SampleSource(samples, new long[] {3, prep.size(), prep.size()}, new long[] {1}, loader);
    }

    private static List<Embeddings.Image> embed(Network network, List<org.osteon.core.dataset.Sample> all, RadiographPreprocessing prep,
            Registry<ReaderDescriptor> readers, TensorScope scope, int embedding, StepContext context) {
        FingerModel model = new FingerModel(new org.osteon.methods.ModelCard("", embedding, prep, 0.5, ""), network,
                org.osteon.dl.Tensor.zeros(scope, 1, embedding), org.osteon.dl.Tensor.zeros(scope, 1));
        List<Embeddings.Image> out = new ArrayList<>();
        int batch = 16;
        context.progress().begin("embedding " + all.size() + " images", (all.size() + batch - 1) / batch);
        for (int from = 0; from < all.size(); from += batch) {
            List<org.osteon.core.dataset.Sample> part = all.subList(from, Math.min(all.size(), from + batch));
            float[] inputs = new float[part.size() * prep.valueCount()];
            for (int i = 0; i < part.size(); i++) {
                System.arraycopy(prep.input(RadiographPreprocessing.read(part.get(i).image(), readers)), 0, inputs, i * prep.valueCount(),
                        prep.valueCount());
            }
            float[][] e = model.score(inputs, part.size(), scope).embeddings();
            for (int i = 0; i < part.size(); i++) {
                org.osteon.core.dataset.Sample s = part.get(i);
                out.add(new Embeddings.Image(s.id(), s.image(), s.split(), s.attribute("study").orElseThrow(),
                        (int) Math.round(s.target("abnormal").getAsDouble()), e[i]));
            }
            context.progress().worked(1);
        }
        context.progress().done();
        return out;
    }
}
