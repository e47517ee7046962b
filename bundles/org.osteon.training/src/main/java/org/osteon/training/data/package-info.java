/**
 * The data pipeline of training: an index of samples ({@link org.osteon.training.data.SampleSource}),
 * samplers that decide each epoch's batches, subject-disjoint k-fold splits, and the
 * {@link org.osteon.training.data.DataLoader} that decodes and augments samples in background threads into
 * one float array per batch. Nothing here touches tensors until a batch is converted, once, to a tensor.
 */
package org.osteon.training.data;
