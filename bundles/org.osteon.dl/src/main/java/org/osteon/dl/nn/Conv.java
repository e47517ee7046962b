package org.osteon.dl.nn;

import java.util.Arrays;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Convolution over 1, 2 or 3 spatial axes, as torch.nn.Conv{1,2,3}d: parameters {@code weight}
 * (C_out, C_in / groups, k...) and optionally {@code bias} (C_out). The number of spatial axes is the
 * kernel's length. Parameters start at zero; see {@link Initialization}.
 */
public final class Conv extends Module {

    private final int inChannels;
    private final int outChannels;
    private final long[] kernel;
    private final long[] stride;
    private final long[] padding;
    private final long[] dilation;
    private final int groups;

    private Conv(Builder b, TensorScope scope) {
        inChannels = b.inChannels;
        outChannels = b.outChannels;
        kernel = b.kernel.clone();
        int d = kernel.length;
        stride = expand(b.stride, d, 1, "stride");
        padding = expand(b.padding, d, 0, "padding");
        dilation = expand(b.dilation, d, 1, "dilation");
        groups = b.groups;
        long[] w = new long[d + 2];
        w[0] = outChannels;
        w[1] = inChannels / groups;
        System.arraycopy(kernel, 0, w, 2, d);
        registerParameter("weight", Tensor.zeros(scope, w));
        if (b.bias) {
            registerParameter("bias", Tensor.zeros(scope, outChannels));
        }
    }

    /** {@code v} per axis: null gives {@code dflt} everywhere, one value is repeated. */
    static long[] expand(long[] v, int d, long dflt, String what) {
        if (v == null) {
            long[] r = new long[d];
            Arrays.fill(r, dflt);
            return r;
        }
        if (v.length == 1 && d > 1) {
            long[] r = new long[d];
            Arrays.fill(r, v[0]);
            return r;
        }
        if (v.length != d) {
            throw new IllegalArgumentException(what + " " + Arrays.toString(v) + " does not fit a kernel of " + d + " axes");
        }
        return v.clone();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Tensor compute(Tensor input) {
        Tensor w = parameter("weight");
        if (input.rank() != kernel.length + 2) {
            throw new IllegalArgumentException(this + " expects input of rank " + (kernel.length + 2) + ", got " + input);
        }
        Tensor x = input;
        long[] s = stride;
        if (isStridedPointwise()) {
            // A strided 1x1 convolution is the 1x1 convolution of every s-th pixel. Computed that way because
            // libtorch 2.7.1's oneDNN backward of strided 1x1 convolutions (ResNet's downsample) divides by zero
            // on some AVX-512 CPUs and kills the process; the result is the same.
            x = input.subsample(stride);
            s = new long[stride.length];
            java.util.Arrays.fill(s, 1);
        }
        return hasBias() ? x.conv(w, parameter("bias"), s, padding, dilation, groups)
                : x.conv(w, s, padding, dilation, groups);
    }

    private boolean isStridedPointwise() {
        boolean strided = false;
        for (int i = 0; i < kernel.length; i++) {
            if (kernel[i] != 1 || padding[i] != 0 || dilation[i] != 1) {
                return false;
            }
            strided |= stride[i] > 1;
        }
        return strided;
    }

    public int inChannels() {
        return inChannels;
    }

    public int outChannels() {
        return outChannels;
    }

    /** Number of spatial axes (2 for Conv2d, 3 for Conv3d). */
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

    public long[] dilation() {
        return dilation.clone();
    }

    public int groups() {
        return groups;
    }

    public boolean hasBias() {
        return localParameters().containsKey("bias");
    }

    /** The weight (C_out, C_in / groups, k...). */
    public Tensor weight() {
        return parameter("weight");
    }

    @Override
    protected String settings() {
        return inChannels + ", " + outChannels + ", kernel=" + Arrays.toString(kernel) + ", stride=" + Arrays.toString(stride)
                + ", padding=" + Arrays.toString(padding)
                + (Arrays.stream(dilation).allMatch(x -> x == 1) ? "" : ", dilation=" + Arrays.toString(dilation))
                + (groups == 1 ? "" : ", groups=" + groups) + (hasBias() ? "" : ", bias=false");
    }

    /** Builds a {@link Conv}: channels and kernel are required; stride 1, padding 0, dilation 1, groups 1, bias by default. */
    public static final class Builder extends ConvBuilder<Builder> {

        private Builder() {
        }

        /** The convolution, its parameters (zero) created in {@code scope}. */
        public Conv build(TensorScope scope) {
            check("convolution");
            return new Conv(this, scope);
        }
    }
}
