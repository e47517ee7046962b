package org.osteon.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.osteon.core.result.MatrixResult;
import org.osteon.model.Cell;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.ResultMatrix;
import org.osteon.model.Run;
import org.osteon.reporting.MatrixCsvReader;
import org.osteon.reporting.MatrixCsvWriter;

/**
 * One result matrix of a run as the Results view shows it: the table (as {@code results/<name>.csv} holds it)
 * and, per cell, the confidence interval the run recorded (NaN where none).
 */
public record ResultTable(MatrixResult matrix, double[][] lower, double[][] upper) {

    /** The folder of a run that holds the tables. */
    public static final String RESULTS_FOLDER = "results";

    /**
     * The matrices of the run in {@code runFolder}: from its run.xmi when there is one (a finished run), else
     * the {@code results/*.csv} tables written so far (a run in progress), by name; none when neither exists.
     *
     * @throws IOException if run.xmi or a table cannot be read
     */
    public static List<ResultTable> read(Path runFolder) throws IOException {
        Path xmi = runFolder.resolve(ExperimentFiles.RUN_FILE_NAME);
        List<ResultTable> out = new ArrayList<>();
        if (Files.isRegularFile(xmi)) {
            Run run;
            try {
                run = ExperimentFiles.loadRun(xmi);
            } catch (RuntimeException e) {
                throw new IOException("cannot read " + xmi + ": " + e.getMessage(), e);
            }
            for (ResultMatrix m : run.getResults()) {
                out.add(of(m));
            }
            return out;
        }
        Path results = runFolder.resolve(RESULTS_FOLDER);
        if (!Files.isDirectory(results)) {
            return out;
        }
        List<Path> tables;
        try (Stream<Path> files = Files.list(results)) {
            tables = files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .filter(f -> !f.getFileName().toString().equals(TrainingCurves.HISTORY_FILE_NAME))
                    .sorted().toList();
        }
        for (Path f : tables) {
            try {
                out.add(new ResultTable(MatrixCsvReader.read(f)));
            } catch (RuntimeException e) {
                // a table that is not a result matrix (or not one yet): left out
            }
        }
        return out;
    }

    /** The table of a recorded matrix; cells it does not record are NaN. */
    public static ResultTable of(ResultMatrix m) {
        int rows = m.getRowLabels().size();
        int columns = m.getColumnLabels().size();
        double[][] values = nans(rows, columns);
        double[][] lower = nans(rows, columns);
        double[][] upper = nans(rows, columns);
        for (Cell c : m.getCells()) {
            if (c.getRow() < rows && c.getColumn() < columns) {
                values[c.getRow()][c.getColumn()] = c.getValue();
                if (c.isSetLower()) {
                    lower[c.getRow()][c.getColumn()] = c.getLower();
                }
                if (c.isSetUpper()) {
                    upper[c.getRow()][c.getColumn()] = c.getUpper();
                }
            }
        }
        return new ResultTable(new MatrixResult(m.getName(), m.getDescription(), m.getRowLabels(),
                m.getColumnLabels(), values, m.getUnit()), lower, upper);
    }

    /** A table without confidence intervals. */
    public ResultTable(MatrixResult matrix) {
        this(matrix, nans(matrix.rowLabels().size(), matrix.columnLabels().size()),
                nans(matrix.rowLabels().size(), matrix.columnLabels().size()));
    }

    private static double[][] nans(int rows, int columns) {
        double[][] a = new double[rows][columns];
        for (double[] row : a) {
            Arrays.fill(row, Double.NaN);
        }
        return a;
    }

    public String name() {
        return matrix.name();
    }

    public int rows() {
        return matrix.rowLabels().size();
    }

    public int columns() {
        return matrix.columnLabels().size();
    }

    public double value(int row, int column) {
        return matrix.value(row, column);
    }

    /** Whether the run recorded a confidence interval for this cell. */
    public boolean hasInterval(int row, int column) {
        return !Double.isNaN(lower[row][column]) || !Double.isNaN(upper[row][column]);
    }

    /**
     * The cell as the Results view shows it: the value as results/NAME.csv writes it, then
     * {@code " [lower, upper]"} when the run recorded an interval.
     */
    public String cellText(int row, int column) {
        String value = Double.toString(value(row, column));
        return hasInterval(row, column)
                ? value + " [" + Double.toString(lower[row][column]) + ", " + Double.toString(upper[row][column]) + "]"
                : value;
    }

    /** The smallest and largest finite value (both NaN when there is none). */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : matrix.values()) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return min > max ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
    }

    /** Exactly the content of the engine's results/NAME.csv for this matrix. */
    public String csv() {
        return MatrixCsvWriter.toCsv(matrix);
    }

    /** The file the engine writes the table to, below {@code runFolder}. */
    public Path file(Path runFolder) {
        return runFolder.resolve(RESULTS_FOLDER).resolve(MatrixCsvWriter.fileName(matrix));
    }
}
