package org.osteon.training;

import java.util.Map;
import java.util.OptionalDouble;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;
import org.osteon.training.data.Batch;

/**
 * What the {@link Trainer} does with one batch, and the state it must save to resume: the model's forward
 * pass, the loss, the backward pass and the optimizer with its schedule. The trainer owns everything around
 * it (epochs, data, validation, metrics, history, checkpoints, early stopping, progress, cancellation).
 * <p>
 * Every tensor a step creates for one batch lives in the {@code scope} it is given, which the trainer closes
 * after the batch; the optimizer's state lives in a scope of the step's own.
 */
public interface TrainingStep {

    /** The loss of one batch (its mean over the samples) and the model's outputs, {@code (n, ...)} row-major. */
    record Evaluation(double loss, float[] outputs, long[] outputShape) {

        /** A loss alone: the split's metrics are not computed from this batch. */
        public static Evaluation lossOnly(double loss) {
            return new Evaluation(loss, new float[0], new long[] {0});
        }

        public boolean hasOutputs() {
            return outputShape.length > 0 && outputShape[0] > 0;
        }
    }

    /**
     * Called before each epoch's training pass with the epoch (0-based) and the seed the epoch's dropout draws
     * from ({@code Seeds.derive(seed, DROPOUT, epoch)}), so a resumed run drops out the same units.
     */
    default void beginEpoch(int epoch, long dropoutSeed) {
    }

    /**
     * Puts the model in training or evaluation mode before a pass. The default switches the whole tree; a
     * step with frozen parts overrides it to keep them (frozen batch norm) in evaluation mode.
     */
    default void setTrainingMode(Module model, boolean training) {
        if (training) {
            model.train();
        } else {
            model.eval();
        }
    }

    /** One optimisation step: forward in training mode, loss, backward, update; returns the batch's loss and outputs. */
    Evaluation train(Batch batch, TensorScope scope);

    /** The loss and outputs of the model in evaluation mode, without gradients. */
    Evaluation evaluate(Batch batch, TensorScope scope);

    /** The learning rate the next step uses (for the history). */
    double learningRate();

    /**
     * Called after each epoch's validation with the completed epochs and the monitored validation value
     * (empty without validation); learning-rate schedules step here (reduce-on-plateau reads the value).
     */
    default void endEpoch(int epochsDone, OptionalDouble monitored) {
    }

    /** The optimizer's state tensors by name (e.g. {@code state.fc.weight.exp_avg}); written to checkpoints. */
    Map<String, Tensor> optimizerTensors();

    /** The optimizer's scalar state (e.g. its step count); written to checkpoints. */
    Map<String, String> optimizerState();

    /** The schedule's state; written to checkpoints. */
    Map<String, String> schedulerState();

    /** Restores what the three methods above returned when the checkpoint was written. */
    void restore(Map<String, Tensor> optimizerTensors, Map<String, String> optimizerState, Map<String, String> schedulerState);
}
