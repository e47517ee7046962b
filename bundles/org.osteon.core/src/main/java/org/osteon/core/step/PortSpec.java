package org.osteon.core.step;

/**
 * A declared input or output of a step. {@code type} names what flows through it ("volume", "labels",
 * "features", "matrix"...); the engine connects an input only to an output of the same type.
 */
public record PortSpec(String name, Direction direction, String type, boolean optional, String doc) {

    public enum Direction {
        INPUT, OUTPUT
    }

    public PortSpec {
        doc = doc == null ? "" : doc;
    }
}
