package org.osteon.zoo;

import java.util.List;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.ConvTranspose;
import org.osteon.dl.nn.MaxPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;

/**
 * U-Net (Ronneberger et al. 2015) as milesial/Pytorch-UNet defines it ({@code unet/unet_model.py},
 * {@code unet/unet_parts.py}: {@code UNet(n_channels, n_classes, bilinear)}), with that repository's module
 * names, so its weights load once converted to safetensors: {@code inc} (DoubleConv to 64), {@code down1..down4}
 * ({@code maxpool_conv.0} 2x2 max pooling, {@code maxpool_conv.1} DoubleConv; widths 128, 256, 512,
 * 1024 / factor), {@code up1..up4} ({@code up}: a 2x2 stride-2 transposed convolution halving the channels, or
 * with {@code bilinear} a parameter-free bilinear upsampling by 2 with align_corners; then zero padding to the
 * skip connection's size, concatenation [skip, upsampled] and {@code conv}, a DoubleConv), {@code outc.conv}
 * (1x1 convolution with bias). A DoubleConv is {@code double_conv}: 3x3 convolution without bias (0), batch
 * norm (1), ReLU (2), 3x3 convolution (3), batch norm (4), ReLU (5). With {@code bilinear} the factor is 2: the
 * deepest block and the up blocks' outputs are halved and each up block's DoubleConv runs at half its input
 * width in the middle, as in the repository. The output is the logits (N, classes, H, W).
 */
public final class UNet extends Module {

    private final int channels;
    private final int classes;
    private final boolean bilinear;

    public UNet(TensorScope scope, int channels, int classes, boolean bilinear) {
        if (channels < 1 || classes < 1) {
            throw new IllegalArgumentException("a U-Net needs at least one input channel and one class, got " + channels + " and " + classes);
        }
        this.channels = channels;
        this.classes = classes;
        this.bilinear = bilinear;
        int factor = bilinear ? 2 : 1;
        addChild("inc", doubleConv(scope, channels, 64, 64));
        addChild("down1", down(scope, 64, 128));
        addChild("down2", down(scope, 128, 256));
        addChild("down3", down(scope, 256, 512));
        addChild("down4", down(scope, 512, 1024 / factor));
        addChild("up1", new Up(scope, 1024, 512 / factor, bilinear));
        addChild("up2", new Up(scope, 512, 256 / factor, bilinear));
        addChild("up3", new Up(scope, 256, 128 / factor, bilinear));
        addChild("up4", new Up(scope, 128, 64, bilinear));
        addChild("outc", new Sequential().add("conv", Conv.builder().setChannels(64, classes).setKernel(1, 1).build(scope)));
    }

    public int channels() {
        return channels;
    }

    public int classes() {
        return classes;
    }

    public boolean bilinear() {
        return bilinear;
    }

    @Override
    protected Tensor compute(Tensor input) {
        Tensor x1 = child("inc").forward(input);
        Tensor x2 = child("down1").forward(x1);
        Tensor x3 = child("down2").forward(x2);
        Tensor x4 = child("down3").forward(x3);
        Tensor x5 = child("down4").forward(x4);
        Tensor x = ((Up) child("up1")).forward(x5, x4);
        x5.close();
        x4.close();
        x = step((Up) child("up2"), x, x3);
        x = step((Up) child("up3"), x, x2);
        x = step((Up) child("up4"), x, x1);
        Tensor logits = child("outc").forward(x);
        x.close();
        return logits;
    }

    private static Tensor step(Up up, Tensor x, Tensor skip) {
        Tensor y = up.forward(x, skip);
        x.close();
        skip.close();
        return y;
    }

    /** DoubleConv: (3x3 convolution without bias, batch norm, ReLU) twice, {@code mid} channels between. */
    static Sequential doubleConv(TensorScope scope, int in, int out, int mid) {
        Sequential dc = new Sequential()
                .add("0", Conv.builder().setChannels(in, mid).setKernel(3, 3).optPadding(1).optBias(false).build(scope))
                .add("1", new BatchNorm(scope, mid))
                .add("2", new ReLU())
                .add("3", Conv.builder().setChannels(mid, out).setKernel(3, 3).optPadding(1).optBias(false).build(scope))
                .add("4", new BatchNorm(scope, out))
                .add("5", new ReLU());
        return new Sequential().add("double_conv", dc);
    }

    /** Down: {@code maxpool_conv} = 2x2 max pooling, DoubleConv. */
    static Sequential down(TensorScope scope, int in, int out) {
        return new Sequential().add("maxpool_conv", new Sequential()
                .add("0", new MaxPool(new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0}))
                .add("1", doubleConv(scope, in, out, out)));
    }

    /**
     * Up: {@code up} (transposed convolution in -> in / 2, kernel 2, stride 2; or bilinear x2 with
     * align_corners), zero padding of the upsampled map to the skip's size (F.pad with diff / 2 before, the rest
     * after), concatenation [skip, upsampled], {@code conv} (DoubleConv; mid in / 2 when bilinear).
     */
    static final class Up extends Module {

        private final boolean bilinear;

        Up(TensorScope scope, int in, int out, boolean bilinear) {
            this.bilinear = bilinear;
            if (bilinear) {
                addChild("conv", doubleConv(scope, in, out, in / 2));
            } else {
                addChild("up", ConvTranspose.builder().setChannels(in, in / 2).setKernel(2, 2).optStride(2).build(scope));
                addChild("conv", doubleConv(scope, in, out, out));
            }
        }

        /**
         * Upsamples {@code x1} and joins it to the skip connection {@code x2}. Two inputs: this block's own
         * forward hooks do not run (its children's do).
         */
        Tensor forward(Tensor x1, Tensor x2) {
            return x1.scoped(x -> {
                Tensor up = bilinear ? x.interpolate(new long[] {x.dim(2) * 2, x.dim(3) * 2}, "bilinear", true) : child("up").forward(x);
                Tensor padded = padTo(up, x2.dim(2), x2.dim(3));
                if (padded != up) {
                    up.close();
                }
                Tensor cat = Tensor.concat(List.of(x2, padded), 1);
                padded.close();
                Tensor y = child("conv").forward(cat);
                cat.close();
                return y;
            });
        }

        @Override
        protected Tensor compute(Tensor input) {
            throw new UnsupportedOperationException("an up block takes the upsampled map and the skip connection: forward(x1, x2)");
        }

        /** F.pad(x, [dx / 2, dx - dx / 2, dy / 2, dy - dy / 2]) with dx, dy the size differences (negative: cropped). */
        private static Tensor padTo(Tensor x, long height, long width) {
            Tensor t = pad(x, 2, height - x.dim(2));
            Tensor u = pad(t, 3, width - x.dim(3));
            if (t != x && u != t) {
                t.close();
            }
            return u;
        }

        private static Tensor pad(Tensor x, int axis, long diff) {
            if (diff == 0) {
                return x;
            }
            long before = diff / 2;
            long after = diff - before;
            if (diff < 0) {
                // torch's negative padding crops; diff / 2 rounds towards zero in Java, as Python's // does not
                before = Math.floorDiv(diff, 2);
                after = diff - before;
                return x.slice(axis, -before, x.dim(axis) + after);
            }
            long[] s = x.shape();
            s[axis] = before;
            Tensor lead = Tensor.zeros(x.scope(), s);
            s[axis] = after;
            Tensor tail = Tensor.zeros(x.scope(), s);
            Tensor out = Tensor.concat(before == 0 ? List.of(x, tail) : List.of(lead, x, tail), axis);
            lead.close();
            tail.close();
            return out;
        }
    }
}
