package org.osteon.core.metric;

/** A cumulative metric of predicted against true values (MAE, RMSE), e.g. bone age in months. */
public interface RegressionMetric extends CumulativeMetric {

    /** One batch of equally long arrays: {@code predicted[i]} against {@code target[i]}. */
    void update(double[] predicted, double[] target);
}
