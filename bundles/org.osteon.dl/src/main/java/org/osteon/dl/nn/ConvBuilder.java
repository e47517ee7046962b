package org.osteon.dl.nn;

import java.util.Arrays;

/**
 * What {@link Conv.Builder} and {@link ConvTranspose.Builder} share: channels and kernel (required), stride,
 * padding and dilation (per axis, or one value for all axes), groups and bias, and their checks.
 */
abstract class ConvBuilder<B extends ConvBuilder<B>> {
    int inChannels = -1;
    int outChannels = -1;
    long[] kernel;
    long[] stride;
    long[] padding;
    long[] dilation;
    int groups = 1;
    boolean bias = true;

    ConvBuilder() {
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    public B setChannels(int in, int out) {
        inChannels = in;
        outChannels = out;
        return self();
    }

    /** Kernel size per spatial axis; its length sets the number of spatial axes. */
    public B setKernel(long... kernel) {
        this.kernel = kernel.clone();
        return self();
    }

    /** Per axis, or one value for all axes. */
    public B optStride(long... stride) {
        this.stride = stride.clone();
        return self();
    }

    /** Per axis, or one value for all axes. */
    public B optPadding(long... padding) {
        this.padding = padding.clone();
        return self();
    }

    /** Per axis, or one value for all axes. */
    public B optDilation(long... dilation) {
        this.dilation = dilation.clone();
        return self();
    }

    public B optGroups(int groups) {
        this.groups = groups;
        return self();
    }

    public B optBias(boolean bias) {
        this.bias = bias;
        return self();
    }

    /** Checks channels, kernel and groups, naming the layer ({@code what}: "convolution", ...). */
    final void check(String what) {
        if (inChannels <= 0 || outChannels <= 0) {
            throw new IllegalArgumentException(what + " needs positive channel counts, got " + inChannels + " -> " + outChannels);
        }
        if (kernel == null || kernel.length < 1 || kernel.length > 3 || Arrays.stream(kernel).anyMatch(k -> k <= 0)) {
            throw new IllegalArgumentException(what + " needs a positive kernel of 1 to 3 axes, got "
                    + (kernel == null ? "none" : Arrays.toString(kernel)));
        }
        if (groups <= 0 || inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException("groups " + groups + " must divide both channel counts " + inChannels + ", " + outChannels);
        }
    }
}
