package org.osteon.zoo.internal;

import org.osteon.zoo.HourglassNet.Block;

/**
 * KNEEL's ROI ("low-cost") model, contributed as {@code org.osteon.zoo.kneel-roi}: the landmark network with
 * one heat map, the knee joint's centre (init_model_from_args, annotations 'lc').
 */
public final class KneelRoiFactory extends KneelFactory {

    public static final String ID = "kneel-roi";

    public KneelRoiFactory() {
        super(ID, 1, Block.MULTISCALE);
    }
}
