package org.osteon.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.CancelledException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.dl.Autograd;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;
import org.osteon.training.data.Batch;
import org.osteon.training.data.DataLoader;

/**
 * Trains a model: epochs of a training pass and a validation pass, with
 * <ul>
 * <li>per-epoch rows in {@code <output>/results/history.csv} ({@link History}: epoch, split, loss, the
 * metrics, lr, seconds);</li>
 * <li>a checkpoint after every epoch, {@code <output>/checkpoints/last.safetensors}, and the best one by the
 * monitored validation value, {@code <output>/checkpoints/best.safetensors} ({@link Checkpoint});</li>
 * <li>early stopping after {@code patience} epochs without improvement;</li>
 * <li>progress through the core's {@link ProgressMonitor}: one task per epoch, one unit per batch, the running
 * loss and the remaining time as the sub-task (a console bar headless, a job in the workbench);</li>
 * <li>cancellation checked between batches: {@link CancelledException}, leaving the last finished epoch's
 * checkpoint, from which {@link Builder#optResumeFrom(Path)} continues exactly.</li>
 * </ul>
 * The model, the loss, backward and the optimizer are the {@link TrainingStep}'s. {@link #fit()} marks the
 * model's unfrozen parameters trainable, records gradients on the calling thread for the whole training
 * ({@link Autograd#record()}) and switches recording off for validation. One training runs at a time per
 * process: the engine allows one gradient recording per JVM (a second {@code fit()} meanwhile is refused).
 */
public final class Trainer {

    /** Whether a larger or a smaller monitored value is better. */
    public enum Goal {
        MIN, MAX
    }

    /** How a training ended without an exception. */
    public enum Status {
        FINISHED, STOPPED_EARLY
    }

    /** The split names of the history. */
    public static final String TRAIN = "train";
    public static final String VALID = "valid";
    /** The monitored name that means the validation loss. */
    public static final String LOSS = "loss";

    /** One finished epoch (1-based), as the listeners see it. */
    public record EpochSummary(int epoch, History.Row train, Optional<History.Row> valid, Optional<Checkpoint.Best> best, boolean improved) {
    }

    /** The outcome of {@link #fit()}. */
    public record Result(Status status, int epochsDone, Optional<Checkpoint.Best> best, List<History.Row> history, Path lastCheckpoint,
            Optional<Path> bestCheckpoint) {

        public Result {
            history = List.copyOf(history);
        }
    }

    private final Module model;
    private final TrainingStep step;
    private final DataLoader train;
    private final Optional<DataLoader> valid;
    private final int epochs;
    private final long seed;
    private final Path output;
    private final List<EpochMetric> metrics;
    private final String monitor;
    private final Goal goal;
    private final int patience;
    private final ProgressMonitor progress;
    private final List<TrainingListener> listeners;
    private final Optional<Path> resumeFrom;
    private final TensorScope scope;
    private final Optional<DeepLearningEngine> engine;

    private Trainer(Builder b) {
        model = b.model;
        step = b.step;
        train = b.train;
        valid = Optional.ofNullable(b.valid);
        epochs = b.epochs;
        seed = b.seed;
        output = b.output;
        metrics = List.copyOf(b.metrics);
        monitor = b.monitor;
        goal = b.goal;
        patience = b.patience;
        progress = b.progress;
        listeners = List.copyOf(b.listeners);
        resumeFrom = Optional.ofNullable(b.resumeFrom);
        scope = b.scope;
        engine = Optional.ofNullable(b.engine);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code <output>/results/history.csv}. */
    public Path historyFile() {
        return output.resolve("results").resolve("history.csv");
    }

    public Path lastCheckpoint() {
        return output.resolve("checkpoints").resolve("last.safetensors");
    }

    public Path bestCheckpoint() {
        return output.resolve("checkpoints").resolve("best.safetensors");
    }

    /**
     * Runs the remaining epochs.
     *
     * @throws CancelledException when the progress monitor is cancelled (between batches); the checkpoint of
     *             the last finished epoch stays
     */
    public Result fit() {
        // parameters need gradients only from here (inference elsewhere records nothing); frozen ones never
        model.markTrainable();
        try (Autograd.GradientScope recording = Autograd.record()) {
            return run();
        }
    }

