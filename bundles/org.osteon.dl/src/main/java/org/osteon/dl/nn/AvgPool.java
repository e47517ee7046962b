package org.osteon.dl.nn;

import java.util.Arrays;

import org.osteon.dl.Tensor;

/**
 * Average pooling over 1 to 3 spatial axes (torch.nn.AvgPool{1,2,3}d); the kernel's length is the number of
 * spatial axes; the stride defaults to the kernel; torch's defaults ceil_mode=false, count_include_pad=true.
 */
public final class AvgPool extends Module {

    private final long[] kernel;
    private final long[] stride;
    private final long[] padding;
    private final boolean ceilMode;
    private final boolean countIncludePad;

    /** ceil_mode false, count_include_pad true. */
    public AvgPool(long[] kernel, long[] stride, long[] padding) {
        this(kernel, stride, padding, false, true);
    }

    public AvgPool(long[] kernel, long[] stride, long[] padding, boolean ceilMode, boolean countIncludePad) {
        if (kernel.length < 1 || kernel.length > 3) {
            throw new IllegalArgumentException("pooling kernel must have 1 to 3 axes, got " + Arrays.toString(kernel));
        }
        this.kernel = kernel.clone();
        this.stride = Pooling.perAxis(stride, kernel.length, kernel, "stride");
        this.padding = Pooling.perAxis(padding, kernel.length, Pooling.zeros(kernel.length), "padding");
        this.ceilMode = ceilMode;
        this.countIncludePad = countIncludePad;
    }

    @Override
    protected Tensor compute(Tensor input) {
        return input.avgPool(kernel, stride, padding, ceilMode, countIncludePad);
    }

    public int spatialDims() {
        return kernel.length;
    }

    public long[] kernel() {
        return kernel.clone();
    }

    public long[] stride() {
        return stride.clone();
    }

    public long[] padding() {
        return padding.clone();
    }

    public boolean ceilMode() {
        return ceilMode;
    }

    public boolean countIncludePad() {
        return countIncludePad;
    }

    @Override
    protected String settings() {
        return "kernel=" + Arrays.toString(kernel) + ", stride=" + Arrays.toString(stride) + ", padding="
                + Arrays.toString(padding) + (ceilMode ? ", ceil_mode" : "") + (countIncludePad ? "" : ", count_include_pad=false");
    }
}
