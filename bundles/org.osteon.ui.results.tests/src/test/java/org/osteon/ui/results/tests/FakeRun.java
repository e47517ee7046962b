package org.osteon.ui.results.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.osteon.core.result.MatrixResult;
import org.osteon.model.Cell;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.OsteonFactory;
import org.osteon.model.ResultMatrix;
import org.osteon.model.Run;
import org.osteon.model.RunStatus;
import org.osteon.reporting.MatrixCsvWriter;
import org.osteon.training.History;

/**
 * A run folder as the engine leaves it, written by hand: run.xmi with one 3x3 similarity matrix (awkward
 * labels, values whose shortest decimals differ, an interval on one cell), results/NAME.csv written by the
 * engine's writer, and optionally a training history and an HTML report.
 */
final class FakeRun {

    static final String MATRIX = "similarity.layer-2";
    static final List<String> ROWS = List.of("femur", "tibia, proximal", "patella \"cap\"");
    static final List<String> COLUMNS = List.of("conv1", "conv2", "fc");
    static final double[][] VALUES = {{1.0 / 3, 0.1 + 0.2, -2.5e-12}, {0.875, 1e-7, 0.5}, {0.9999999999999999, 0.0625, 1.5}};
    static final int MIN_ROW = 0;
    static final int MIN_COLUMN = 2;
    static final int MAX_ROW = 2;
    static final int MAX_COLUMN = 2;
    /** The cell with a confidence interval. */
    static final double LOWER = 0.25;
    static final double UPPER = 0.4;

    private FakeRun() {
    }

    static MatrixResult matrix() {
        return new MatrixResult(MATRIX, "cosine similarity of region pairs", ROWS, COLUMNS, VALUES, "cosine");
    }

    /** Writes the run into {@code folder} (created) and returns the results/NAME.csv written. */
    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        OsteonFactory f = OsteonFactory.eINSTANCE;
        Run run = f.createRun();
        run.setId("20240101-000000-abcd");
        run.setStatus(RunStatus.SUCCEEDED);
        run.setStarted(new Date(1_700_000_000_000L));
        run.setFinished(new Date(1_700_000_042_000L));
        ResultMatrix m = f.createResultMatrix();
        MatrixResult matrix = matrix();
        m.setName(matrix.name());
        m.setDescription(matrix.description());
        m.setUnit(matrix.unit());
        m.setProducingStep("similarity");
        m.getRowLabels().addAll(ROWS);
        m.getColumnLabels().addAll(COLUMNS);
        for (int r = 0; r < ROWS.size(); r++) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = f.createCell();
                cell.setRow(r);
                cell.setColumn(c);
                cell.setValue(VALUES[r][c]);
                if (r == 0 && c == 0) {
                    cell.setLower(LOWER);
                    cell.setUpper(UPPER);
                }
                m.getCells().add(cell);
            }
        }
        run.getResults().add(m);
        ResultMatrix second = f.createResultMatrix();
        second.setName("dice");
        second.setDescription("Dice per label");
        second.getRowLabels().add("all");
        second.getColumnLabels().add("bone");
        Cell cell = f.createCell();
        cell.setValue(0.9);
        second.getCells().add(cell);
        run.getResults().add(second);
        ExperimentFiles.save(run, folder.resolve(ExperimentFiles.RUN_FILE_NAME));
        Path csv = folder.resolve("results").resolve(MatrixCsvWriter.fileName(matrix));
        MatrixCsvWriter.write(matrix, csv);
        return csv;
    }

    /** The training history of the run in {@code folder}, written by the trainer's own writer on each row. */
    static History history(Path folder) {
        return new History(folder.resolve("results").resolve("history.csv"), List.of("dice"));
    }

    /** Adds epoch {@code epoch}'s train row (no dice) and valid row, as a training does after each epoch. */
    static void addEpoch(History history, int epoch) {
        history.add(new History.Row(epoch, "train", trainLoss(epoch), Map.of(), 0.001, 1.5));
        history.add(new History.Row(epoch, "valid", validLoss(epoch), Map.of("dice", dice(epoch)), 0.001, 0.25));
    }

    static double trainLoss(int epoch) {
        return 1.0 / epoch;
    }

    static double validLoss(int epoch) {
        return 1.2 / epoch + 0.05;
    }

    static double dice(int epoch) {
        return 0.5 + 0.08 * epoch;
    }
}
