package org.osteon.evaluation.internal;

import org.osteon.core.metric.MetricResult;
import org.osteon.core.metric.RegressionMetric;

/** Running sums of absolute and squared errors; MAE and RMSE need nothing else. */
abstract class RegressionAccumulator implements RegressionMetric {

    private double absolute;
    private double squared;
    private long n;

    @Override
    public final void update(double[] predicted, double[] target) {
        if (predicted.length != target.length) {
            throw new IllegalArgumentException(name() + ": batch of " + predicted.length + " predictions but "
                    + target.length + " targets");
        }
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - target[i];
            absolute += Math.abs(d);
            squared += d * d;
        }
        n += predicted.length;
    }

    @Override
    public final MetricResult aggregate() {
        if (n == 0) {
            throw new IllegalStateException(name() + ": nothing to aggregate, no batch since the last reset");
        }
        return MetricResult.of(name(), value(absolute / n, squared / n));
    }

    @Override
    public final void reset() {
        absolute = 0;
        squared = 0;
        n = 0;
    }

    abstract String name();

    abstract double value(double meanAbsolute, double meanSquared);
}
