package org.osteon.zoo.internal;

import java.util.List;

import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.InputConvention;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.zoo.HourglassNet;
import org.osteon.zoo.HourglassNet.Block;

/**
 * KNEEL's hourglass network as its published configurations build it (3 inputs, base width 24, depth 4,
 * bilinear upsampling, multi-scale blocks), contributed as {@code org.osteon.zoo.kneel}: 16 landmarks (the
 * "high-cost" landmark model), 4,252,432 parameters. The subclasses are the ROI model and the network as
 * deep-pipeline built it before its 2019-07-18 fix. The forward pass gives (N, L, 2) coordinates in [0, 1].
 * Initialised with {@link Initialization#torchvision(org.osteon.dl.nn.Module, long)}'s scheme from the seed.
 */
public class KneelFactory implements NetworkFactory {

    public static final String ID = "kneel";

    /** Base width and hourglass depth of every published KNEEL model. */
    static final int WIDTH = 24;
    static final int DEPTH = 4;

    private final String id;
    private final int landmarks;
    private final Block innerBlock;

    public KneelFactory() {
        this(ID, 16, Block.MULTISCALE);
    }

    KneelFactory(String id, int landmarks, Block innerBlock) {
        this.id = id;
        this.landmarks = landmarks;
        this.innerBlock = innerBlock;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int spatialDims() {
        return 2;
    }

    /** Number of landmarks (heat maps). */
    public final int landmarks() {
        return landmarks;
    }

    @Override
    public final Network create(TensorScope scope, long seed) {
        HourglassNet net = new HourglassNet(scope, 3, landmarks, WIDTH, DEPTH, Block.MULTISCALE, innerBlock);
        Initialization.torchvision(net, seed);
        return new Network(id, net);
    }

    /**
     * Three channels (the grey radiograph replicated). KNEEL normalises with its training set's per-channel
     * mean and std (the snapshots' mean_std.npy, in grey values 0-255), which this convention cannot name: the
     * identity here; apply those values, divided by 255, before the network. Trained on 450 x 450 crops
     * (crop_x, crop_y of the published configurations); at least 64 for the hourglass's six halvings.
     */
    @Override
    public final InputConvention inputConvention() {
        return new InputConvention(3, List.of(0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0), 450, 64);
    }
}
