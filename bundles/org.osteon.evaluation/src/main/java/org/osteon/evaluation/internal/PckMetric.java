package org.osteon.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osteon.core.metric.LandmarkMetric;
import org.osteon.core.metric.MetricResult;
import org.osteon.core.metric.MetricResult.Entry;

/**
 * {@code org.osteon.evaluation.pck}: percentage of correct keypoints, the share of landmarks whose predicted
 * position lies within r mm (Euclidean, inclusive) of the reference, for each radius r. The contribution
 * uses the radii KNEEL reports (1, 1.5, 2 and 2.5 mm); {@link #PckMetric(double...)} takes others. Entries
 * are named {@code pck@<r>mm} and hold fractions in [0, 1].
 */
public final class PckMetric implements LandmarkMetric {

    static final double[] DEFAULT_RADII_MM = {1, 1.5, 2, 2.5};

    private final double[] radii;
    private final long[] within;
    private long n;

    public PckMetric() {
        this(DEFAULT_RADII_MM);
    }

    public PckMetric(double... radiiMm) {
        if (radiiMm.length == 0) {
            throw new IllegalArgumentException("PCK needs at least one radius");
        }
        for (double r : radiiMm) {
            if (!(r > 0) || Double.isInfinite(r)) {
                throw new IllegalArgumentException("PCK radius " + r + " mm is not a positive finite number");
            }
        }
        radii = radiiMm.clone();
        within = new long[radii.length];
    }

    @Override
    public void update(double[][] predicted, double[][] reference) {
        if (predicted.length != reference.length) {
            throw new IllegalArgumentException("PCK: batch of " + predicted.length + " predicted but "
                    + reference.length + " reference landmarks");
        }
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i].length != reference[i].length) {
                throw new IllegalArgumentException("PCK: landmark " + i + " has " + predicted[i].length
                        + " predicted but " + reference[i].length + " reference coordinates");
            }
            double d2 = 0;
            for (int k = 0; k < predicted[i].length; k++) {
                double d = predicted[i][k] - reference[i][k];
                d2 += d * d;
            }
            double d = Math.sqrt(d2);
            for (int r = 0; r < radii.length; r++) {
                within[r] += d <= radii[r] ? 1 : 0;
            }
        }
        n += predicted.length;
    }

    @Override
    public MetricResult aggregate() {
        if (n == 0) {
            throw new IllegalStateException("pck: nothing to aggregate, no batch since the last reset");
        }
        List<Entry> out = new ArrayList<>();
        for (int r = 0; r < radii.length; r++) {
            out.add(Entry.of(columnName(radii[r]), (double) within[r] / n));
        }
        return new MetricResult(out);
    }

    @Override
    public void reset() {
        Arrays.fill(within, 0);
        n = 0;
    }

    /** {@code pck@2.5mm}: the radius without trailing zeros. */
    static String columnName(double radiusMm) {
        return "pck@" + BigDecimal.valueOf(radiusMm).stripTrailingZeros().toPlainString() + "mm";
    }
}
