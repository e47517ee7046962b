package org.osteon.zoo.internal;

/**
 * DenseNet121 (growth 32, blocks 6-12-24-16, 64 initial features, bottleneck 4, 1000 classes), contributed
 * as {@code org.osteon.zoo.densenet121}. Initialised as torchvision initialises it.
 */
public final class DenseNet121Factory extends DenseNetFactory {

    public static final String ID = "densenet121";

    public DenseNet121Factory() {
        super(ID, new int[] {6, 12, 24, 16});
    }
}
