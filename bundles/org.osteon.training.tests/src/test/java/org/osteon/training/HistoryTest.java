package org.osteon.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    @TempDir
    Path dir;

    @Test
    void rowsRoundTripBitExactWithEmptyCellsForMetricsASplitLacks() throws IOException {
        Path file = dir.resolve("results/history.csv");
        History h = new History(file, List.of("accuracy", "kappa"));
        double loss = 0.1 + 0.2; // 0.30000000000000004: needs all 17 digits
        h.add(new History.Row(1, "train", loss, Map.of("accuracy", 0.75), 1e-3, 1.23456));
        h.add(new History.Row(1, "valid", 0.6931471805599453, Map.of("accuracy", 0.5, "kappa", -0.125), 1e-3, 0.5));
        List<String> lines = Files.readAllLines(file);
        assertEquals("epoch,split,loss,accuracy,kappa,lr,seconds", lines.get(0));
        assertEquals("1,train,0.30000000000000004,0.75,,0.001,1.235", lines.get(1));
        List<History.Row> back = History.read(file);
        assertEquals(2, back.size());
        assertEquals(Double.doubleToRawLongBits(loss), Double.doubleToRawLongBits(back.get(0).loss()));
        assertTrue(back.get(0).metric("kappa").isEmpty());
        assertEquals(-0.125, back.get(1).metric("kappa").getAsDouble());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void resumingDropsTheRowsAfterTheCheckpointsEpoch() {
        Path file = dir.resolve("history.csv");
        History h = new History(file, List.of("accuracy"));
        for (int e = 1; e <= 3; e++) {
            h.add(new History.Row(e, "train", 1.0 / e, Map.of(), 0.1, 1));
            h.add(new History.Row(e, "valid", 2.0 / e, Map.of("accuracy", e / 10.0), 0.1, 1));
        }
        History resumed = History.resume(file, List.of("accuracy"), 2);
        assertEquals(4, resumed.rows().size());
        resumed.add(new History.Row(3, "train", 9, Map.of(), 0.1, 1));
        List<History.Row> rows = History.read(file);
        assertEquals(List.of(1, 1, 2, 2, 3), rows.stream().map(History.Row::epoch).toList());
        assertEquals(9.0, rows.get(4).loss());
        assertTrue(History.resume(dir.resolve("absent.csv"), List.of(), 5).rows().isEmpty());
    }
}
