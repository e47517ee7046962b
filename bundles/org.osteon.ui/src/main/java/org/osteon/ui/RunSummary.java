package org.osteon.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osteon.model.Cell;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.ResultMatrix;
import org.osteon.model.Run;
import org.osteon.model.RunStatus;

/**
 * What the navigator shows of one run: its folder, experiment, status, start, duration and key results (the
 * first cells of each result matrix). Read from the folder's run.xmi.
 */
public record RunSummary(Path folder, String experimentName, String runId, RunStatus status, Instant started,
        Instant finished, List<String> keyResults) {

    public RunSummary {
        keyResults = List.copyOf(keyResults);
    }

    /** The summary of the run recorded in {@code folder}/run.xmi; empty when there is none or it cannot be read. */
    public static Optional<RunSummary> read(Path folder) {
        Path xmi = folder.resolve(ExperimentFiles.RUN_FILE_NAME);
        if (!Files.isRegularFile(xmi)) {
            return Optional.empty();
        }
        try {
            Run run = ExperimentFiles.loadRun(xmi);
            String name = run.getExperiment() == null || run.getExperiment().getName() == null ? "experiment"
                    : run.getExperiment().getName();
            List<String> keys = new ArrayList<>();
            for (ResultMatrix m : run.getResults()) {
                keys.add(keyResult(m));
            }
            return Optional.of(new RunSummary(folder, name, run.getId(), run.getStatus(),
                    run.getStarted() == null ? null : run.getStarted().toInstant(),
                    run.getFinished() == null ? null : run.getFinished().toInstant(), keys));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "name: row/column value, ..." for the first three cells of a matrix. */
    static String keyResult(ResultMatrix m) {
        StringBuilder sb = new StringBuilder(m.getName()).append(':');
        int shown = 0;
        for (Cell c : m.getCells()) {
            if (shown == 3) {
                sb.append(" ...");
                break;
            }
            String row = c.getRow() < m.getRowLabels().size() ? m.getRowLabels().get(c.getRow()) : "#" + c.getRow();
            String col = c.getColumn() < m.getColumnLabels().size() ? m.getColumnLabels().get(c.getColumn())
                    : "#" + c.getColumn();
            sb.append(shown == 0 ? " " : ", ").append(row).append('/').append(col).append(' ')
                    .append(String.format(Locale.ROOT, "%.4g", c.getValue()));
            shown++;
        }
        return sb.toString();
    }

    public Optional<Duration> duration() {
        return started == null || finished == null ? Optional.empty() : Optional.of(Duration.between(started, finished));
    }

    /** The folder of result matrices (results/NAME.csv). */
    public Path resultsFolder() {
        return folder.resolve("results");
    }
}
