package org.osteon.training;

/**
 * A metric computed once per epoch and split over all its samples, from the outputs and targets of every
 * batch concatenated in batch order: a history column.
 */
public interface EpochMetric {

    /** The column name in the history, e.g. {@code accuracy}. */
    String name();

    /**
     * The value over one epoch of one split.
     *
     * @param outputs the model's outputs, {@code outputShape} row-major (first axis: samples)
     * @param targets the batches' targets, {@code targetShape} row-major (first axis: samples)
     */
    double compute(float[] outputs, long[] outputShape, float[] targets, long[] targetShape);
}
