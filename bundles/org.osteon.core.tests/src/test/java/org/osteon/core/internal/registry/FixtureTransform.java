package org.osteon.core.internal.registry;

/** Fixture transform contributed by this test bundle (the core does not know the Transform contract). */
public class FixtureTransform {

    public float[] apply(float[] values) {
        float[] out = values.clone();
        java.util.Arrays.sort(out);
        return out;
    }
}
