package org.osteon.evaluation.internal;

import java.util.Arrays;

import org.osteon.core.metric.ClassificationMetric;
import org.osteon.core.metric.MetricResult;
import org.osteon.evaluation.ConfusionMatrix;

/**
 * Keeps every batch's labels and class probabilities until {@link #aggregate()}, as MONAI's cumulative
 * metrics do (AUROC needs all scores; the counting metrics could do with less, but one accumulator keeps
 * them consistent). Subclasses compute the metric from everything seen.
 */
abstract class ClassificationAccumulator implements ClassificationMetric {

    private int[] labels = new int[64];
    private double[][] probabilities = new double[64][];
    private int size;
    private int classes;

    @Override
    public final void update(int[] batchLabels, double[][] batchProbabilities) {
        if (batchLabels.length != batchProbabilities.length) {
            throw new IllegalArgumentException(name() + ": batch of " + batchLabels.length + " labels but "
                    + batchProbabilities.length + " probability rows");
        }
        for (int i = 0; i < batchLabels.length; i++) {
            double[] row = batchProbabilities[i];
            if (row.length < 2 || classes != 0 && row.length != classes) {
                throw new IllegalArgumentException(name() + ": sample " + i + " has " + row.length
                        + " class probabilities, expected " + (classes == 0 ? "at least 2" : classes));
            }
            if (batchLabels[i] < 0 || batchLabels[i] >= row.length) {
                throw new IllegalArgumentException(name() + ": sample " + i + " has label " + batchLabels[i]
                        + ", expected 0.." + (row.length - 1));
            }
            classes = row.length;
        }
        if (size + batchLabels.length > labels.length) {
            int capacity = Math.max(labels.length * 2, size + batchLabels.length);
            labels = Arrays.copyOf(labels, capacity);
            probabilities = Arrays.copyOf(probabilities, capacity);
        }
        for (int i = 0; i < batchLabels.length; i++) {
            labels[size] = batchLabels[i];
            probabilities[size++] = batchProbabilities[i].clone();
        }
    }

    @Override
    public final MetricResult aggregate() {
        if (size == 0) {
            throw new IllegalStateException(name() + ": nothing to aggregate, no batch since the last reset");
        }
        return compute(Arrays.copyOf(labels, size), Arrays.copyOf(probabilities, size), classes);
    }

    @Override
    public final void reset() {
        size = 0;
        classes = 0;
        labels = new int[64];
        probabilities = new double[64][];
    }

    /** The metric's column name, also used in messages. */
    abstract String name();

    abstract MetricResult compute(int[] labels, double[][] probabilities, int classes);

    /** Index of the largest probability, the first on ties (so p = 0.5 is class 0, as MURA's "> 0.5"). */
    static int predicted(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    static ConfusionMatrix confusion(int[] labels, double[][] probabilities, int classes) {
        int[] predicted = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            predicted[i] = predicted(probabilities[i]);
        }
        return ConfusionMatrix.of(labels, predicted, classes);
    }
}
