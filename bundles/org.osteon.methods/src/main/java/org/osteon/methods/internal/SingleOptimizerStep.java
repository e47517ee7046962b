package org.osteon.methods.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.dl.Tensor;
import org.osteon.training.TrainingStep;
import org.osteon.training.optim.Optimizer;

/**
 * The checkpoint side of a method's own training step with one optimizer and no schedule: the optimizer's tensors,
 * its step count and learning rate, restored from a checkpoint.
 */
abstract class SingleOptimizerStep implements TrainingStep {

    protected final Optimizer optimizer;

    SingleOptimizerStep(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    /** One update from a batch's loss: its value read, the backward pass, the optimizer's step. */
    protected final Evaluation update(Tensor loss) {
        double v = loss.item();
        loss.backward();
        optimizer.step();
        return Evaluation.lossOnly(v);
    }

    @Override
    public double learningRate() {
        return optimizer.learningRate();
    }

    @Override
    public Map<String, Tensor> optimizerTensors() {
        return optimizer.state();
    }

    @Override
    public Map<String, String> optimizerState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("steps", Long.toString(optimizer.stepCount()));
        m.put("lr", Double.toString(optimizer.learningRate()));
        return m;
    }

    @Override
    public Map<String, String> schedulerState() {
        return Map.of();
    }

    @Override
    public void restore(Map<String, Tensor> optimizerTensors, Map<String, String> optimizerState, Map<String, String> schedulerState) {
        optimizer.loadState(optimizerTensors);
    }
}
