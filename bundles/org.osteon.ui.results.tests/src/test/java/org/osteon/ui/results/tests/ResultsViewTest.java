package org.osteon.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.testing.TestWorkbench.uiRun;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.reporting.MatrixCsvWriter;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.results.HeatColours;
import org.osteon.ui.results.internal.CurvesView;
import org.osteon.ui.results.internal.ReportView;
import org.osteon.ui.results.internal.ResultsView;
import org.osteon.ui.testing.TestWorkbench;

class ResultsViewTest {

    private static ResultsView showResults(Path run) {
        TestWorkbench.start();
        ResultsView view = ui(() -> (ResultsView) TestWorkbench.page().showView(OsteonViews.RESULTS));
        uiRun(() -> OsteonUi.focusRun(run));
        return view;
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    @Test
    void everyCellReadsAsTheEnginesCsvWithTheIntervalAndTheMaxCellIsHotterThanTheMin(@TempDir Path dir)
            throws Exception {
        Path run = dir.resolve("knee-ct-20240101-000000-abcd");
        Path csv = FakeRun.write(run);
        ResultsView view = showResults(run);

        assertEquals(List.of(FakeRun.MATRIX, "dice"), ui(view::matrixNames));
        uiRun(() -> view.select(FakeRun.MATRIX));
        List<CSVRecord> records = records(csv);
        assertEquals(4, records.size(), "header and 3 rows");
        Table table = ui(() -> view.viewer().getTable());
        assertEquals(3, (int) ui(table::getItemCount));
        for (int c = 0; c < 3; c++) {
            int column = c;
            assertEquals(records.get(0).get(c + 1), ui(() -> table.getColumn(column + 1).getText()));
        }
        for (int r = 0; r < 3; r++) {
            int row = r;
            assertEquals(records.get(r + 1).get(0), ui(() -> table.getItem(row).getText(0)), "row label " + r);
            for (int c = 0; c < 3; c++) {
                int column = c;
                String expected = records.get(r + 1).get(c + 1);
                if (r == 0 && c == 0) {
                    expected += " [" + FakeRun.LOWER + ", " + FakeRun.UPPER + "]";
                }
                assertEquals(expected, ui(() -> view.cellText(row, column)), "cell " + r + "," + c);
            }
        }
        assertEquals("-2.5E-12", ui(() -> view.cellText(FakeRun.MIN_ROW, FakeRun.MIN_COLUMN)));

        RGB max = ui(() -> view.cellBackground(FakeRun.MAX_ROW, FakeRun.MAX_COLUMN));
        RGB min = ui(() -> view.cellBackground(FakeRun.MIN_ROW, FakeRun.MIN_COLUMN));
        assertNotNull(max);
        assertNotEquals(max, min);
        assertEquals(rgb(HeatColours.colour(1.0)), max);
        assertEquals(rgb(HeatColours.colour(0.0)), min);

        // on screen, too: the view maximized, both ends of the colour map are painted
        uiRun(() -> TestWorkbench.page().setPartState(TestWorkbench.page().getReference(view),
                IWorkbenchPage.STATE_MAXIMIZED));
        try {
            TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(() -> table.getParent()), "results-matrix");
            assertTrue(shot.distinctColours() > 8, "the screenshot looks blank: " + shot.distinctColours() + " colours");
            assertTrue(pixelsLike(shot.data(), max) > 200, "pixels of the max cell's colour " + max);
            assertTrue(pixelsLike(shot.data(), min) > 200, "pixels of the min cell's colour " + min);
        } finally {
            uiRun(() -> TestWorkbench.page().setPartState(TestWorkbench.page().getReference(view),
                    IWorkbenchPage.STATE_RESTORED));
        }
    }

