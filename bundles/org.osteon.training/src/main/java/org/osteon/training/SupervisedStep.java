package org.osteon.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;
import org.osteon.training.data.Batch;
import org.osteon.training.optim.GradientClipping;
import org.osteon.training.optim.LearningRateSchedule;
import org.osteon.training.optim.Optimizer;

/**
 * The usual training step: {@code loss(model(pixels), targets)}, backward, optional gradient clipping by
 * global norm, one optimizer step; the schedule steps after each epoch with the monitored validation value.
 * The batch's targets reach the loss as the data source shapes them ({@code (n, targetShape...)}): give the
 * source the target shape the loss documents. Methods whose batches need more than this (Siamese pairs,
 * several outputs) write their own {@link TrainingStep}.
 * <pre>{@code
 * Optimizer sgd = SGD.builder().setParameters(model.trainableParameters(), scope).setLearningRate(0.01).optMomentum(0.9).build();
 * TrainingStep step = SupervisedStep.builder().setModel(model).setLoss(new MseLoss()).setOptimizer(sgd)
 *         .optSchedule(LearningRateSchedule.step(sgd, 10, 0.1)).optClipGradNorm(5).build();
 * }</pre>
 * Checkpoints hold the optimizer's state tensors ({@code optimizer.state.<parameter>.<slot>}), its learning rate ({@code optimizer.learning_rate}) and
 * the schedule's numbers ({@code scheduler.*}).
 */
public final class SupervisedStep implements TrainingStep {

    private static final String STATE = "state.";

    private final Module model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final LearningRateSchedule schedule;
    private final double clipNorm;

    private SupervisedStep(Builder b) {
        model = b.model;
        loss = b.loss;
        optimizer = b.optimizer;
        schedule = b.schedule == null ? LearningRateSchedule.constant(b.optimizer) : b.schedule;
        clipNorm = b.clipNorm;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Evaluation train(Batch batch, TensorScope scope) {
        Tensor out = model.forward(batch.pixels(scope));
        Tensor l = loss.compute(out, batch.targets(scope));
        // gradients accumulate across backward passes: start each step from zero
        optimizer.zeroGrad();
        l.backward();
        if (clipNorm > 0) {
            GradientClipping.clipGradNorm(optimizer.parameters().values(), clipNorm, scope);
        }
        optimizer.step();
        return new Evaluation(l.toFloatArray()[0], out.toFloatArray(), out.shape());
    }

    @Override
    public Evaluation evaluate(Batch batch, TensorScope scope) {
        Tensor out = model.forward(batch.pixels(scope));
        return new Evaluation(loss.compute(out, batch.targets(scope)).toFloatArray()[0], out.toFloatArray(), out.shape());
    }

    @Override
    public double learningRate() {
        return optimizer.learningRate();
    }

    @Override
    public void endEpoch(int epochsDone, OptionalDouble monitored) {
        schedule.step(monitored.orElse(Double.NaN));
    }

    /** The optimizer's state under {@code state.} ({@code state.fc.weight.exp_avg}), as torch's optimizer state dict nests it. */
    @Override
    public Map<String, Tensor> optimizerTensors() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        optimizer.state().forEach((k, v) -> m.put(STATE + k, v));
        return m;
    }

    @Override
    public Map<String, String> optimizerState() {
        return Map.of("learning_rate", Double.toString(optimizer.learningRate()));
    }

    @Override
    public Map<String, String> schedulerState() {
        Map<String, String> m = new LinkedHashMap<>();
        schedule.state().forEach((k, v) -> m.put(k, Double.toString(v)));
        return m;
    }

    @Override
    public void restore(Map<String, Tensor> optimizerTensors, Map<String, String> optimizerState, Map<String, String> schedulerState) {
        Map<String, Tensor> state = new LinkedHashMap<>();
        optimizerTensors.forEach((k, v) -> {
            if (!k.startsWith(STATE)) {
                throw new InvalidInputException("the checkpoint's optimizer tensor " + k + " is not under " + STATE);
            }
            state.put(k.substring(STATE.length()), v);
        });
        optimizer.loadState(state);
        String rate = optimizerState.get("learning_rate");
        if (rate == null) {
            throw new InvalidInputException("the checkpoint has no optimizer.learning_rate to resume with");
        }
        optimizer.setLearningRate(Double.parseDouble(rate));
        Map<String, Double> s = new LinkedHashMap<>();
        schedulerState.forEach((k, v) -> s.put(k, Double.parseDouble(v)));
        schedule.loadState(s);
    }

    /** Configures a {@link SupervisedStep}: model, loss and optimizer are required. */
    public static final class Builder {

        private Module model;
        private Loss loss;
        private Optimizer optimizer;
        private LearningRateSchedule schedule;
        private double clipNorm;

        private Builder() {
        }

        public Builder setModel(Module model) {
            this.model = Objects.requireNonNull(model);
            return this;
        }

        public Builder setLoss(Loss loss) {
            this.loss = Objects.requireNonNull(loss);
            return this;
        }

        /** The optimizer over the model's trainable parameters. */
        public Builder setOptimizer(Optimizer optimizer) {
            this.optimizer = Objects.requireNonNull(optimizer);
            return this;
        }

        /** Default: the optimizer's rate throughout. */
        public Builder optSchedule(LearningRateSchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule);
            return this;
        }

        /** Clip the gradients' global 2-norm to {@code maxNorm} before each step (default: no clipping). */
        public Builder optClipGradNorm(double maxNorm) {
            if (!(maxNorm > 0)) {
                throw new InvalidInputException("gradient clipping needs a maximum norm > 0, got " + maxNorm);
            }
            this.clipNorm = maxNorm;
            return this;
        }

        public SupervisedStep build() {
            if (model == null || loss == null || optimizer == null) {
                throw new IllegalStateException("a supervised step needs a model, a loss and an optimizer");
            }
            if (schedule != null && schedule.optimizer() != optimizer) {
                throw new IllegalStateException("the schedule drives another optimizer than the step's");
            }
            return new SupervisedStep(this);
        }
    }
}
