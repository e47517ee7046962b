package org.osteon.zoo;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.AdaptiveAvgPool;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.MaxPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;

/**
 * ResNet with bottleneck blocks (He et al. 2016, "Deep Residual Learning for Image Recognition") in
 * torchvision's layout and state-dict names: {@code conv1, bn1, relu, maxpool, layer1..layer4} (blocks
 * {@code layerN.i} with {@code conv1..conv3, bn1..bn3} and, where the shape changes, {@code downsample.0}
 * (1x1 convolution) and {@code downsample.1} (batch norm)), {@code avgpool}, {@code fc}. The blocks are
 * torchvision's "ResNet v1.5": the stride sits on the 3x3 convolution, not the first 1x1. The feature part is
 * everything before {@code avgpool}. Built 2D; {@code Inflation} makes it 3D.
 */
public final class ResNet extends Cnn {

    /** Output channels of a bottleneck block per input "plane" (torchvision's {@code expansion}). */
    public static final int EXPANSION = 4;

    private final int channels;

    /**
     * @param layers  bottleneck blocks per stage, e.g. (3, 4, 6, 3) for ResNet50
     * @param classes torchvision classifier ({@code fc}) outputs; 0 for none (the output is the pooled features)
     */
    public ResNet(TensorScope scope, int[] layers, int classes) {
        channels = buildFeatures(scope, layers);
        if (classes > 0) {
            attachClassifier(scope, "fc", classes);
        }
    }

    /** The feature part with {@code head} in place of {@code fc}. */
    public ResNet(TensorScope scope, int[] layers, Head head) {
        channels = buildFeatures(scope, layers);
        attachHead(scope, head);
    }

    private int buildFeatures(TensorScope scope, int[] layers) {
        if (layers.length != 4) {
            throw new IllegalArgumentException("a ResNet has four stages, got " + layers.length);
        }
        addChild("conv1", Conv.builder().setChannels(3, 64).setKernel(7, 7).optStride(2).optPadding(3).optBias(false).build(scope));
        addChild("bn1", new BatchNorm(scope, 64));
        addChild("relu", new ReLU());
        addChild("maxpool", new MaxPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}));
        int in = 64;
        for (int stage = 0; stage < 4; stage++) {
            int planes = 64 << stage;
            Sequential layer = new Sequential();
            for (int i = 0; i < layers[stage]; i++) {
                int stride = i == 0 && stage > 0 ? 2 : 1;
                layer.add(Integer.toString(i), new Bottleneck(scope, in, planes, stride));
                in = planes * EXPANSION;
            }
            addChild("layer" + (stage + 1), layer);
        }
        addChild("avgpool", AdaptiveAvgPool.global());
        return in;
    }

    @Override
    public int featureChannels() {
        return channels;
    }

    @Override
    protected Tensor pooledFeatures(Tensor input) {
        Tensor x = input;
        for (String name : new String[] {"conv1", "bn1", "relu", "maxpool", "layer1", "layer2", "layer3", "layer4", "avgpool"}) {
            Tensor y = child(name).forward(x);
            if (x != input) {
                x.close();
            }
            x = y;
        }
        Tensor flat = x.flatten(1);
        x.close();
        return flat;
    }

    /**
     * relu(bn3(conv3(relu(bn2(conv2(relu(bn1(conv1(x))))))) + shortcut(x)), the shortcut being the identity
     * or {@code downsample} (1x1 convolution with the block's stride, then batch norm).
     */
    static final class Bottleneck extends Module {

        Bottleneck(TensorScope scope, int in, int planes, int stride) {
            int out = planes * EXPANSION;
            addChild("conv1", Conv.builder().setChannels(in, planes).setKernel(1, 1).optBias(false).build(scope));
            addChild("bn1", new BatchNorm(scope, planes));
            addChild("conv2", Conv.builder().setChannels(planes, planes).setKernel(3, 3).optStride(stride).optPadding(1).optBias(false)
                    .build(scope));
            addChild("bn2", new BatchNorm(scope, planes));
            addChild("conv3", Conv.builder().setChannels(planes, out).setKernel(1, 1).optBias(false).build(scope));
            addChild("bn3", new BatchNorm(scope, out));
            addChild("relu", new ReLU());
            if (stride != 1 || in != out) {
                addChild("downsample", new Sequential()
                        .add("0", Conv.builder().setChannels(in, out).setKernel(1, 1).optStride(stride).optBias(false).build(scope))
                        .add("1", new BatchNorm(scope, out)));
            }
        }

        @Override
        protected Tensor compute(Tensor input) {
            Module relu = child("relu");
            Tensor x = input;
            for (String[] step : new String[][] {{"conv1", "bn1"}, {"conv2", "bn2"}, {"conv3", "bn3"}}) {
                Tensor conv = child(step[0]).forward(x);
                if (x != input) {
                    x.close();
                }
                Tensor normed = child(step[1]).forward(conv);
                conv.close();
                if (step[0].equals("conv3")) {
                    x = normed;
                } else {
                    x = relu.forward(normed);
                    normed.close();
                }
            }
            boolean projected = children().containsKey("downsample");
            Tensor shortcut = projected ? child("downsample").forward(input) : input;
            Tensor sum = x.add(shortcut);
            x.close();
            if (projected) {
                shortcut.close();
            }
            Tensor out = relu.forward(sum);
            sum.close();
            return out;
        }
    }
}
