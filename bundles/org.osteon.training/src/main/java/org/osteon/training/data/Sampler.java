package org.osteon.training.data;

import java.util.List;

/**
 * Decides the batches of each epoch: lists of sample indices into a {@link SampleSource}. The batches of an
 * epoch are a pure function of the sampler's seed and the epoch number (never of earlier calls), so a run
 * resumed at epoch e sees the same batches as one that never stopped. Create them with {@link Samplers}.
 */
public interface Sampler {

    /** The batches of {@code epoch} (0-based), in training order. */
    List<int[]> batches(int epoch);

    /** The largest batch this sampler produces (the data loader's buffer size). */
    int batchSize();
}
