package org.osteon.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.SafetensorsWriter;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;

/**
 * A training checkpoint: ONE safetensors file holding
 * <ul>
 * <li>the model's state dict under its own names (torchvision's for a zoo backbone), so the file loads as
 * plain weights anywhere ({@code osteon model run}, PyTorch's {@code load_state_dict} after dropping the
 * {@code optimizer.} entries);</li>
 * <li>the optimizer's state tensors prefixed {@code optimizer.} (e.g.
 * {@code optimizer.state.fc.weight.exp_avg});</li>
 * <li>in the header's {@code __metadata__}: the format version, the completed epochs, the global step, the
 * experiment seed, the seeds of the next epoch's data order, augmentation and dropout, the best validation
 * metric so far, the early-stopping counter, and the optimizer's and schedule's scalar state
 * ({@code optimizer.*}, {@code scheduler.*}).</li>
 * </ul>
 * Every random choice of a training is derived from (seed, epoch, ...) ({@link Seeds}), so this is enough
 * to resume exactly at the epoch boundary it was written at. Nothing time- or machine-dependent is stored:
 * two trainings with the same seed write byte-identical checkpoints. Files are written beside the target and
 * moved into place, so a crash never leaves a half-written checkpoint.
 */
public final class Checkpoint {

    /** The {@code __metadata__} value of {@link #FORMAT_KEY} this class writes. */
    public static final String FORMAT = "osteon-checkpoint-1";
    public static final String FORMAT_KEY = "format";
    /** Prefix of the optimizer's tensors and scalar state. */
    public static final String OPTIMIZER_PREFIX = "optimizer.";
    /** Prefix of the schedule's scalar state. */
    public static final String SCHEDULER_PREFIX = "scheduler.";

    /**
     * Where a training stands after {@code epochsDone} epochs.
     *
     * @param epochsDone completed epochs (the next epoch to train is this number, 0-based)
     * @param globalStep optimizer steps taken
     * @param seed the experiment seed
     * @param best the best validation value so far and its epoch (1-based), if any epoch was validated
     * @param epochsWithoutImprovement epochs since the best one (early stopping's counter)
     * @param optimizer the optimizer's scalar state (e.g. its step count), by key
     * @param scheduler the learning-rate schedule's state, by key
     */
    public record State(int epochsDone, long globalStep, long seed, Optional<Best> best, int epochsWithoutImprovement,
            Map<String, String> optimizer, Map<String, String> scheduler) {

        public State {
            Objects.requireNonNull(best, "best");
            optimizer = Collections.unmodifiableMap(new LinkedHashMap<>(optimizer));
            scheduler = Collections.unmodifiableMap(new LinkedHashMap<>(scheduler));
            if (epochsDone < 0 || globalStep < 0 || epochsWithoutImprovement < 0) {
                throw new IllegalArgumentException("negative counter in " + epochsDone + "/" + globalStep + "/" + epochsWithoutImprovement);
            }
        }
    }

    /** The best value of the monitored metric and the epoch (1-based) that reached it. */
    public record Best(String metric, double value, int epoch) {

        public Best {
            Objects.requireNonNull(metric, "metric");
        }
    }

    /** A checkpoint read back: the model's tensors, the optimizer's tensors (prefix removed) and the state. */
    public record Contents(Map<String, Tensor> model, Map<String, Tensor> optimizer, State state) {

        public Contents {
            model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
            optimizer = Collections.unmodifiableMap(new LinkedHashMap<>(optimizer));
        }
    }

    private Checkpoint() {
    }

