package org.osteon.zoo;

import java.util.ArrayList;
import java.util.List;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.AdaptiveAvgPool;
import org.osteon.dl.nn.AvgPool;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.MaxPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;

/**
 * DenseNet (Huang et al. 2017, "Densely Connected Convolutional Networks") in torchvision's layout, so that
 * torchvision's state-dict names and shapes apply unchanged: {@code features} (conv0, norm0, relu0, pool0,
 * denseblock1, transition1, ..., denseblock4, norm5) and {@code classifier}. The forward pass is
 * torchvision's: features, ReLU, global average pooling, flatten, classifier. Without a classifier the output
 * is the pooled embedding; a {@link Head} may replace the classifier. Built 2D; {@code Inflation} makes it 3D
 * (the global pooling adapts itself).
 */
public final class DenseNet extends Cnn {

    private final int channels;

    /**
     * @param blockConfig layers per dense block, e.g. (6, 12, 24, 16) for DenseNet121
     * @param classes     torchvision classifier outputs; 0 for none (the output is the pooled features)
     */
    public DenseNet(TensorScope scope, int growthRate, int[] blockConfig, int initFeatures, int bnSize, int classes) {
        channels = buildFeatures(scope, growthRate, blockConfig, initFeatures, bnSize);
        if (classes > 0) {
            attachClassifier(scope, "classifier", classes);
        }
    }

    /** The feature part with {@code head} in place of the classifier. */
    public DenseNet(TensorScope scope, int growthRate, int[] blockConfig, int initFeatures, int bnSize, Head head) {
        channels = buildFeatures(scope, growthRate, blockConfig, initFeatures, bnSize);
        attachHead(scope, head);
    }

    private int buildFeatures(TensorScope scope, int growthRate, int[] blockConfig, int initFeatures, int bnSize) {
        Sequential features = new Sequential();
        features.add("conv0", Conv.builder().setChannels(3, initFeatures).setKernel(7, 7).optStride(2).optPadding(3).optBias(false)
                .build(scope));
        features.add("norm0", new BatchNorm(scope, initFeatures));
        features.add("relu0", new ReLU());
        features.add("pool0", new MaxPool(new long[] {3, 3}, new long[] {2, 2}, new long[] {1, 1}));
        int c = initFeatures;
        for (int i = 0; i < blockConfig.length; i++) {
            features.add("denseblock" + (i + 1), new DenseBlock(scope, blockConfig[i], c, bnSize, growthRate));
            c += blockConfig[i] * growthRate;
            if (i != blockConfig.length - 1) {
                features.add("transition" + (i + 1), transition(scope, c, c / 2));
                c /= 2;
            }
        }
        features.add("norm5", new BatchNorm(scope, c));
        addChild("features", features);
        return c;
    }

    private static Sequential transition(TensorScope scope, int in, int out) {
        return new Sequential().add("norm", new BatchNorm(scope, in)).add("relu", new ReLU())
                .add("conv", Conv.builder().setChannels(in, out).setKernel(1, 1).optBias(false).build(scope))
                .add("pool", new AvgPool(new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0}));
    }

    @Override
    public int featureChannels() {
        return channels;
    }

    /** torchvision's forward up to the classifier: features, ReLU, global average pooling, flatten. */
    @Override
    protected Tensor pooledFeatures(Tensor input) {
        Tensor features = child("features").forward(input);
        Tensor x = features.relu();
        features.close();
        Tensor pooled = AdaptiveAvgPool.global().forward(x);
        x.close();
        Tensor flat = pooled.flatten(1);
        pooled.close();
        return flat;
    }

    public boolean hasClassifier() {
        return children().containsKey("classifier") && head().isEmpty();
    }

    /**
     * One dense layer: BN-ReLU-Conv1x1 (bottleneck to bnSize * growth channels) then BN-ReLU-Conv3x3 (growth
     * channels), applied to the concatenation of all earlier feature maps of the block.
     */
    static final class DenseLayer extends Sequential {
        DenseLayer(TensorScope scope, int in, int growthRate, int bnSize) {
            int mid = bnSize * growthRate;
            add("norm1", new BatchNorm(scope, in));
            add("relu1", new ReLU());
            add("conv1", Conv.builder().setChannels(in, mid).setKernel(1, 1).optBias(false).build(scope));
            add("norm2", new BatchNorm(scope, mid));
            add("relu2", new ReLU());
            add("conv2", Conv.builder().setChannels(mid, growthRate).setKernel(3, 3).optPadding(1).optBias(false).build(scope));
        }
    }

    /** Dense layers, each fed the concatenation of the block input and every earlier layer's output. */
    static final class DenseBlock extends Module {
        DenseBlock(TensorScope scope, int layers, int in, int bnSize, int growthRate) {
            for (int i = 0; i < layers; i++) {
                addChild("denselayer" + (i + 1), new DenseLayer(scope, in + i * growthRate, growthRate, bnSize));
            }
        }

        @Override
        protected Tensor compute(Tensor input) {
            List<Tensor> features = new ArrayList<>();
            features.add(input);
            for (Module layer : children().values()) {
                if (features.size() == 1) {
                    features.add(layer.forward(input));
                } else {
                    // torchvision concatenates inside the layer; the concatenation is freed as soon as it is used
                    Tensor concatenated = Tensor.concat(features, 1);
                    features.add(layer.forward(concatenated));
                    concatenated.close();
                }
            }
            return Tensor.concat(features, 1);
        }
    }
}
