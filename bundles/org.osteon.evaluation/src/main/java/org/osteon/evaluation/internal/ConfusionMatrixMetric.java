package org.osteon.evaluation.internal;

import java.util.ArrayList;
import java.util.List;

import org.osteon.core.metric.MetricResult;
import org.osteon.core.metric.MetricResult.Entry;
import org.osteon.evaluation.ConfusionMatrix;

/**
 * {@code org.osteon.evaluation.confusionMatrix}: one entry per cell, {@code true<i>-pred<j>}, row by row
 * (rows true class, columns predicted).
 */
public final class ConfusionMatrixMetric extends ClassificationAccumulator {
    @Override
    String name() {
        return "confusion matrix";
    }

    @Override
    MetricResult compute(int[] labels, double[][] probabilities, int classes) {
        ConfusionMatrix m = confusion(labels, probabilities, classes);
        List<Entry> cells = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            for (int j = 0; j < classes; j++) {
                cells.add(Entry.of(cellName(i, j), m.count(i, j)));
            }
        }
        return new MetricResult(cells);
    }

    static String cellName(int label, int predicted) {
        return "true" + label + "-pred" + predicted;
    }
}
