package org.osteon.core.internal.registry;

/** Fixture loss contributed by this test bundle (the core does not know the Loss contract). */
public class FixtureLoss {

    public double compute(double positive, double negative, double margin) {
        return Math.max(0, positive - negative + margin);
    }
}
