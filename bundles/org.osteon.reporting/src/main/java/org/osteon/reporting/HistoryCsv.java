package org.osteon.reporting;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osteon.core.InvalidInputException;

/**
 * Reads {@code results/history.csv}: the header is {@code epoch,split,loss,<metric columns...>,lr,seconds};
 * every column between {@code loss} and {@code lr} is a metric. Empty cells read as NaN.
 */
public final class HistoryCsv {

    private static final List<String> FIXED = List.of("epoch", "split", "loss");

    private HistoryCsv() {
    }

    public static List<HistoryRow> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            List<String> header = csv.getHeaderNames();
            if (header.size() < 5 || !header.subList(0, 3).equals(FIXED)
                    || !header.subList(header.size() - 2, header.size()).equals(List.of("lr", "seconds"))) {
                throw new InvalidInputException(file + ": header " + header
                        + " is not a training history; expected epoch,split,loss,<metrics...>,lr,seconds");
            }
            List<String> metrics = header.subList(3, header.size() - 2);
            List<HistoryRow> rows = new ArrayList<>();
            for (CSVRecord r : csv) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (String m : metrics) {
                    values.put(m, number(file, r, m));
                }
                rows.add(new HistoryRow((int) number(file, r, "epoch"), r.get("split"), number(file, r, "loss"),
                        values, number(file, r, "lr"), number(file, r, "seconds")));
            }
            return List.copyOf(rows);
        }
    }

    private static double number(Path file, CSVRecord r, String column) {
        String v = r.get(column).strip();
        if (v.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + " line " + r.getRecordNumber() + ": column " + column + " is '"
                    + v + "', expected a number");
        }
    }
}
