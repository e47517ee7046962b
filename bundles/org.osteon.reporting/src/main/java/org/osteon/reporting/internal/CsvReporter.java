package org.osteon.reporting.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osteon.core.report.Reporter;
import org.osteon.core.report.RunReport;
import org.osteon.core.result.MatrixResult;
import org.osteon.reporting.MatrixCsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code org.osteon.reporting.csv}: writes {@code results/<matrix>.csv} for every result matrix of the run,
 * in the format of {@link MatrixCsvWriter}.
 * <p>
 * All target files are checked before the first is written, so a clash (an existing file, two matrices with
 * the same name) leaves the run folder as it was; if a write fails midway, the tables already written by this
 * call are removed again.
 */
public final class CsvReporter implements Reporter {

    /** The folder of the run that holds the tables. */
    public static final String RESULTS_FOLDER = "results";

    private static final Logger LOG = LoggerFactory.getLogger(CsvReporter.class);

    @Override
    public List<String> report(RunReport run, Path runDirectory) throws IOException {
        Set<String> names = new HashSet<>();
        for (MatrixResult matrix : run.matrices()) {
            String relative = relativePath(matrix);
            if (!names.add(matrix.name())) {
                throw new IOException("two result matrices are named '" + matrix.name() + "'; each needs its own "
                        + runDirectory.resolve(relative));
            }
            Path file = runDirectory.resolve(relative);
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString(), null,
                        "will not overwrite the existing table " + file + " of matrix " + matrix.name());
            }
        }
        List<String> written = new ArrayList<>(run.matrices().size());
        boolean complete = false;
        try {
            for (MatrixResult matrix : run.matrices()) {
                String relative = relativePath(matrix);
                MatrixCsvWriter.write(matrix, runDirectory.resolve(relative));
                written.add(relative);
            }
            complete = true;
        } finally {
            if (!complete) {
                for (String relative : written) {
                    Files.deleteIfExists(runDirectory.resolve(relative));
                }
            }
        }
        LOG.debug("wrote {} result table(s) of run {}", written.size(), run.runId());
        return List.copyOf(written);
    }

    /** {@code results/<name>.csv}, with '/' as separator whatever the platform. */
    static String relativePath(MatrixResult matrix) {
        return RESULTS_FOLDER + "/" + MatrixCsvWriter.fileName(matrix);
    }
}
