package org.osteon.reporting;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osteon.core.InvalidInputException;
import org.osteon.core.result.MatrixResult;

/**
 * Reads a table written by {@link MatrixCsvWriter} back into a {@link MatrixResult}, for instance to check
 * that a re-run reproduces the numbers of an earlier one.
 */
public final class MatrixCsvReader {

    private MatrixCsvReader() {
    }

    /**
     * Reads {@code file}; the matrix is named after the file (without {@code .csv}) and has no description and
     * no unit.
     */
    public static MatrixResult read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
        return read(file, name, "", "");
    }

    /**
     * Reads {@code file} into a matrix with the given name, description and unit.
     *
     * @throws InvalidInputException if the file is not such a table (no header, a row of the wrong length, a
     *                               value that is not a number); the message names the file and the record
     *                               (the header is record 1)
     */
    public static MatrixResult read(Path file, String name, String description, String unit) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = MatrixCsvWriter.FORMAT.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(file + " is empty; expected a header row '"
                        + MatrixCsvWriter.ROW_HEADER + ",<column labels...>'");
            }
            CSVRecord header = records.next();
            if (header.size() < 1 || !MatrixCsvWriter.ROW_HEADER.equals(header.get(0))) {
                throw new InvalidInputException(file + " record 1: expected the header to start with '"
                        + MatrixCsvWriter.ROW_HEADER + "', found '" + (header.size() < 1 ? "" : header.get(0)) + "'");
            }
            List<String> columns = header.toList().subList(1, header.size());
            List<String> rows = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != header.size()) {
                    throw new InvalidInputException(file + " record " + record.getRecordNumber() + ": "
                            + record.size() + " fields, expected " + header.size() + " (a row label and "
                            + columns.size() + " values)");
                }
                rows.add(record.get(0));
                double[] row = new double[columns.size()];
                for (int c = 0; c < row.length; c++) {
                    String text = record.get(c + 1);
                    try {
                        row[c] = Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException(file + " record " + record.getRecordNumber()
                                + ", column '" + columns.get(c) + "': '" + text + "' is not a number", e);
                    }
                }
                values.add(row);
            }
            try {
                return new MatrixResult(name, description, rows, columns, values.toArray(double[][]::new), unit);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(file + ": " + e.getMessage(), e);
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            // commons-csv reports malformed quoting while iterating as an unchecked exception
            throw new InvalidInputException(file + " is not a valid RFC 4180 table: " + e.getMessage(), e);
        }
    }
}