    private Result run() {
        List<String> names = metrics.stream().map(EpochMetric::name).toList();
        int start = 0;
        long globalStep = 0;
        Optional<Checkpoint.Best> best = Optional.empty();
        int bad = 0;
        History history;
        if (resumeFrom.isPresent()) {
            Checkpoint.Contents c = Checkpoint.read(scope, resumeFrom.get());
            Checkpoint.State s = c.state();
            if (s.seed() != seed) {
                throw new InvalidInputException("checkpoint " + resumeFrom.get() + " was trained with seed " + s.seed() + ", this run has seed "
                        + seed + "; resume with the same seed");
            }
            Checkpoint.restore(model, c.model(), "checkpoint " + resumeFrom.get());
            step.restore(c.optimizer(), s.optimizer(), s.scheduler());
            start = s.epochsDone();
            globalStep = s.globalStep();
            best = s.best();
            bad = s.epochsWithoutImprovement();
            history = History.resume(historyFile(), names, start);
            if (patience > 0 && bad >= patience) {
                return result(Status.STOPPED_EARLY, start, best, history);
            }
        } else {
            history = new History(historyFile(), names);
        }
        for (int epoch = start; epoch < epochs; epoch++) {
            int number = epoch + 1;
            long dropoutSeed = Seeds.derive(seed, Seeds.DROPOUT, epoch);
            // the engine's generator (dropout masks) restarts each epoch from the seed: a resumed run draws the same
            engine.ifPresent(e -> e.setSeed(dropoutSeed));
            step.beginEpoch(epoch, dropoutSeed);
            step.setTrainingMode(model, true);
            long t0 = System.nanoTime();
            Pass trainPass = pass(train, epoch, true, "epoch " + number + "/" + epochs + " train");
            globalStep += trainPass.batches;
            History.Row trainRow = new History.Row(number, TRAIN, trainPass.loss, trainPass.metrics, trainPass.lr, (System.nanoTime() - t0) / 1e9);
            history.add(trainRow);
            Optional<History.Row> validRow = Optional.empty();
            OptionalDouble monitored = OptionalDouble.empty();
            boolean improved = false;
            if (valid.isPresent()) {
                step.setTrainingMode(model, false);
                long t1 = System.nanoTime();
                Pass v;
                try (Autograd.NoGradScope noGrad = Autograd.noGrad()) {
                    v = pass(valid.get(), epoch, false, "epoch " + number + "/" + epochs + " valid");
                }
                History.Row row = new History.Row(number, VALID, v.loss, v.metrics, trainPass.lr, (System.nanoTime() - t1) / 1e9);
                history.add(row);
                validRow = Optional.of(row);
                Double m = LOSS.equals(monitor) ? Double.valueOf(v.loss) : v.metrics.get(monitor);
                if (m == null) {
                    throw new IllegalStateException("the monitored metric " + monitor + " was not computed: the step's evaluate() returned no outputs");
                }
                double value = m;
                monitored = OptionalDouble.of(value);
                improved = best.isEmpty() || (goal == Goal.MIN ? value < best.get().value() : value > best.get().value());
                if (improved) {
                    best = Optional.of(new Checkpoint.Best(monitor, value, number));
                    bad = 0;
                } else {
                    bad++;
                }
            }
            step.endEpoch(number, monitored);
            Checkpoint.State state = new Checkpoint.State(number, globalStep, seed, best, bad, step.optimizerState(), step.schedulerState());
            save(lastCheckpoint(), state);
            if (improved) {
                save(bestCheckpoint(), state);
            }
            EpochSummary summary = new EpochSummary(number, trainRow, validRow, best, improved);
            listeners.forEach(l -> l.epochDone(summary));
            if (patience > 0 && bad >= patience) {
                return finish(result(Status.STOPPED_EARLY, number, best, history));
            }
        }
        return finish(result(Status.FINISHED, Math.max(start, epochs), best, history));
    }

    private Result finish(Result r) {
        listeners.forEach(l -> l.trainingDone(r));
        return r;
    }

    private Result result(Status status, int epochsDone, Optional<Checkpoint.Best> best, History history) {
        return new Result(status, epochsDone, best, history.rows(), lastCheckpoint(),
                Files.exists(bestCheckpoint()) ? Optional.of(bestCheckpoint()) : Optional.empty());
    }

