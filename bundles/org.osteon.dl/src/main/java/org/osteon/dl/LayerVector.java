package org.osteon.dl;

import java.util.Arrays;

/**
 * The global-average-pooled output of one layer: the selector that chose it (e.g. "third-last"), the
 * module's dotted name and one value per output channel.
 */
public record LayerVector(String selector, String moduleName, float[] vector) {

    public LayerVector {
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int channels() {
        return vector.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerVector v && selector.equals(v.selector) && moduleName.equals(v.moduleName)
                && Arrays.equals(vector, v.vector);
    }

    @Override
    public int hashCode() {
        return (31 * selector.hashCode() + moduleName.hashCode()) * 31 + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "LayerVector[" + selector + " = " + moduleName + ", " + vector.length + " channels]";
    }
}
