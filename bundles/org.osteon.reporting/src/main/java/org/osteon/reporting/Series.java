package org.osteon.reporting;

/** A named sequence of (x, y) points of a line or scatter plot; NaN points are left out when drawn. */
public record Series(String name, double[] x, double[] y) {

    public Series {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x but " + y.length
                    + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }
}
