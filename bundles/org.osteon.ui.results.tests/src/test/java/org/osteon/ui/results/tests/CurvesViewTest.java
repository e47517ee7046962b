package org.osteon.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.testing.TestWorkbench.uiRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.training.History;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.results.internal.CurvesView;
import org.osteon.ui.testing.TestWorkbench;

class CurvesViewTest {

    @Test
    void theCurvesGrowWhileTheRunTrainsAndFollowItToItsFinalFolder(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("knee-seg-20240101-000000-abcd");
        Path partial = dir.resolve("." + target.getFileName() + ".partial");
        History history = FakeRun.history(partial);
        for (int e = 1; e <= 3; e++) {
            FakeRun.addEpoch(history, e);
        }
        TestWorkbench.start();
        uiRun(() -> OsteonUi.focusRun(partial));
        CurvesView view = ui(() -> (CurvesView) TestWorkbench.page().showView(OsteonViews.CURVES));

        assertEquals(partial, ui(view::folder));
        assertEquals(3, (int) ui(view::pointCount));
        Map<String, double[]> series = ui(view::series);
        assertEquals(List.of("train loss", "valid loss", "valid dice", "lr"), List.copyOf(series.keySet()),
                "train has no dice: no such series");
        for (int e = 1; e <= 3; e++) {
            assertEquals(FakeRun.trainLoss(e), series.get("train loss")[e - 1]);
            assertEquals(FakeRun.validLoss(e), series.get("valid loss")[e - 1]);
            assertEquals(FakeRun.dice(e), series.get("valid dice")[e - 1]);
        }
        assertFalse(ui(view::visibleSeries).contains("lr"), "the learning rate is off by default");
        TestWorkbench.Screenshot three = TestWorkbench.screenshot(ui(view::canvas), "curves-3-epochs");
        assertTrue(three.distinctColours() > 4, "the screenshot looks blank: " + three.distinctColours() + " colours");

        // two more epochs, as the trainer writes them: the view reads them without being told
        FakeRun.addEpoch(history, 4);
        FakeRun.addEpoch(history, 5);
        TestWorkbench.waitUntil("5 epochs drawn", TestWorkbench.seconds(10), () -> view.pointCount() == 5);
        series = ui(view::series);
        assertEquals(FakeRun.dice(5), series.get("valid dice")[4]);
        assertEquals(FakeRun.validLoss(4), series.get("valid loss")[3]);
        TestWorkbench.Screenshot five = TestWorkbench.screenshot(ui(() -> view.canvas().getParent()),
                "curves-5-epochs"); // with the check list of series
        assertTrue(five.distinctColours() > 4, "the screenshot looks blank: " + five.distinctColours() + " colours");
        assertFalse(java.util.Arrays.equals(three.data().data, five.data().data), "the plot changed");

        // hiding a series keeps its values but stops drawing it
        uiRun(() -> view.setVisible("valid dice", false));
        assertFalse(ui(view::visibleSeries).contains("valid dice"));
        uiRun(() -> view.setVisible("valid dice", true));

        // the run ends: its hidden folder becomes the final one, which the view follows
        Files.move(partial, target);
        TestWorkbench.waitUntil("the final folder followed", TestWorkbench.seconds(10),
                () -> target.equals(view.folder()));
        assertEquals(5, (int) ui(view::pointCount));
    }
}
