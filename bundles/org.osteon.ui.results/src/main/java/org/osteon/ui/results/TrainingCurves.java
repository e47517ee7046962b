package org.osteon.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osteon.reporting.HistoryCsv;
import org.osteon.reporting.HistoryRow;

/**
 * The curves of a training's {@code results/history.csv} (one row per epoch and split: epoch, split, loss,
 * metrics, lr, seconds): the epochs, and one series per split and column ("train loss", "valid loss",
 * "valid dice", ...; the learning rate as "lr"), NaN at the epochs a series has no value for. Series
 * without any value are left out.
 */
public record TrainingCurves(int[] epochs, Map<String, double[]> series) {

    public static final String HISTORY_FILE_NAME = "history.csv";
    public static final String LEARNING_RATE = "lr";

    public static final TrainingCurves NONE = new TrainingCurves(new int[0], Map.of());

    /** The history file of the run in {@code runFolder}. */
    public static Path historyFile(Path runFolder) {
        return runFolder.resolve(ResultTable.RESULTS_FOLDER).resolve(HISTORY_FILE_NAME);
    }

    /** The curves of {@code file}; none when it does not exist. */
    public static TrainingCurves read(Path file) throws IOException {
        return Files.isRegularFile(file) ? of(HistoryCsv.read(file)) : NONE;
    }

    public static TrainingCurves of(List<HistoryRow> rows) {
        TreeSet<Integer> epochSet = new TreeSet<>();
        Set<String> splits = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (HistoryRow r : rows) {
            epochSet.add(r.epoch());
            splits.add(r.split());
            metrics.addAll(r.metrics().keySet());
        }
        int[] epochs = epochSet.stream().mapToInt(Integer::intValue).toArray();
        List<String> columns = new ArrayList<>();
        columns.add("loss");
        columns.addAll(metrics);
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String split : splits) {
            for (String column : columns) {
                series.put(split + " " + column, nans(epochs.length));
            }
        }
        double[] lr = nans(epochs.length);
        for (HistoryRow r : rows) {
            int i = Arrays.binarySearch(epochs, r.epoch());
            series.get(r.split() + " loss")[i] = r.loss();
            for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
                series.get(r.split() + " " + m.getKey())[i] = m.getValue();
            }
            if (Double.isNaN(lr[i])) {
                lr[i] = r.lr();
            }
        }
        series.put(LEARNING_RATE, lr);
        series.values().removeIf(v -> Arrays.stream(v).allMatch(Double::isNaN));
        return new TrainingCurves(epochs, series);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    public int pointCount() {
        return epochs.length;
    }
}
