package org.osteon.training;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.osteon.core.InvalidInputException;

/**
 * The per-epoch record of a training, {@code results/history.csv}: one row per epoch and split with the
 * columns {@code epoch, split, loss, <metric names...>, lr, seconds}. Epochs count from 1. Numbers are
 * written as Java's shortest exact decimal, so a value read back is bit-identical; a metric a split does not
 * compute is an empty cell. The file is rewritten whole (beside it, then moved into place) after each
 * epoch, so it never holds half a row, and a resumed run drops the rows after its checkpoint's epoch.
 */
public final class History {

    /** The fixed leading and trailing columns. */
    public static final List<String> LEADING = List.of("epoch", "split", "loss");
    public static final List<String> TRAILING = List.of("lr", "seconds");

    /** One epoch of one split ("train", "valid"). */
    public record Row(int epoch, String split, double loss, Map<String, Double> metrics, double lr, double seconds) {

        public Row {
            Objects.requireNonNull(split, "split");
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }

        public OptionalDouble metric(String name) {
            Double v = metrics.get(name);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    }

    private final Path file;
    private final List<String> metricNames;
    private final List<Row> rows = new ArrayList<>();

    /** A new, empty history with these metric columns (in this order), written to {@code file} on each {@link #add}. */
    public History(Path file, List<String> metricNames) {
        this.file = Objects.requireNonNull(file);
        this.metricNames = List.copyOf(metricNames);
        for (String m : this.metricNames) {
            if (LEADING.contains(m) || TRAILING.contains(m)) {
                throw new IllegalArgumentException("metric name " + m + " collides with a fixed history column");
            }
        }
    }

    /**
     * The history of {@code file} up to and including epoch {@code lastEpoch} (the rows of a cancelled
     * epoch after the checkpoint are dropped), to be continued; a missing file gives an empty history.
     */
    public static History resume(Path file, List<String> metricNames, int lastEpoch) {
        History h = new History(file, metricNames);
        for (Row r : read(file)) {
            if (r.epoch() <= lastEpoch) {
                h.rows.add(r);
            }
        }
        return h;
    }

    public Path file() {
        return file;
    }

    public List<String> metricNames() {
        return metricNames;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Appends {@code row} and rewrites the file. */
    public void add(Row row) {
        for (String m : row.metrics().keySet()) {
            if (!metricNames.contains(m)) {
                throw new IllegalArgumentException("metric " + m + " is not a column of this history " + metricNames);
            }
        }
        rows.add(row);
        write();
    }

    /** The columns, in file order. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(LEADING);
        c.addAll(metricNames);
        c.addAll(TRAILING);
        return c;
    }

    private void write() {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord(columns());
            for (Row r : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(r.epoch()));
                cells.add(r.split());
                cells.add(Double.toString(r.loss()));
                for (String m : metricNames) {
                    Double v = r.metrics().get(m);
                    cells.add(v == null ? "" : Double.toString(v));
                }
                cells.add(Double.toString(r.lr()));
                cells.add(String.format(java.util.Locale.ROOT, "%.3f", r.seconds()));
                p.printRecord(cells);
            }
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
            try {
                Files.writeString(tmp, out.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the training history " + file, e);
        }
    }

    /** The rows of a history file (empty when it does not exist). */
    public static List<Row> read(Path file) {
        List<Row> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterable<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            for (CSVRecord rec : records) {
                List<String> header = rec.getParser().getHeaderNames();
                Map<String, Double> metrics = new LinkedHashMap<>();
                for (String h : header) {
                    if (!LEADING.contains(h) && !TRAILING.contains(h) && !rec.get(h).isEmpty()) {
                        metrics.put(h, Double.parseDouble(rec.get(h)));
                    }
                }
                out.add(new Row(Integer.parseInt(rec.get("epoch")), rec.get("split"), Double.parseDouble(rec.get("loss")), metrics,
                        Double.parseDouble(rec.get("lr")), Double.parseDouble(rec.get("seconds"))));
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("training history " + file + " cannot be read: " + e.getMessage(), e);
        }
        return out;
    }
}
