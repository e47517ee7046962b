package org.osteon.training;

/**
 * Told what a {@link Trainer} does, on the training thread. The trainer already draws progress, writes the
 * history and checkpoints and stops early; listeners add what a caller needs on top (a workbench chart, a
 * log, a test's probe). A listener's exception stops the training.
 */
public interface TrainingListener {

    /** A training pass of {@code batches} batches begins (epoch 0-based). */
    default void epochStarted(int epoch, int batches) {
    }

    /** One training batch is done; {@code loss} is its loss. */
    default void batchDone(int epoch, int batch, int batches, double loss) {
    }

    /** An epoch is done: its history rows are written and its checkpoint saved. */
    default void epochDone(Trainer.EpochSummary summary) {
    }

    /** The training ended normally (all epochs, or early stopping). */
    default void trainingDone(Trainer.Result result) {
    }
}
