package org.osteon.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteon.core.metric.ClassificationMetric;
import org.osteon.core.metric.MetricResult;
import org.osteon.evaluation.Auroc;

/**
 * The classification metrics against scikit-learn 1.2.1 (values printed by
 * releng/parity/metrics_reference.py on the same arrays) and against hand counts.
 */
class ClassificationMetricsTest {

    // the arrays of releng/parity/metrics_reference.py
    static final int[] LABELS = {0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1, 0,
        1, 0};
    static final double[] SCORES = {0.1, 0.4, 0.35, 0.8, 0.5, 0.5, 0.2, 0.9, 0.6, 0.6, 0.3, 0.7, 0.5, 0.2, 0.1, 0.7,
        0.4, 0.95, 0.0, 0.6, 0.3, 0.5, 0.8, 0.9, 0.2, 0.55, 0.45, 0.3, 1.0, 0.65};
    static final int[] LABELS3 = {0, 1, 2, 2, 1, 0, 0, 2, 1, 1, 2, 0, 1, 2, 0};
    static final double[][] PROBS3 = {{0.7, 0.2, 0.1}, {0.2, 0.5, 0.3}, {0.1, 0.3, 0.6}, {0.3, 0.3, 0.4},
        {0.4, 0.4, 0.2}, {0.5, 0.25, 0.25}, {0.2, 0.5, 0.3}, {0.2, 0.2, 0.6}, {0.1, 0.8, 0.1}, {0.3, 0.2, 0.5},
        {0.6, 0.2, 0.2}, {0.6, 0.3, 0.1}, {0.2, 0.6, 0.2}, {0.1, 0.1, 0.8}, {0.4, 0.3, 0.3}};

    // scikit-learn 1.2.1 (releng/parity/metrics_reference.py)
    static final double SK_KAPPA = 0.33333333333333337;
    static final double SK_AUROC = 0.7377777777777778;
    static final double SK_ACCURACY = 0.6666666666666666;
    static final double SK_SENSITIVITY = 0.6;
    static final double SK_SPECIFICITY = 0.7333333333333333;
    static final long[][] SK_CONFUSION = {{11, 4}, {6, 9}};
    static final double SK_KAPPA3 = 0.6;
    static final double SK_AUROC3 = 0.8366666666666668;

    private static MetricResult binary(ClassificationMetric m) {
        // two batches, as a training epoch feeds them
        m.updateBinary(Arrays.copyOfRange(LABELS, 0, 13), Arrays.copyOfRange(SCORES, 0, 13));
        m.updateBinary(Arrays.copyOfRange(LABELS, 13, 30), Arrays.copyOfRange(SCORES, 13, 30));
        return m.aggregate();
    }

    @Test
    void binaryMetricsEqualScikitLearn() {
        assertEquals(SK_ACCURACY, binary(new AccuracyMetric()).value(), 1e-15);
        assertEquals(1 - SK_ACCURACY, binary(new ErrorMetric()).value(), 1e-15);
        assertEquals(SK_SENSITIVITY, binary(new SensitivityMetric()).value(), 1e-15);
        assertEquals(SK_SPECIFICITY, binary(new SpecificityMetric()).value(), 1e-15);
        assertEquals(SK_KAPPA, binary(new KappaMetric()).value(), 1e-14);
        assertEquals(SK_AUROC, binary(new AurocMetric()).value(), 1e-14);
        MetricResult cm = binary(new ConfusionMatrixMetric());
        assertEquals(List.of("true0-pred0", "true0-pred1", "true1-pred0", "true1-pred1"),
                cm.entries().stream().map(MetricResult.Entry::name).toList());
        assertArrayEquals(new double[] {SK_CONFUSION[0][0], SK_CONFUSION[0][1], SK_CONFUSION[1][0],
            SK_CONFUSION[1][1]}, cm.entries().stream().mapToDouble(MetricResult.Entry::value).toArray());
    }

    @Test
    void threeClassKappaAndOneVsRestAurocEqualScikitLearn() {
        KappaMetric kappa = new KappaMetric();
        kappa.update(LABELS3, PROBS3);
        assertEquals(SK_KAPPA3, kappa.aggregate().value(), 1e-14);
        assertEquals(SK_AUROC3, Auroc.oneVsRest(LABELS3, PROBS3), 1e-14);
    }

    @Test
    void countsByHand() {
        // labels 1 1 1 0 0 0 0; p(abnormal) .9 .6 .4 .5 .2 .7 .1 -> predicted 1 1 0 0 0 1 0
        int[] labels = {1, 1, 1, 0, 0, 0, 0};
        double[] p = {0.9, 0.6, 0.4, 0.5, 0.2, 0.7, 0.1};
        Map<String, Double> cm = run(new ConfusionMatrixMetric(), labels, p).columns();
        assertEquals(Map.of("true0-pred0", 3.0, "true0-pred1", 1.0, "true1-pred0", 1.0, "true1-pred1", 2.0), cm);
        assertEquals(5.0 / 7, run(new AccuracyMetric(), labels, p).value(), 1e-15);
        assertEquals(2.0 / 7, run(new ErrorMetric(), labels, p).value(), 1e-15);
        assertEquals(2.0 / 3, run(new SensitivityMetric(), labels, p).value(), 1e-15);
        assertEquals(3.0 / 4, run(new SpecificityMetric(), labels, p).value(), 1e-15);
        // AUROC by pairs: of 3 x 4 positive-negative pairs the positive scores higher in 9
        // (.9 beats all 4 negatives; .6 beats .5 .2 .1; .4 beats .2 .1)
        assertEquals(9.0 / 12, run(new AurocMetric(), labels, p).value(), 1e-15);
        // a tie between classes counts one half
        assertEquals(0.5, Auroc.binary(new int[] {0, 1}, new double[] {0.3, 0.3}), 0);
        assertTrue(Double.isNaN(Auroc.binary(new int[] {1, 1}, new double[] {0.3, 0.4})));
    }

    @Test
    void kappaCarriesItsIntervalAsColumns() {
        Map<String, Double> columns = binary(new KappaMetric()).columns();
        assertEquals(List.of("kappa", "kappa-ci-low", "kappa-ci-high"), List.copyOf(columns.keySet()));
        assertTrue(columns.get("kappa-ci-low") < columns.get("kappa") && columns.get("kappa") < columns.get("kappa-ci-high"));
    }

    @Test
    void resetForgetsAndEmptyAggregateNamesTheMetric() {
        AccuracyMetric m = new AccuracyMetric();
        m.updateBinary(new int[] {0, 0}, new double[] {0.9, 0.9});
        assertEquals(0.0, m.aggregate().value());
        m.reset();
        var e = assertThrows(IllegalStateException.class, () -> m.aggregate());
        assertTrue(e.getMessage().startsWith("accuracy:"), e.getMessage());
        m.updateBinary(new int[] {1}, new double[] {0.9});
        assertEquals(1.0, m.aggregate().value());
        assertThrows(IllegalArgumentException.class, () -> m.update(new int[] {0}, new double[][] {{0.2, 0.3, 0.5}}));
    }

    private static MetricResult run(ClassificationMetric m, int[] labels, double[] p) {
        m.updateBinary(labels, p);
        return m.aggregate();
    }
}
