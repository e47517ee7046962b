package org.osteon.training.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.osteon.dl.Tensor;

/**
 * A data set ready for training: the index of samples, the shape of one decoded sample (e.g. {@code 3, 224,
 * 224}), the number of target values per sample (1 for a class index or a probability, 2 x L for L
 * landmarks, H x W for a mask...) and the loader that decodes one sample. KNEEL, segmentation, bone age and
 * the finger method each provide one.
 */
public record SampleSource(List<Sample> samples, long[] sampleShape, long[] targetShape, SampleLoader loader) {

    public SampleSource {
        samples = List.copyOf(samples);
        sampleShape = sampleShape.clone();
        targetShape = targetShape.clone();
        Objects.requireNonNull(loader, "loader");
        if (Tensor.numel(sampleShape) > Integer.MAX_VALUE / 2 || Tensor.numel(sampleShape) == 0) {
            throw new IllegalArgumentException("sample shape " + Arrays.toString(sampleShape) + " is empty or too large");
        }
    }

    @Override
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    @Override
    public long[] targetShape() {
        return targetShape.clone();
    }

    public int size() {
        return samples.size();
    }

    public Sample sample(int index) {
        return samples.get(index);
    }

    /** Values per decoded sample. */
    public int pixelCount() {
        return (int) Tensor.numel(sampleShape);
    }

    /** Target values per sample. */
    public int targetCount() {
        return (int) Tensor.numel(targetShape);
    }

    /** The samples at {@code indices}, in that order, with the same shapes and loader (a fold's side). */
    public SampleSource subset(int[] indices) {
        Sample[] picked = new Sample[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = samples.get(indices[i]);
        }
        return new SampleSource(List.of(picked), sampleShape, targetShape, loader);
    }
}
