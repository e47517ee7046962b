package org.osteon.evaluation.internal;

/** {@code org.osteon.evaluation.rmse}: root mean squared error. */
public final class RmseMetric extends RegressionAccumulator {

    @Override
    String name() {
        return "rmse";
    }

    @Override
    double value(double meanAbsolute, double meanSquared) {
        return Math.sqrt(meanSquared);
    }
}
