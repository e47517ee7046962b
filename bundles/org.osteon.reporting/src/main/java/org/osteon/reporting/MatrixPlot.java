package org.osteon.reporting;

import java.util.List;

import org.osteon.core.result.MatrixResult;
import org.osteon.reporting.internal.PlotSvg;

/**
 * A labelled matrix of coloured cells (a confusion matrix, a metrics matrix), each cell showing its value;
 * rendered as a self-contained SVG on the report's viridis scale. Integer matrices (counts) show whole
 * numbers.
 */
public record MatrixPlot(String title, String rowTitle, String columnTitle, List<String> rowLabels,
        List<String> columnLabels, double[][] values, boolean integers) {

    public MatrixPlot {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException("matrix plot '" + title + "' has " + rowLabels.size()
                    + " row labels but " + values.length + " rows");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnLabels.size()) {
                throw new IllegalArgumentException("matrix plot '" + title + "' row " + r + " has "
                        + values[r].length + " values, expected " + columnLabels.size());
            }
            copy[r] = values[r].clone();
        }
        values = copy;
    }

    /** A confusion matrix: rows the true class, columns the predicted class, cells the counts. */
    public static MatrixPlot confusion(String title, long[][] counts, List<String> classNames) {
        double[][] v = new double[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            v[r] = new double[counts[r].length];
            for (int c = 0; c < counts[r].length; c++) {
                v[r][c] = counts[r][c];
            }
        }
        return new MatrixPlot(title, "true class", "predicted class", classNames, classNames, v, true);
    }

    /** A result matrix (the metrics table) as coloured cells. */
    public static MatrixPlot of(MatrixResult m) {
        return new MatrixPlot(m.name(), "", "", m.rowLabels(), m.columnLabels(), m.values(), false);
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    /** The plot as an SVG element. */
    public String svg() {
        return PlotSvg.matrix(this);
    }
}
