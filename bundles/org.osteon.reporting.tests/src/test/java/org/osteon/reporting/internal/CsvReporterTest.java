package org.osteon.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.result.MatrixResult;
import org.osteon.reporting.MatrixCsvReader;

class CsvReporterTest {

    @Test
    void writesOneTablePerMatrixAndReturnsExactlyThose(@TempDir Path run) throws IOException {
        List<MatrixResult> matrices = List.of(Fixtures.similarity(), Fixtures.error());
        List<String> written = new CsvReporter().report(Fixtures.run(matrices), run);

        assertEquals(List.of("results/similarity.csv", "results/landmark-error.csv"), written);
        assertEquals(written.stream().sorted().toList(), Fixtures.files(run));
        for (int i = 0; i < matrices.size(); i++) {
            MatrixResult m = matrices.get(i);
            assertEquals(m, MatrixCsvReader.read(run.resolve(written.get(i)), m.name(), m.description(), m.unit()));
        }
    }

    @Test
    void runWithoutMatricesWritesNothing(@TempDir Path run) throws IOException {
        assertEquals(List.of(), new CsvReporter().report(Fixtures.run(List.of()), run));
        assertEquals(List.of(), Fixtures.files(run));
    }

    @Test
    void anExistingTableStopsTheReporterBeforeItWritesAnything(@TempDir Path run) throws IOException {
        Path existing = run.resolve("results/landmark-error.csv");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "earlier run");

        IOException e = assertThrows(IOException.class,
                () -> new CsvReporter().report(Fixtures.run(List.of(Fixtures.similarity(), Fixtures.error())), run));
        assertTrue(e.getMessage().contains("landmark-error.csv"), e.getMessage());
        assertEquals("earlier run", Files.readString(existing));
        assertEquals(List.of("results/landmark-error.csv"), Fixtures.files(run));
    }

    @Test
    void twoMatricesWithOneNameAreRefused(@TempDir Path run) {
        IOException e = assertThrows(IOException.class, () -> new CsvReporter()
                .report(Fixtures.run(List.of(Fixtures.error(), Fixtures.error())), run));
        assertTrue(e.getMessage().contains("landmark-error"), e.getMessage());
        assertEquals(List.of(), Fixtures.files(run));
    }
}
