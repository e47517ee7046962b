package org.osteon.methods.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;
import org.osteon.training.SupervisedStep;
import org.osteon.training.TrainingStep;
import org.osteon.training.data.Batch;
import org.osteon.training.optim.Optimizer;

/**
 * A {@link SupervisedStep} whose learning rate decays with every update as Keras's SGD {@code decay} does:
 * {@code lr_t = lr / (1 + decay * t)}, t the updates so far (the published bone-age settings name this decay).
 * {@link #learningRate()} is the rate of the next update, so the history's learning rate shows the decay (the
 * wrapped step's constant schedule resets the optimizer to the base rate at each epoch's end; the next update
 * sets it again).
 */
final class DecayingStep implements TrainingStep {

    private static final String UPDATES = "decay_updates";

    private final SupervisedStep step;
    private final Optimizer optimizer;
    private final double lr;
    private final double decay;
    private long updates;

    DecayingStep(SupervisedStep step, Optimizer optimizer, double lr, double decay) {
        this.step = step;
        this.optimizer = optimizer;
        this.lr = lr;
        this.decay = decay;
    }

    @Override
    public void beginEpoch(int epoch, long dropoutSeed) {
        step.beginEpoch(epoch, dropoutSeed);
    }

    @Override
    public void setTrainingMode(Module model, boolean training) {
        step.setTrainingMode(model, training);
    }

    @Override
    public Evaluation train(Batch batch, TensorScope scope) {
        optimizer.setLearningRate(rate());
        updates++;
        return step.train(batch, scope);
    }

    @Override
    public Evaluation evaluate(Batch batch, TensorScope scope) {
        return step.evaluate(batch, scope);
    }

    /** The rate of the next update. */
    private double rate() {
        return lr / (1 + decay * updates);
    }

    @Override
    public double learningRate() {
        return rate();
    }

    @Override
    public void endEpoch(int epochsDone, OptionalDouble monitored) {
        step.endEpoch(epochsDone, monitored);
        // what the checkpoint's optimizer state holds: the next update's rate, not the schedule's base rate
        optimizer.setLearningRate(rate());
    }

    @Override
    public Map<String, Tensor> optimizerTensors() {
        return step.optimizerTensors();
    }

    @Override
    public Map<String, String> optimizerState() {
        Map<String, String> m = new LinkedHashMap<>(step.optimizerState());
        m.put(UPDATES, Long.toString(updates));
        return m;
    }

    @Override
    public Map<String, String> schedulerState() {
        return step.schedulerState();
    }

    @Override
    public void restore(Map<String, Tensor> optimizerTensors, Map<String, String> optimizerState, Map<String, String> schedulerState) {
        step.restore(optimizerTensors, optimizerState, schedulerState);
        updates = Long.parseLong(optimizerState.getOrDefault(UPDATES, "0"));
    }
}
