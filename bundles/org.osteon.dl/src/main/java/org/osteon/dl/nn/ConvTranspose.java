package org.osteon.dl.nn;

import java.util.Arrays;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Transposed convolution over 1, 2 or 3 spatial axes, as torch.nn.ConvTranspose{1,2,3}d: parameters
 * {@code weight} (C_in, C_out / groups, k...) and optionally {@code bias} (C_out). Output size per axis:
 * (in - 1) * stride - 2 * padding + dilation * (k - 1) + outputPadding + 1. Parameters start at zero.
 */
public final class ConvTranspose extends Module {

    private final int inChannels;
    private final int outChannels;
    private final long[] kernel;
    private final long[] stride;
    private final long[] padding;
    private final long[] outputPadding;
    private final long[] dilation;
    private final int groups;

    private ConvTranspose(Builder b, TensorScope scope) {
        inChannels = b.inChannels;
        outChannels = b.outChannels;
        kernel = b.kernel.clone();
        int d = kernel.length;
        stride = Conv.expand(b.stride, d, 1, "stride");
        padding = Conv.expand(b.padding, d, 0, "padding");
        outputPadding = Conv.expand(b.outputPadding, d, 0, "output padding");
        dilation = Conv.expand(b.dilation, d, 1, "dilation");
        groups = b.groups;
        for (int i = 0; i < d; i++) {
            if (outputPadding[i] >= Math.max(stride[i], dilation[i])) {
                throw new IllegalArgumentException("output padding " + Arrays.toString(outputPadding) + " must be smaller than stride or dilation");
            }
        }
        long[] w = new long[d + 2];
        w[0] = inChannels;
        w[1] = outChannels / groups;
        System.arraycopy(kernel, 0, w, 2, d);
        registerParameter("weight", Tensor.zeros(scope, w));
        if (b.bias) {
            registerParameter("bias", Tensor.zeros(scope, outChannels));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Tensor compute(Tensor input) {
        if (input.rank() != kernel.length + 2 || input.dim(1) != inChannels) {
            throw new IllegalArgumentException(this + " expects input (N, " + inChannels + ", " + kernel.length + " spatial axes), got " + input);
        }
        Tensor bias = localParameters().get("bias");
        return input.convTranspose(parameter("weight"), bias, stride, padding, outputPadding, dilation, groups);
    }

    public int inChannels() {
        return inChannels;
    }

    public int outChannels() {
        return outChannels;
    }

    public long[] kernel() {
        return kernel.clone();
    }

    public boolean hasBias() {
        return localParameters().containsKey("bias");
    }

    @Override
    protected String settings() {
        return inChannels + ", " + outChannels + ", kernel=" + Arrays.toString(kernel) + ", stride=" + Arrays.toString(stride)
                + ", padding=" + Arrays.toString(padding) + ", output_padding=" + Arrays.toString(outputPadding)
                + (groups == 1 ? "" : ", groups=" + groups) + (hasBias() ? "" : ", bias=false");
    }

    /** Builds a {@link ConvTranspose}: channels and kernel required; stride 1, padding 0, output padding 0, dilation 1, groups 1, bias. */
    public static final class Builder extends ConvBuilder<Builder> {
        private long[] outputPadding;

        private Builder() {
        }

        /** Per axis, or one value for all axes. */
        public Builder optOutputPadding(long... outputPadding) {
            this.outputPadding = outputPadding.clone();
            return this;
        }

        /** The transposed convolution, its parameters (zero) created in {@code scope}. */
        public ConvTranspose build(TensorScope scope) {
            check("transposed convolution");
            return new ConvTranspose(this, scope);
        }
    }
}
