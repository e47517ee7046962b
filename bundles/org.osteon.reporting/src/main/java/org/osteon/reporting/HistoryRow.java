package org.osteon.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of {@code results/history.csv}: an epoch's pass over one split ({@code train} or {@code valid})
 * with its mean loss, its metrics by column name, the learning rate and the seconds it took.
 */
public record HistoryRow(int epoch, String split, double loss, Map<String, Double> metrics, double lr,
        double seconds) {

    public HistoryRow {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
