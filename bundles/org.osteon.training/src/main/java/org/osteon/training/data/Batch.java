package org.osteon.training.data;

import java.util.List;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * One batch as the data loader assembled it: the samples' values in one float array laid out as
 * {@code (n, sampleShape...)} and their targets as {@code (n, targetShape...)}. {@link #pixels(TensorScope)}
 * and {@link #targets(TensorScope)} copy them into tensors, once per batch. Closing the batch hands its arrays
 * back to the loader for a later batch; do not read them afterwards.
 */
public final class Batch implements AutoCloseable {

    private final int index;
    private final int[] indices;
    private final List<Sample> samples;
    private final long[] pixelShape;
    private final long[] targetShape;
    private float[] pixels;
    private float[] targets;
    private Runnable recycle;

    /** For the data loader. */
    Batch(int index, int[] indices, List<Sample> samples, long[] pixelShape, long[] targetShape, float[] pixels, float[] targets,
            Runnable recycle) {
        this.index = index;
        this.indices = indices;
        this.samples = samples;
        this.pixelShape = pixelShape;
        this.targetShape = targetShape;
        this.pixels = pixels;
        this.targets = targets;
        this.recycle = recycle;
    }

    /** Position of this batch in its epoch (0-based). */
    public int index() {
        return index;
    }

    /** Number of samples. */
    public int size() {
        return indices.length;
    }

    /** The samples' indices in the source, in batch order. */
    public int[] indices() {
        return indices.clone();
    }

    public List<Sample> samples() {
        return samples;
    }

    /** {@code (n, sampleShape...)}. */
    public long[] pixelShape() {
        return pixelShape.clone();
    }

    /** {@code (n, targetShape...)}. */
    public long[] targetShape() {
        return targetShape.clone();
    }

    /** The batch's values (the loader's array: read, do not keep after {@link #close()}). */
    public float[] pixelArray() {
        return checkOpen(pixels);
    }

    public float[] targetArray() {
        return checkOpen(targets);
    }

    /** The values as one float32 tensor of shape {@link #pixelShape()}. */
    public Tensor pixels(TensorScope scope) {
        return Tensor.fromFloatArray(scope, checkOpen(pixels), pixelShape);
    }

    /** The targets as one float32 tensor of shape {@link #targetShape()}. */
    public Tensor targets(TensorScope scope) {
        return Tensor.fromFloatArray(scope, checkOpen(targets), targetShape);
    }

    private static float[] checkOpen(float[] a) {
        if (a == null) {
            throw new IllegalStateException("batch is closed");
        }
        return a;
    }

    float[] releasePixels() {
        float[] p = pixels;
        pixels = null;
        return p;
    }

    float[] releaseTargets() {
        float[] t = targets;
        targets = null;
        return t;
    }

    Batch withRecycle(Runnable r) {
        this.recycle = r;
        return this;
    }

    @Override
    public void close() {
        if (pixels != null && recycle != null) {
            recycle.run();
        }
    }
}
