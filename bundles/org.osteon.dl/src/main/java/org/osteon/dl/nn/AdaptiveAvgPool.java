package org.osteon.dl.nn;

import java.util.Arrays;

import org.osteon.dl.Tensor;

/**
 * Adaptive average pooling to a fixed output size (torch.nn.AdaptiveAvgPool{1,2,3}d). {@link #global()}
 * averages over all spatial axes whatever their number, and so works unchanged in 2D and 3D networks.
 */
public final class AdaptiveAvgPool extends Module {

    private final long[] outputSize;

    /** Output size per spatial axis; its length is the number of spatial axes. */
    public AdaptiveAvgPool(long... outputSize) {
        this.outputSize = outputSize.clone();
    }

    /** Global average pooling to size 1 on every spatial axis of the input, keeping the axes. */
    public static AdaptiveAvgPool global() {
        return new AdaptiveAvgPool();
    }

    public boolean isGlobal() {
        return outputSize.length == 0;
    }

    /** The output size; empty for {@link #global()}. */
    public long[] outputSize() {
        return outputSize.clone();
    }

    @Override
    protected Tensor compute(Tensor input) {
        if (isGlobal()) {
            long[] ones = new long[input.rank() - 2];
            Arrays.fill(ones, 1);
            return input.adaptiveAvgPool(ones);
        }
        return input.adaptiveAvgPool(outputSize);
    }

    @Override
    protected String settings() {
        return isGlobal() ? "global" : Arrays.toString(outputSize);
    }
}
