package org.osteon.zoo;

import java.util.List;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Identity;
import org.osteon.dl.nn.MaxPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;
import org.osteon.dl.nn.SpatialDropout;

/**
 * KNEEL's landmark network (Tiulpin et al. 2019, "KNEEL: Knee Anatomical Landmark Localization Using
 * Hourglass Networks") as its published code builds it (KNEEL's {@code kneel/model/_hourglass.py} on
 * deep-pipeline 0.2.5's {@code deeppipeline/keypoints/models/modules.py} and
 * {@code deeppipeline/common/modules.py}), with that code's module names, so its snapshots load once
 * converted to safetensors:
 * <ul>
 * <li>{@code layer1}: 7x7 stride-2 convolution (0), batch norm (1), ReLU (2), a residual block width -> 2 width
 * (3), 2x2 max pooling (4);</li>
 * <li>{@code layer2}: three residual blocks 2 width -> 2 width -> 2 width -> 4 width;</li>
 * <li>{@code hourglass}: a {@link Level} of the given depth at 4 width, output 8 width;</li>
 * <li>{@code mixer}: spatial dropout 0.25 (0), conv block 8 width -> 8 width (1), spatial dropout 0.25 (2),
 * conv block 8 width -> 4 width (3);</li>
 * <li>{@code out_block.0}: 1x1 convolution to one heat map per landmark;</li>
 * <li>{@code sagm}: {@link SoftArgmax}.</li>
 * </ul>
 * The forward pass gives the landmarks' (x, y) in [0, 1] of the heat map's width and height, shape (N, L, 2);
 * the heat maps are at a quarter of the input's resolution. A "conv block" is deep-pipeline's
 * {@code conv_block_3x3} or {@code conv_block_1x1}: both are a 3x3 convolution with padding 1 and bias
 * ({@code .0}), batch norm ({@code .1}) and, unless it ends a residual branch, ReLU ({@code .2}).
 */
public final class HourglassNet extends Module {

    /** Residual blocks as the published code names them. */
    public enum Block {
        /** {@code HGResidual}: {@code bottleneck}, {@code conv} (ReLU) and {@code out} conv blocks, plus {@code skip}. */
        BOTTLENECK,
        /** {@code MultiScaleHGResidual}: {@code scale1..scale3} of widths out/2, out/4, the rest, concatenated, plus {@code skip}. */
        MULTISCALE
    }

    private final int landmarks;

