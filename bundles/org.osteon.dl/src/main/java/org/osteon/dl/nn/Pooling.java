package org.osteon.dl.nn;

import java.util.Arrays;

/** Shared argument handling of the pooling layers. */
final class Pooling {

    private Pooling() {
    }

    /** {@code value} for {@code dims} axes: as given, or one value repeated, or {@code dflt} when absent. */
    static long[] perAxis(long[] value, int dims, long[] dflt, String what) {
        if (value == null || value.length == 0) {
            return dflt.clone();
        }
        if (value.length == 1 && dims > 1) {
            long[] r = new long[dims];
            Arrays.fill(r, value[0]);
            return r;
        }
        if (value.length != dims) {
            throw new IllegalArgumentException(what + " " + Arrays.toString(value) + " does not fit " + dims + " spatial axes");
        }
        return value.clone();
    }

    static long[] zeros(int dims) {
        return new long[dims];
    }
}