    @Test
    void copyAsCsvCopiesTheEnginesFileByteForByte(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("knee-ct-20240101-000000-abce");
        Path csv = FakeRun.write(run);
        ResultsView view = showResults(run);
        uiRun(() -> view.select(FakeRun.MATRIX));

        byte[] file = Files.readAllBytes(csv);
        assertArrayEquals(file, ui(view::csv).getBytes(StandardCharsets.UTF_8));
        assertTrue(ui(view::csv).contains("\"tibia, proximal\""), "RFC 4180 quoting: " + ui(view::csv));

        uiRun(() -> action(view, ResultsView.COPY_CSV).getAction().run());
        String copied = ui(() -> {
            Clipboard clipboard = new Clipboard(view.viewer().getControl().getDisplay());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        });
        assertArrayEquals(file, copied.getBytes(StandardCharsets.UTF_8), "clipboard: " + copied);
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(() -> view.viewer().getControl().getParent()),
                "results-view");
        assertTrue(shot.distinctColours() > 8, "the screenshot looks blank: " + shot.distinctColours() + " colours");
    }

    @Test
    void aRunInProgressShowsTheTablesWrittenSoFar(@TempDir Path dir) throws Exception {
        Path partial = dir.resolve(".knee-ct-20240101-000000-abcf.partial");
        Path csv = partial.resolve("results").resolve(MatrixCsvWriter.fileName(FakeRun.matrix()));
        MatrixCsvWriter.write(FakeRun.matrix(), csv);
        FakeRun.addEpoch(FakeRun.history(partial), 1); // history.csv is not a result matrix
        ResultsView view = showResults(partial);

        assertEquals(List.of(FakeRun.MATRIX), ui(view::matrixNames));
        List<CSVRecord> records = records(csv);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int row = r;
                int column = c;
                assertEquals(records.get(r + 1).get(c + 1), ui(() -> view.cellText(row, column)), "cell " + r + "," + c);
            }
        }
        assertArrayEquals(Files.readAllBytes(csv), ui(view::csv).getBytes(StandardCharsets.UTF_8));
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(() -> view.viewer().getControl()),
                "results-in-progress");
        assertTrue(shot.distinctColours() > 8, "the screenshot looks blank: " + shot.distinctColours() + " colours");
    }

    @Test
    void itsActionsOpenTheCurvesAndReportOfTheSameRun(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("knee-ct-20240101-000000-abd0");
        FakeRun.write(run);
        ResultsView view = showResults(run);

        uiRun(() -> action(view, ResultsView.SHOW_CURVES).getAction().run());
        CurvesView curves = ui(() -> (CurvesView) TestWorkbench.page().findView(OsteonViews.CURVES));
        assertNotNull(curves, "the curves view is open");
        assertEquals(run, ui(curves::folder));
        uiRun(() -> action(view, ResultsView.SHOW_REPORT).getAction().run());
        ReportView report = ui(() -> (ReportView) TestWorkbench.page().findView(OsteonViews.REPORT));
        assertNotNull(report, "the report view is open");
        assertTrue(ui(() -> report.fallbackText() + report.shownFile()).contains(run.getFileName().toString()));
        ui(() -> TestWorkbench.page().showView(OsteonViews.RESULTS));
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(
                ui(() -> TestWorkbench.page().getWorkbenchWindow().getShell()), "results-workbench");
        assertTrue(shot.distinctColours() > 8, "the screenshot looks blank: " + shot.distinctColours() + " colours");
    }

    private static ActionContributionItem action(ResultsView view, String id) {
        return (ActionContributionItem) view.getViewSite().getActionBars().getToolBarManager().find(id);
    }

    private static RGB rgb(int packed) {
        return new RGB(packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF);
    }

    /** The number of pixels within 8 of {@code colour} in each channel. */
    private static int pixelsLike(ImageData data, RGB colour) {
        int n = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB p = data.palette.getRGB(data.getPixel(x, y));
                if (Math.abs(p.red - colour.red) <= 8 && Math.abs(p.green - colour.green) <= 8
                        && Math.abs(p.blue - colour.blue) <= 8) {
                    n++;
                }
            }
        }
        return n;
    }
}