    /**
     * Writes {@code model}'s state dict, {@code optimizerTensors} (named as the optimizer names them; written
     * with the {@code optimizer.} prefix) and {@code state} to {@code file}, atomically.
     */
    public static void write(Path file, Module model, Map<String, Tensor> optimizerTensors, State state) throws IOException {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : model.stateDict().entrySet()) {
            if (e.getKey().startsWith(OPTIMIZER_PREFIX)) {
                throw new IllegalArgumentException("model tensor " + e.getKey() + " collides with the checkpoint's optimizer prefix");
            }
            tensors.put(e.getKey(), e.getValue());
        }
        optimizerTensors.forEach((k, v) -> tensors.put(OPTIMIZER_PREFIX + k, v));
        SafetensorsWriter.write(file, tensors, metadata(state));
    }

    static Map<String, String> metadata(State s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(FORMAT_KEY, FORMAT);
        m.put("epoch", Integer.toString(s.epochsDone()));
        m.put("global_step", Long.toString(s.globalStep()));
        m.put("seed", Long.toString(s.seed()));
        // the seeds the next epoch will use, for a reader that wants to check or reproduce them
        m.put("rng.order", Long.toString(Seeds.derive(s.seed(), Seeds.ORDER, s.epochsDone())));
        m.put("rng.augment", Long.toString(Seeds.derive(s.seed(), Seeds.AUGMENT, s.epochsDone())));
        m.put("rng.dropout", Long.toString(Seeds.derive(s.seed(), Seeds.DROPOUT, s.epochsDone())));
        s.best().ifPresent(b -> {
            m.put("best.metric", b.metric());
            m.put("best.value", Double.toString(b.value()));
            m.put("best.epoch", Integer.toString(b.epoch()));
        });
        m.put("early_stopping.epochs_without_improvement", Integer.toString(s.epochsWithoutImprovement()));
        s.optimizer().forEach((k, v) -> m.put(OPTIMIZER_PREFIX + k, v));
        s.scheduler().forEach((k, v) -> m.put(SCHEDULER_PREFIX + k, v));
        return m;
    }

    /** The state in {@code file}'s metadata, without reading any tensor. */
    public static State readState(Path file) {
        Map<String, String> m = SafetensorsReader.metadata(file);
        if (!FORMAT.equals(m.get(FORMAT_KEY))) {
            throw new InvalidInputException("checkpoint " + file + " is not an Osteon training checkpoint (its metadata has "
                    + FORMAT_KEY + " = " + m.getOrDefault(FORMAT_KEY, "nothing") + ", expected " + FORMAT + ")");
        }
        try {
            Optional<Best> best = m.containsKey("best.metric")
                    ? Optional.of(new Best(m.get("best.metric"), Double.parseDouble(m.get("best.value")), Integer.parseInt(m.get("best.epoch"))))
                    : Optional.empty();
            return new State(Integer.parseInt(m.get("epoch")), Long.parseLong(m.get("global_step")), Long.parseLong(m.get("seed")), best,
                    Integer.parseInt(m.get("early_stopping.epochs_without_improvement")), prefixed(m, OPTIMIZER_PREFIX),
                    prefixed(m, SCHEDULER_PREFIX));
        } catch (RuntimeException e) {
            throw new InvalidInputException("checkpoint " + file + " has damaged metadata: " + e.getMessage(), e);
        }
    }

    /** The whole checkpoint, its tensors created in {@code scope}. */
    public static Contents read(TensorScope scope, Path file) {
        State state = readState(file);
        Map<String, Tensor> model = new LinkedHashMap<>();
        Map<String, Tensor> optimizer = new LinkedHashMap<>();
        SafetensorsReader.read(scope, file).forEach((k, v) -> {
            if (k.startsWith(OPTIMIZER_PREFIX)) {
                optimizer.put(k.substring(OPTIMIZER_PREFIX.length()), v);
            } else {
                model.put(k, v);
            }
        });
        return new Contents(model, optimizer, state);
    }

    /**
     * Overwrites {@code model}'s parameters and buffers, in place, with {@code tensors}; the names and
     * shapes must match the model's state dict exactly.
     *
     * @throws InvalidInputException naming every missing, unexpected or misshapen tensor
     */
    public static void restore(Module model, Map<String, Tensor> tensors, String what) {
        Map<String, Tensor> own = model.stateDict();
        List<String> problems = new ArrayList<>();
        own.forEach((name, t) -> {
            Tensor src = tensors.get(name);
            if (src == null) {
                problems.add("missing " + name);
            } else if (!Arrays.equals(src.shape(), t.shape())) {
                problems.add(name + " has shape " + Arrays.toString(src.shape()) + ", the model needs " + Arrays.toString(t.shape()));
            }
        });
        tensors.keySet().stream().filter(n -> !own.containsKey(n)).forEach(n -> problems.add("unexpected " + n));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what + " does not fit the model: " + String.join("; ", problems));
        }
        own.forEach((name, t) -> t.assign(tensors.get(name)));
    }

    /** The best value in {@code state}, if any. */
    public static OptionalDouble bestValue(State state) {
        return state.best().map(b -> OptionalDouble.of(b.value())).orElse(OptionalDouble.empty());
    }

    private static Map<String, String> prefixed(Map<String, String> m, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }
}