    /**
     * @param inputs    input channels (3: KNEEL replicates the grey radiograph)
     * @param landmarks heat maps, one per landmark (16 for KNEEL's landmark model, 1 for its ROI model)
     * @param width     base width ({@code bw}; 24 in KNEEL)
     * @param depth     hourglass depth (4 in KNEEL)
     * @param block     the outer network's block type (KNEEL: {@link Block#MULTISCALE})
     * @param innerBlock the block type of the hourglass levels below the outermost: the same as {@code block}
     *                   in deep-pipeline since 2019-07-18, {@link Block#BOTTLENECK} before
     */
    public HourglassNet(TensorScope scope, int inputs, int landmarks, int width, int depth, Block block, Block innerBlock) {
        if (inputs < 1 || landmarks < 1 || width < 1 || depth < 1) {
            throw new IllegalArgumentException("an hourglass network needs positive inputs, landmarks, width and depth");
        }
        this.landmarks = landmarks;
        addChild("layer1", new Sequential()
                .add("0", Conv.builder().setChannels(inputs, width).setKernel(7, 7).optStride(2).optPadding(3).build(scope))
                .add("1", new BatchNorm(scope, width))
                .add("2", new ReLU())
                .add("3", block(scope, block, width, width * 2))
                .add("4", new MaxPool(new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0})));
        addChild("layer2", new Sequential()
                .add("0", block(scope, block, width * 2, width * 2))
                .add("1", block(scope, block, width * 2, width * 2))
                .add("2", block(scope, block, width * 2, width * 4)));
        addChild("hourglass", new Level(scope, depth, width * 4, width * 4, width * 8, block, innerBlock));
        addChild("mixer", new Sequential()
                .add("0", new SpatialDropout(0.25f))
                .add("1", convBlock(scope, width * 8, width * 8, true))
                .add("2", new SpatialDropout(0.25f))
                .add("3", convBlock(scope, width * 8, width * 4, true)));
        addChild("out_block", new Sequential()
                .add("0", Conv.builder().setChannels(width * 4, landmarks).setKernel(1, 1).build(scope)));
        addChild("sagm", new SoftArgmax());
    }

    /** Number of landmarks (heat maps). */
    public int landmarks() {
        return landmarks;
    }

    /** The heat maps (N, L, H / 4, W / 4) before the soft-argmax. */
    public Tensor heatmaps(Tensor input) {
        return input.scoped(x -> {
            Tensor t = x;
            for (String name : List.of("layer1", "layer2", "hourglass", "mixer", "out_block")) {
                Tensor y = child(name).forward(t);
                if (t != x) {
                    t.close();
                }
                t = y;
            }
            return t;
        });
    }

    @Override
    protected Tensor compute(Tensor input) {
        try (Tensor maps = heatmaps(input)) {
            return child("sagm").forward(maps);
        }
    }

    /** deep-pipeline's conv block: 3x3 convolution with padding 1 and bias, batch norm, optionally ReLU. */
    static Sequential convBlock(TensorScope scope, int in, int out, boolean relu) {
        Sequential s = new Sequential()
                .add("0", Conv.builder().setChannels(in, out).setKernel(3, 3).optPadding(1).build(scope))
                .add("1", new BatchNorm(scope, out));
        if (relu) {
            s.add("2", new ReLU());
        }
        return s;
    }

    static Module block(TensorScope scope, Block type, int in, int out) {
        return type == Block.MULTISCALE ? new MultiScaleResidual(scope, in, out) : new Residual(scope, in, out);
    }

    /** The skip branch: identity when the width does not change, else a conv block without ReLU. */
    private static Module skip(TensorScope scope, int in, int out) {
        return in == out ? new Identity() : convBlock(scope, in, out, false);
    }

    /** deep-pipeline's {@code HGResidual}: out(conv(bottleneck(x))) + skip(x); every block is 3x3 (see the class comment). */
    static final class Residual extends Module {

        Residual(TensorScope scope, int in, int out) {
            addChild("bottleneck", convBlock(scope, in, out / 2, true));
            addChild("conv", convBlock(scope, out / 2, out / 2, true));
            addChild("out", convBlock(scope, out / 2, out, false));
            addChild("skip", skip(scope, in, out));
        }

        @Override
        protected Tensor compute(Tensor input) {
            Tensor o1 = child("bottleneck").forward(input);
            Tensor o2 = child("conv").forward(o1);
            o1.close();
            Tensor o3 = child("out").forward(o2);
            o2.close();
            return o3.add(child("skip").forward(input));
        }
    }

    /**
     * deep-pipeline's {@code MultiScaleHGResidual} (Bulat and Tzimiropoulos's hierarchical, parallel and
     * multi-scale block): scale1 (ReLU, out/2), scale2 (ReLU, out/4) and scale3 (no ReLU, out - out/2 - out/4)
     * chained, their outputs concatenated and added to skip(x).
     */
    static final class MultiScaleResidual extends Module {

        MultiScaleResidual(TensorScope scope, int in, int out) {
            addChild("scale1", convBlock(scope, in, out / 2, true));
            addChild("scale2", convBlock(scope, out / 2, out / 4, true));
            addChild("scale3", convBlock(scope, out / 4, out - out / 4 - out / 2, false));
            addChild("skip", skip(scope, in, out));
        }

        @Override
        protected Tensor compute(Tensor input) {
            Tensor o1 = child("scale1").forward(input);
            Tensor o2 = child("scale2").forward(o1);
            Tensor o3 = child("scale3").forward(o2);
            Tensor cat = Tensor.concat(List.of(o1, o2, o3), 1);
            return cat.add(child("skip").forward(input));
        }
    }

    /**
     * deep-pipeline's {@code Hourglass} level: {@code lower1..lower3} on the 2x2 max-pooled input, {@code lower4}
     * (the next level, or at depth 1 a block to the output width), {@code lower5}, upsampled bilinearly
     * (align_corners) to the input's size and added to the full-resolution branch {@code upper1..upper3}.
     */
    static final class Level extends Module {

        Level(TensorScope scope, int depth, int width, int in, int out, Block block, Block innerBlock) {
            addChild("lower1", block(scope, block, in, width));
            addChild("lower2", block(scope, block, width, width));
            addChild("lower3", block(scope, block, width, width));
            if (depth > 1) {
                addChild("lower4", new Level(scope, depth - 1, width, width, out, innerBlock, innerBlock));
            } else {
                addChild("lower4", block(scope, block, width, out));
            }
            addChild("lower5", block(scope, block, out, out));
            addChild("upper1", block(scope, block, in, width));
            addChild("upper2", block(scope, block, width, width));
            addChild("upper3", block(scope, block, width, out));
        }

        @Override
        protected Tensor compute(Tensor input) {
            Tensor low = input.maxPool(new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0}, false);
            for (String name : List.of("lower1", "lower2", "lower3", "lower4", "lower5")) {
                Tensor y = child(name).forward(low);
                low.close();
                low = y;
            }
            Tensor up = low.interpolate(new long[] {input.dim(2), input.dim(3)}, "bilinear", true);
            low.close();
            Tensor high = input;
            for (String name : List.of("upper1", "upper2", "upper3")) {
                Tensor y = child(name).forward(high);
                if (high != input) {
                    high.close();
                }
                high = y;
            }
            return high.add(up);
        }
    }
}
