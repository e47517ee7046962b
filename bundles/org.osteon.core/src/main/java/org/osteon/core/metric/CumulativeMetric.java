package org.osteon.core.metric;

/**
 * A metric that accumulates batch by batch and is read once at the end of an epoch, as MONAI's cumulative
 * metrics are: each kind adds its own {@code update(...)} for one batch; {@link #aggregate()} computes the
 * metric over everything seen since the last {@link #reset()}. Instances hold state: one per split and
 * training, created by the metrics registry; not thread-safe.
 */
public interface CumulativeMetric {

    /**
     * The metric over every batch since the last reset. Throws {@link IllegalStateException} when nothing
     * has been accumulated, naming the metric.
     */
    MetricResult aggregate();

    /** Forgets every accumulated batch. */
    void reset();
}
