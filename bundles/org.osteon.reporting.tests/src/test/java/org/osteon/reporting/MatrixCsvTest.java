package org.osteon.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.result.MatrixResult;

/** The result-table format: RFC 4180, awkward labels, exact values, no overwriting. */
class MatrixCsvTest {

    static final List<String> AWKWARD_ROWS = List.of("tibia <-> femur", "radius, ulna", "say \"hi\"",
            "two\nlines", " padded ", "", "#not a comment", "row");
    static final List<String> AWKWARD_COLUMNS = List.of("layer1,conv", "\"q\"", "\u00e9lan \u00fc", "x");

    static MatrixResult awkward() {
        double[][] values = new double[AWKWARD_ROWS.size()][AWKWARD_COLUMNS.size()];
        double[] pool = { 1.0 / 3, -2.5e-12, 1e300, Double.NaN, Double.POSITIVE_INFINITY, -0.0, Math.PI * 1e-9,
                0.1 + 0.2, Double.MIN_VALUE, -Double.MAX_VALUE, Double.NEGATIVE_INFINITY, 0.9999999999999999 };
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                values[r][c] = pool[(r * values[r].length + c) % pool.length] * (1 + r * 1e-7);
            }
        }
        return new MatrixResult("similarity.layer-4", "cosine similarity", AWKWARD_ROWS, AWKWARD_COLUMNS, values,
                "cosine");
    }

    @Test
    void roundTripRestoresLabelsAndBitExactValues(@TempDir Path dir) throws IOException {
        MatrixResult m = awkward();
        Path file = dir.resolve("similarity.layer-4.csv");
        MatrixCsvWriter.write(m, file);

        MatrixResult back = MatrixCsvReader.read(file);
        assertEquals("similarity.layer-4", back.name());
        assertEquals(AWKWARD_ROWS, back.rowLabels());
        assertEquals(AWKWARD_COLUMNS, back.columnLabels());
        for (int r = 0; r < AWKWARD_ROWS.size(); r++) {
            // assertArrayEquals compares doubles bit for bit: NaN equals NaN, -0.0 differs from 0.0
            assertArrayEquals(m.values()[r], back.values()[r], "row " + AWKWARD_ROWS.get(r));
        }
        assertEquals(m, MatrixCsvReader.read(file, m.name(), m.description(), m.unit()));
    }

    @Test
    void writesRfc4180(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        MatrixCsvWriter.write(new MatrixResult("t", "", List.of("tibia <-> femur", "say \"hi\""),
                List.of("a,b", "c"), new double[][] { { 0.5, -1e-10 }, { 2, 3 } }, ""), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("row,\"a,b\",c\r\n" + "tibia <-> femur,0.5,-1.0E-10\r\n" + "\"say \"\"hi\"\"\",2.0,3.0\r\n", text);
    }

    @Test
    void toCsvIsTheFileWriteWritesByteForByte(@TempDir Path dir) throws IOException {
        MatrixResult m = awkward();
        Path file = dir.resolve("t.csv");
        MatrixCsvWriter.write(m, file);
        assertArrayEquals(Files.readAllBytes(file), MatrixCsvWriter.toCsv(m).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTablesWrittenElsewhere(@TempDir Path dir) throws IOException {
        // LF line ends and quoting of every field, as spreadsheet exports often do
        Path file = dir.resolve("knee.csv");
        Files.writeString(file, "\"row\",\"MAE, mm\",\"PCK@2mm\"\n\"left <-> right\",\"1.25\",\"0.875\"\n"
                + "\"all\",\"-3e-2\",\"1\"\n", StandardCharsets.UTF_8);
        MatrixResult m = MatrixCsvReader.read(file);
        assertEquals("knee", m.name());
        assertEquals(List.of("left <-> right", "all"), m.rowLabels());
        assertEquals(List.of("MAE, mm", "PCK@2mm"), m.columnLabels());
        assertEquals(1.25, m.value("left <-> right", "MAE, mm").orElseThrow());
        assertEquals(-0.03, m.value(1, 0));
        assertEquals(1.0, m.value(1, 1));
    }

    @Test
    void refusesToOverwrite(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.csv");
        Files.writeString(file, "precious");
        MatrixResult m = new MatrixResult("m", "", List.of("r"), List.of("c"), new double[][] { { 1 } }, "");
        IOException e = assertThrows(IOException.class, () -> MatrixCsvWriter.write(m, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void createsTheFolder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results/m.csv");
        MatrixResult m = new MatrixResult("m", "", List.of("r"), List.of("c"), new double[][] { { 7.25 } }, "");
        MatrixCsvWriter.write(m, file);
        assertEquals(m, MatrixCsvReader.read(file));
    }

    @Test
    void rejectsMalformedTablesNamingRecordAndColumn(@TempDir Path dir) throws IOException {
        Path shortRow = dir.resolve("short.csv");
        Files.writeString(shortRow, "row,a,b\r\nx,1,2\r\ny,3\r\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsvReader.read(shortRow));
        assertTrue(e.getMessage().contains("record 3") && e.getMessage().contains("expected 3"), e.getMessage());

        Path notNumber = dir.resolve("word.csv");
        Files.writeString(notNumber, "row,a,b\r\nx,1,abc\r\n");
        e = assertThrows(InvalidInputException.class, () -> MatrixCsvReader.read(notNumber));
        assertTrue(e.getMessage().contains("'b'") && e.getMessage().contains("'abc'"), e.getMessage());

        Path noHeader = dir.resolve("nohead.csv");
        Files.writeString(noHeader, "x,1,2\r\n");
        e = assertThrows(InvalidInputException.class, () -> MatrixCsvReader.read(noHeader));
        assertTrue(e.getMessage().contains("record 1"), e.getMessage());

        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThrows(InvalidInputException.class, () -> MatrixCsvReader.read(empty));
    }
}
