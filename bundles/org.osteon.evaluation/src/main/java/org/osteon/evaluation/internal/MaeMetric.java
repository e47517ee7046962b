package org.osteon.evaluation.internal;

/** {@code org.osteon.evaluation.mae}: mean absolute error. */
public final class MaeMetric extends RegressionAccumulator {

    @Override
    String name() {
        return "mae";
    }

    @Override
    double value(double meanAbsolute, double meanSquared) {
        return meanAbsolute;
    }
}
