package org.osteon.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of a training report, built from what a training step has at hand: the history rows, the
 * confusion matrix, the embeddings with their labels; predicted against true values and PCK curves for the
 * regression and landmark methods. Each returns {@link Figure}s to write as SVG artifacts; the HTML report
 * shows them with the step's PNG artifacts (heat-map overlays) in its Figures section.
 */
public final class TrainingFigures {

    private TrainingFigures() {
    }

    /**
     * One line plot per quantity of the history: the loss, then each metric column, each with a series per
     * split (train, valid, in first-seen order) over the epochs; then the learning rate. File names are
     * {@code history-<column>.svg} (characters outside [A-Za-z0-9._-] become '-').
     */
    public static List<Figure> curves(List<HistoryRow> history) {
        if (history.isEmpty()) {
            return List.of();
        }
        Set<String> splits = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (HistoryRow r : history) {
            splits.add(r.split());
            metrics.addAll(r.metrics().keySet());
        }
        List<String> quantities = new ArrayList<>();
        quantities.add("loss");
        quantities.addAll(metrics);
        List<Figure> out = new ArrayList<>();
        for (String q : quantities) {
            LinePlot.Builder plot = LinePlot.builder().setTitle(q + " per epoch").optXTitle("epoch").optYTitle(q);
            for (String split : splits) {
                List<HistoryRow> rows = history.stream().filter(r -> r.split().equals(split)).toList();
                double[] x = rows.stream().mapToDouble(HistoryRow::epoch).toArray();
                double[] y = rows.stream().mapToDouble(r -> q.equals("loss") ? r.loss()
                        : r.metrics().getOrDefault(q, Double.NaN)).toArray();
                plot.addSeries(split, x, y);
            }
            out.add(Figure.of("history-" + fileSafe(q) + ".svg", "Training curve: " + q + " per epoch ("
                    + String.join(", ", splits) + ").", plot.build().svg()));
        }
        List<HistoryRow> first = history.stream().filter(r -> r.split().equals(splits.iterator().next())).toList();
        out.add(Figure.of("history-lr.svg", "Learning rate per epoch.", LinePlot.builder()
                .setTitle("learning rate per epoch").optXTitle("epoch").optYTitle("learning rate")
                .addSeries("lr", first.stream().mapToDouble(HistoryRow::epoch).toArray(),
                        first.stream().mapToDouble(HistoryRow::lr).toArray()).build().svg()));
        return List.copyOf(out);
    }

    /** The confusion matrix (rows true, columns predicted) with its counts; file {@code confusion-<name>.svg}. */
    public static Figure confusionMatrix(String name, long[][] counts, List<String> classNames) {
        return Figure.of("confusion-" + fileSafe(name) + ".svg", "Confusion matrix (" + name
                + "): rows are the true class, columns the predicted class, cells the counts.",
                MatrixPlot.confusion("Confusion matrix, " + name, counts, classNames).svg());
    }

    /**
     * The first two principal components of the embeddings (see {@link Pca}), one colour per label;
     * {@code classNames[label]} names each group. File {@code embeddings-<name>.svg}.
     */
    public static Figure embeddings(String name, double[][] embeddings, int[] labels, List<String> classNames) {
        if (embeddings.length != labels.length) {
            throw new IllegalArgumentException(embeddings.length + " embeddings but " + labels.length + " labels");
        }
        Pca pca = Pca.fit(embeddings, 2);
        double[][] xy = pca.transform(embeddings);
        double total = 0;
        for (double v : pca.variances()) {
            total += v;
        }
        ScatterPlot.Builder plot = ScatterPlot.builder().setTitle("Embeddings (" + name + "), PCA")
                .optXTitle("PC 1").optYTitle("PC 2");
        for (int label : new TreeSet<>(java.util.Arrays.stream(labels).boxed().toList())) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    pts.add(xy[i]);
                }
            }
            String group = label >= 0 && label < classNames.size() ? classNames.get(label) : "class " + label;
            plot.addGroup(group, pts.stream().mapToDouble(p -> p[0]).toArray(),
                    pts.stream().mapToDouble(p -> p[1]).toArray());
        }
        return Figure.of("embeddings-" + fileSafe(name) + ".svg", String.format(Locale.ROOT,
                "Embeddings (%s) projected on their first two principal components (variances %.4g and %.4g),"
                        + " coloured by label.", name, pca.variances()[0], pca.variances()[1]),
                plot.build().svg());
    }

    /** Predicted against true values with the line y = x (bone age); file {@code predicted-<name>.svg}. */
    public static Figure predictedVsTrue(String name, double[] truth, double[] predicted, String unit) {
        String u = unit.isEmpty() ? "" : " (" + unit + ")";
        return Figure.of("predicted-" + fileSafe(name) + ".svg", "Predicted against true " + name + u
                + "; the dashed line is y = x.", ScatterPlot.builder().setTitle("Predicted against true " + name)
                        .optXTitle("true" + u).optYTitle("predicted" + u).optIdentityLine(true)
                        .addGroup(name, truth, predicted).build().svg());
    }

    /**
     * PCK against radius in mm, one series per entry (landmark set or split, in the map's order), each with
     * one share per radius; file {@code pck-<name>.svg}.
     */
    public static Figure pckCurve(String name, double[] radiiMm, Map<String, double[]> pckBySeries) {
        LinePlot.Builder plot = LinePlot.builder().setTitle("PCK (" + name + ")").optXTitle("radius (mm)")
                .optYTitle("share of landmarks within radius");
        for (Map.Entry<String, double[]> s : pckBySeries.entrySet()) {
            if (s.getValue().length != radiiMm.length) {
                throw new IllegalArgumentException("PCK series '" + s.getKey() + "' has " + s.getValue().length
                        + " values for " + radiiMm.length + " radii");
            }
            plot.addSeries(s.getKey(), radiiMm, s.getValue());
        }
        return Figure.of("pck-" + fileSafe(name) + ".svg", "Percentage of correct keypoints (" + name
                + ") against the radius in mm.", plot.build().svg());
    }

    static String fileSafe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "-");
        return t.isEmpty() || !Character.isLetterOrDigit(t.charAt(0)) ? "x" + t : t;
    }
}
