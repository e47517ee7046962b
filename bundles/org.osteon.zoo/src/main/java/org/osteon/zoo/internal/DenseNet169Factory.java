package org.osteon.zoo.internal;

/**
 * DenseNet169 (growth 32, blocks 6-12-32-32, 64 initial features, bottleneck 4, 1000 classes), contributed
 * as {@code org.osteon.zoo.densenet169}. Initialised as torchvision initialises it.
 */
public final class DenseNet169Factory extends DenseNetFactory {

    public static final String ID = "densenet169";

    public DenseNet169Factory() {
        super(ID, new int[] {6, 12, 32, 32});
    }
}
