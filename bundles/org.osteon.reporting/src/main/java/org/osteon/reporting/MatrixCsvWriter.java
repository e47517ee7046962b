package org.osteon.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osteon.core.result.MatrixResult;

/**
 * Writes a {@link MatrixResult} as an RFC 4180 table (UTF-8, CRLF line ends, fields quoted where needed).
 * <p>
 * The header row holds {@value #ROW_HEADER} and then the column labels; each following row holds a row label
 * and that row's values. Values are written with {@link Double#toString(double)}, the shortest decimal that
 * parses back to exactly the same double, so {@link MatrixCsvReader} restores them bit for bit (NaN and
 * infinities as {@code NaN}, {@code Infinity}, {@code -Infinity}). Name, description and unit are not part of
 * the table: they are recorded in the run and the HTML report.
 */
public final class MatrixCsvWriter {

    /** First cell of the header row, above the row labels. */
    public static final String ROW_HEADER = "row";

    /** The dialect shared by writer and reader. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private MatrixCsvWriter() {
    }

    /** The file name of a matrix's table: {@code <name>.csv}. */
    public static String fileName(MatrixResult matrix) {
        return matrix.name() + ".csv";
    }

    /**
     * Prints {@code matrix} to {@code out} exactly as {@link #write(MatrixResult, Path)} writes its file, for
     * instance to copy a table to the clipboard.
     */
    public static void print(MatrixResult matrix, Appendable out) throws IOException {
        try (CSVPrinter printer = FORMAT.print(out)) {
            List<String> header = new ArrayList<>(matrix.columnLabels().size() + 1);
            header.add(ROW_HEADER);
            header.addAll(matrix.columnLabels());
            printer.printRecord(header);
            List<String> record = new ArrayList<>(header.size());
            for (int r = 0; r < matrix.rowLabels().size(); r++) {
                record.clear();
                record.add(matrix.rowLabels().get(r));
                for (int c = 0; c < matrix.columnLabels().size(); c++) {
                    record.add(Double.toString(matrix.value(r, c)));
                }
                printer.printRecord(record);
            }
        }
    }

    /** The table of {@code matrix} as {@link #write(MatrixResult, Path)} writes it. */
    public static String toCsv(MatrixResult matrix) {
        StringBuilder sb = new StringBuilder();
        try {
            print(matrix, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * Writes {@code matrix} to a new file {@code file}; creates missing parent folders.
     *
     * @throws IOException if {@code file} already exists (it is left untouched) or cannot be written; a
     *                     partly written file is removed
     */
    public static void write(MatrixResult matrix, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Writer out;
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null,
                    "will not overwrite the existing table " + file + " of matrix " + matrix.name());
        }
        boolean complete = false;
        try (out) {
            print(matrix, out);
            complete = true;
        } finally {
            if (!complete) {
                Files.deleteIfExists(file);
            }
        }
    }
}