    private void save(Path file, Checkpoint.State state) {
        try {
            Checkpoint.write(file, model, step.optimizerTensors(), state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + file, e);
        }
    }

    private record Pass(int batches, double loss, Map<String, Double> metrics, double lr) {
    }

    private Pass pass(DataLoader loader, int epoch, boolean training, String task) {
        double lr = step.learningRate();
        double lossSum = 0;
        long samples = 0;
        Outputs outputs = new Outputs();
        int done = 0;
        try (DataLoader.Epoch batches = loader.epoch(epoch)) {
            int n = batches.size();
            if (n == 0) {
                throw new InvalidInputException(task + ": the data gives no batch (" + loader.source().size()
                        + " samples; fewer than one batch when the last short batch is dropped?)");
            }
            progress.begin(task, n);
            if (training) {
                listeners.forEach(l -> l.epochStarted(epoch, n));
            }
            long t0 = System.nanoTime();
            while (batches.hasNext()) {
                CancelledException.checkCanceled(progress, "in " + task + " after " + done + " of " + n + " batches");
                TrainingStep.Evaluation e;
                try (Batch batch = batches.next(); TensorScope batchScope = scope.newChild()) {
                    e = training ? step.train(batch, batchScope) : step.evaluate(batch, batchScope);
                    if (!metrics.isEmpty() && e.hasOutputs()) {
                        outputs.add(e, batch);
                    }
                    lossSum += e.loss() * batch.size();
                    samples += batch.size();
                }
                if (!Double.isFinite(e.loss())) {
                    throw new InvalidInputException(task + ": the loss of batch " + (done + 1) + " is " + e.loss()
                            + " (diverged: lower the learning rate)");
                }
                done++;
                progress.worked(1);
                double elapsed = (System.nanoTime() - t0) / 1e9;
                progress.subTask(String.format(Locale.ROOT, "loss %.4f, ETA %s", lossSum / samples, eta(elapsed / done * (n - done))));
                if (training) {
                    int b = done;
                    double loss = e.loss();
                    listeners.forEach(l -> l.batchDone(epoch, b - 1, n, loss));
                }
            }
        } finally {
            progress.done();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        if (outputs.count > 0) {
            for (EpochMetric m : metrics) {
                values.put(m.name(), m.compute(outputs.outputs(), outputs.outputShape(), outputs.targets(), outputs.targetShape()));
            }
        }
        return new Pass(done, samples == 0 ? Double.NaN : lossSum / samples, values, lr);
    }

    static String eta(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The outputs and targets of one pass, concatenated. */
    private static final class Outputs {

        private final List<float[]> outs = new ArrayList<>();
        private final List<float[]> targets = new ArrayList<>();
        private long[] outShape;
        private long[] targetShape;
        private int count;

        void add(TrainingStep.Evaluation e, Batch batch) {
            long[] os = e.outputShape();
            long[] ts = batch.targetShape();
            if (outShape == null) {
                outShape = os.clone();
                targetShape = ts.clone();
                outShape[0] = 0;
                targetShape[0] = 0;
            }
            outShape[0] += os[0];
            targetShape[0] += ts[0];
            outs.add(e.outputs());
            targets.add(batch.targetArray().clone());
            count++;
        }

        float[] outputs() {
            return concat(outs);
        }

        float[] targets() {
            return concat(targets);
        }

        long[] outputShape() {
            return outShape.clone();
        }

        long[] targetShape() {
            return targetShape.clone();
        }

        private static float[] concat(List<float[]> parts) {
            float[] all = new float[parts.stream().mapToInt(p -> p.length).sum()];
            int at = 0;
            for (float[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            return all;
        }
    }

    /**
     * Configures a {@link Trainer}. Required: model, step, training data, epochs, seed, output folder and the
     * scope checkpoints are read into; the rest is optional.
     */
    public static final class Builder {

        private Module model;
        private TrainingStep step;
        private DataLoader train;
        private DataLoader valid;
        private int epochs = -1;
        private Long seedValue;
        private long seed;
        private Path output;
        private TensorScope scope;
        private final List<EpochMetric> metrics = new ArrayList<>();
        private String monitor = LOSS;
        private Goal goal = Goal.MIN;
        private int patience;
        private ProgressMonitor progress = ProgressMonitor.none();
        private final List<TrainingListener> listeners = new ArrayList<>();
        private Path resumeFrom;
        private DeepLearningEngine engine;

        private Builder() {
        }

        public Builder setModel(Module model) {
            this.model = Objects.requireNonNull(model);
            return this;
        }

        public Builder setStep(TrainingStep step) {
            this.step = Objects.requireNonNull(step);
            return this;
        }

        public Builder setTrainData(DataLoader train) {
            this.train = Objects.requireNonNull(train);
            return this;
        }

        /** Total epochs of the run (a resumed run trains up to this number). */
        public Builder setEpochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        /** The experiment seed (the data loaders' too); stored in checkpoints and checked when resuming. */
        public Builder setSeed(long seed) {
            this.seedValue = seed;
            return this;
        }

        /** The run folder: {@code results/history.csv} and {@code checkpoints/} go below it. */
        public Builder setOutput(Path output) {
            this.output = Objects.requireNonNull(output);
            return this;
        }

        /** The scope per-batch scopes are children of, and that a resumed checkpoint is read into. */
        public Builder setScope(TensorScope scope) {
            this.scope = Objects.requireNonNull(scope);
            return this;
        }

        /**
         * The engine whose random generator (dropout) is seeded from {@code Seeds.derive(seed, DROPOUT, epoch)}
         * before each epoch; without it the step's {@link TrainingStep#beginEpoch} must do so if the model drops out.
         */
        public Builder optEngine(DeepLearningEngine engine) {
            this.engine = Objects.requireNonNull(engine);
            return this;
        }

        public Builder optValidationData(DataLoader valid) {
            this.valid = Objects.requireNonNull(valid);
            return this;
        }

        public Builder addMetric(EpochMetric metric) {
            metrics.add(Objects.requireNonNull(metric));
            return this;
        }

        /** The validation value that picks the best checkpoint and drives early stopping (default: loss, MIN). */
        public Builder optMonitor(String metricOrLoss, Goal goal) {
            this.monitor = Objects.requireNonNull(metricOrLoss);
            this.goal = Objects.requireNonNull(goal);
            return this;
        }

        /** Stop after this many epochs without improvement of the monitored value (0, the default: never). */
        public Builder optPatience(int epochs) {
            this.patience = epochs;
            return this;
        }

        public Builder optProgress(ProgressMonitor progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        public Builder addListener(TrainingListener listener) {
            listeners.add(Objects.requireNonNull(listener));
            return this;
        }

        /** Continue a cancelled or finished run from its checkpoint (usually {@code checkpoints/last.safetensors}). */
        public Builder optResumeFrom(Path checkpoint) {
            this.resumeFrom = Objects.requireNonNull(checkpoint);
            return this;
        }

        public Trainer build() {
            List<String> missing = new ArrayList<>();
            if (model == null) {
                missing.add("model");
            }
            if (step == null) {
                missing.add("step");
            }
            if (train == null) {
                missing.add("training data");
            }
            if (seedValue == null) {
                missing.add("seed");
            }
            if (output == null) {
                missing.add("output folder");
            }
            if (scope == null) {
                missing.add("scope");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a trainer needs " + String.join(", ", missing));
            }
            if (epochs < 1) {
                throw new InvalidInputException("epochs is " + epochs + "; expected at least 1");
            }
            if (patience < 0) {
                throw new InvalidInputException("early-stopping patience is " + patience + " epochs; expected 0 (off) or more");
            }
            if (!LOSS.equals(monitor) && metrics.stream().noneMatch(m -> m.name().equals(monitor))) {
                throw new InvalidInputException("the monitored metric " + monitor + " is not one of the metrics "
                        + Arrays.toString(metrics.stream().map(EpochMetric::name).toArray()) + " nor " + LOSS);
            }
            if (valid == null && (patience > 0 || !LOSS.equals(monitor))) {
                throw new InvalidInputException("early stopping and a monitored metric need validation data");
            }
            seed = seedValue;
            if (resumeFrom != null && !Files.isRegularFile(resumeFrom)) {
                throw new InvalidInputException("checkpoint to resume from " + resumeFrom + " does not exist");
            }
            return new Trainer(this);
        }
    }
}
