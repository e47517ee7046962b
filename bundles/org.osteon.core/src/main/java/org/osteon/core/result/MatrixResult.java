package org.osteon.core.result;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A named table of numbers with row and column labels, as a step publishes it (for instance the cosine
 * similarity of region pairs per network layer). The engine records it in the run as an EMF ResultMatrix
 * and reporters render it (results/&lt;name&gt;.csv, the HTML report).
 */
public record MatrixResult(String name, String description, List<String> rowLabels, List<String> columnLabels,
        double[][] values, String unit) {

    public MatrixResult {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("matrix name '" + name + "' must be a file-safe word (letters, digits, . _ -)");
        }
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException("matrix " + name + " has " + rowLabels.size() + " row labels but "
                    + values.length + " rows");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != columnLabels.size()) {
                throw new IllegalArgumentException("matrix " + name + " row " + r + " has " + values[r].length
                        + " values, expected " + columnLabels.size());
            }
            copy[r] = values[r].clone();
        }
        values = copy;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** The value at the labelled row and column, if both exist. */
    public Optional<Double> value(String row, String column) {
        int r = rowLabels.indexOf(row);
        int c = columnLabels.indexOf(column);
        return r < 0 || c < 0 ? Optional.empty() : Optional.of(values[r][c]);
    }

    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatrixResult m && name.equals(m.name) && description.equals(m.description)
                && rowLabels.equals(m.rowLabels) && columnLabels.equals(m.columnLabels)
                && Arrays.deepEquals(values, m.values) && unit.equals(m.unit);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.deepHashCode(values);
    }
}
