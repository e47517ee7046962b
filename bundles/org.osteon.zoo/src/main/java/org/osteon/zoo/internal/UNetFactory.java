package org.osteon.zoo.internal;

import java.util.List;

import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.InputConvention;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.zoo.UNet;

/**
 * milesial/Pytorch-UNet's {@code UNet(n_channels, n_classes, bilinear)}, contributed as
 * {@code org.osteon.zoo.unet} with that repository's train.py defaults: 3 channels, 2 classes, transposed
 * convolutions (31,037,698 parameters). Other settings: {@link #UNetFactory(int, int, boolean)}. The forward
 * pass gives the logits (N, classes, H, W). Initialised with
 * {@link Initialization#torchvision(org.osteon.dl.nn.Module, long)}'s scheme from the seed.
 */
public final class UNetFactory implements NetworkFactory {

    public static final String ID = "unet";

    private final int channels;
    private final int classes;
    private final boolean bilinear;

    public UNetFactory() {
        this(3, 2, false);
    }

    /** {@code UNet(n_channels=channels, n_classes=classes, bilinear=bilinear)}. */
    public UNetFactory(int channels, int classes, boolean bilinear) {
        if (channels < 1 || classes < 1) {
            throw new IllegalArgumentException("a U-Net needs at least one input channel and one class, got " + channels + " and " + classes);
        }
        this.channels = channels;
        this.classes = classes;
        this.bilinear = bilinear;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int spatialDims() {
        return 2;
    }

    @Override
    public Network create(TensorScope scope, long seed) {
        UNet net = new UNet(scope, channels, classes, bilinear);
        Initialization.torchvision(net, seed);
        return new Network(ID, net);
    }

    /**
     * The repository's preprocessing: values scaled to [0, 1], no mean or std; trained on Carvana images at
     * scale 0.5 (959 x 640); at least 16 for the four halvings.
     */
    @Override
    public InputConvention inputConvention() {
        List<Double> zero = java.util.Collections.nCopies(channels, 0.0);
        List<Double> one = java.util.Collections.nCopies(channels, 1.0);
        return new InputConvention(channels, zero, one, 640, 16);
    }
}
