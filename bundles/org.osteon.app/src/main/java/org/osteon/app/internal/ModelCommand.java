package org.osteon.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;




import org.osteon.core.InvalidInputException;
import org.osteon.core.io.Checksums;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.Weights;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.InputConvention;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;

import com.google.gson.GsonBuilder;

/**
 * {@code osteon model info ID [--weights W] [--json]} and
 * {@code osteon model run ID --weights W --input IN --output OUT [--inflate]}: what a zoo network is and
 * whether a weights file fits it; and one forward pass of the network's own {@code forward} (torchvision
 * classifiers: the logits) in evaluation mode on a float32 tensor {@code input}, written as the tensor
 * {@code output}. Model authors use {@code run} to certify a network against PyTorch on the same weights.
 */
final class ModelCommand {

    static final String INPUT = "input";
    static final String OUTPUT = "output";

    private final Registry<ModelDescriptor> models;
    private final PrintStream out;

    ModelCommand(Registry<ModelDescriptor> models, PrintStream out) {
        this.models = models;
        this.out = out;
    }

    int info(String id, Optional<Path> weights, boolean json) {
        ModelDescriptor descriptor = models.get(id);
        NetworkFactory factory = descriptor.create(NetworkFactory.class);
        weights.ifPresent(ModelCommand::requireFile);
        try (TensorScope scope = engine().newScope()) {
            Network net = factory.create(scope, 0).eval();
            InputConvention input = factory.inputConvention();
            Map<String, long[]> stateDict = new LinkedHashMap<>();
            net.stateDict().forEach((name, t) -> stateDict.put(name, t.shape()));
            Optional<List<String>> problems = weights.map(w -> net.stateDictProblems(shapes(w), name -> true));
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", descriptor.id());
                o.put("network", factory.id());
                o.put("parameters", net.parameterCount());
                o.put("input", Map.of("channels", input.channels(), "mean", input.mean(), "std", input.std(),
                        "trainedSize", input.trainedSize(), "minimumSize", input.minimumSize()));
                o.put("stateDict", stateDict.entrySet().stream().map(e -> Map.of("name", e.getKey(), "shape", e.getValue())).toList());
                weights.ifPresent(w -> o.put("weights", Map.of("file", w.toString(), "fits", problems.get().isEmpty(),
                        "problems", problems.get())));
                out.println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
            } else {
                out.println(descriptor.id() + "  " + descriptor.name() + (descriptor.description().isEmpty() ? "" : ": " + descriptor.description()));
                out.println("parameters: " + String.format(Locale.ROOT, "%,d", net.parameterCount()) + " ("
                        + stateDict.size() + " state-dict tensors, weight names: " + descriptor.weightNaming() + ")");
                out.println("input: (N, " + input.channels() + ", H, W) float32, or (N, " + input.channels()
                        + ", D, H, W) inflated to 3D; " + input.describe());
                out.println("output: the network's own forward in evaluation mode (" + net.forward(probe(scope, input)).shape()[1]
                        + " values per sample)");
                out.println("state dict:");
                stateDict.forEach((name, shape) -> out.println("  " + name + " " + Arrays.toString(shape)));
                weights.ifPresent(w -> out.println("weights " + w + ": " + (problems.get().isEmpty() ? "fit" : "do not fit")));
            }
            if (problems.isPresent() && !problems.get().isEmpty()) {
                throw new InvalidInputException("weights file " + weights.get() + " does not fit " + descriptor.id() + ": "
                        + String.join("; ", problems.get()));
            }
        }
        return Commands.OK;
    }

    /** One sample of the smallest accepted size, to report the output's width. */
    private static Tensor probe(TensorScope scope, InputConvention input) {
        return Tensor.zeros(scope, 1, input.channels(), input.minimumSize(), input.minimumSize());
    }

    int run(String id, Path weights, Path input, Path output, boolean inflate) throws IOException {
        ModelDescriptor descriptor = models.get(id);
        NetworkFactory factory = descriptor.create(NetworkFactory.class);
        requireFile(weights);
        requireFile(input);
        Path parent = output.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException("the folder of the output file " + output + " does not exist");
        }
        if (Files.exists(output) && Files.isSameFile(output, input)) {
            throw new InvalidInputException("the output file " + output + " is the input file; choose another name");
        }
        checkInput(input, factory.inputConvention(), inflate);
        try (TensorScope scope = engine().newScope()) {
            Network net = factory.create(scope, 0);
            Weights.load(net, weights, scope);
            if (inflate) {
                net = Inflation.inflate(net, scope);
            }
            net.eval();
            Tensor x = SafetensorsReader.read(scope, input).get(INPUT);
            Tensor y = net.forward(x);
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("model", descriptor.id() + (inflate ? " inflated to 3D" : ""));
            metadata.put("weights.sha256", Checksums.sha256(weights));
            metadata.put("input.sha256", Checksums.sha256(input));
            SafetensorsWriter.write(output, Map.of(OUTPUT, y), metadata);
            out.println(descriptor.id() + (inflate ? " inflated to 3D" : "") + ": input " + Arrays.toString(x.shape()) + " -> output "
                    + Arrays.toString(y.shape()) + " written to " + output);
        }
        return Commands.OK;
    }

    /** The tensor {@code input}: present, float32, (N, C, H, W) (or (N, C, D, H, W) inflated), C and sizes as the network expects. */
    private static void checkInput(Path file, InputConvention convention, boolean inflate) {
        List<SafetensorsReader.Entry> entries = SafetensorsReader.entries(file);
        SafetensorsReader.Entry entry = entries.stream().filter(e -> e.name().equals(INPUT)).findFirst()
                .orElseThrow(() -> new InvalidInputException("input file " + file + " has no tensor named '" + INPUT + "' (it has: "
                        + (entries.isEmpty() ? "none" : entries.stream().map(SafetensorsReader.Entry::name).collect(Collectors.joining(", ")))
                        + "); expected a float32 tensor '" + INPUT + "' of shape " + layout(convention, inflate)));
        long[] shape = entry.shape();
        String problem = null;
        int rank = inflate ? 5 : 4;
        if (!entry.dtype().equals("F32")) {
            problem = "has dtype " + entry.dtype() + "; expected F32 (float32)";
        } else if (shape.length != rank) {
            problem = "has shape " + Arrays.toString(shape) + " (rank " + shape.length + "); expected rank " + rank
                    + (shape.length == 5 && !inflate ? " (a volume needs --inflate)" : "");
        } else if (shape[0] < 1 || shape[1] != convention.channels()) {
            problem = "has shape " + Arrays.toString(shape) + "; expected " + convention.channels() + " channels on axis 1 and at least one sample";
        } else if (Arrays.stream(shape, 2, rank).anyMatch(s -> s < convention.minimumSize())) {
            problem = "has shape " + Arrays.toString(shape) + "; every spatial axis needs at least " + convention.minimumSize();
        }
        if (problem != null) {
            throw new InvalidInputException("tensor '" + INPUT + "' of " + file + " " + problem + "; expected shape " + layout(convention, inflate));
        }
    }

    private static String layout(InputConvention c, boolean inflate) {
        return "(N, " + c.channels() + (inflate ? ", D, H, W)" : ", H, W)");
    }

    private static Map<String, long[]> shapes(Path weights) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (SafetensorsReader.Entry e : SafetensorsReader.entries(weights)) {
            shapes.put(e.name(), e.shape());
        }
        return shapes;
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("file " + file + " does not exist; expected a safetensors file");
        }
    }

    /** The engine service (its bundle is lazy: started first). */
    private static DeepLearningEngine engine() {
        return Services.get(DeepLearningEngine.class);
    }
}
