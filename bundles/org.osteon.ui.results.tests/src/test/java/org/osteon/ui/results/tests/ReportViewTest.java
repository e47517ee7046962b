package org.osteon.ui.results.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.testing.TestWorkbench.uiRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.results.internal.ReportView;
import org.osteon.ui.testing.TestWorkbench;

class ReportViewTest {

    /** Whether SWT can embed a browser here, found the way the view finds it. */
    private static ReportView.Mode platformMode() {
        return ui(() -> {
            Shell shell = new Shell();
            try {
                new Browser(shell, SWT.NONE);
                return ReportView.Mode.EMBEDDED;
            } catch (SWTError e) {
                return ReportView.Mode.OUTSIDE;
            } finally {
                shell.dispose();
            }
        });
    }

    @Test
    void showsTheFocusedRunsReportEmbeddedOrNamesItForOpeningOutside(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("knee-ct-20240101-000000-abcd");
        FakeRun.write(run);
        Path report = run.resolve("report.html");
        Files.writeString(report, "<html><body><h1>knee-ct</h1><p>similarity.layer-2: 0.875</p></body></html>");
        TestWorkbench.start();
        uiRun(() -> OsteonUi.focusRun(run));
        ReportView view = ui(() -> (ReportView) TestWorkbench.page().showView(OsteonViews.REPORT));

        ReportView.Mode expected = platformMode();
        assertEquals(expected, ui(view::mode));
        assertEquals(Optional.of(report), ui(view::shownFile));
        if (expected == ReportView.Mode.OUTSIDE) {
            String text = ui(view::fallbackText);
            assertTrue(text.contains(report.toString()), text);
            assertTrue(text.contains("Open report.html"), text);
        } else {
            TestWorkbench.waitUntil("the report loaded", TestWorkbench.seconds(20),
                    () -> view.browser().getUrl().endsWith("report.html"));
        }
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(view::control), "report-" + expected.name().toLowerCase());
        assertTrue(shot.distinctColours() > 2, "the screenshot looks blank: " + shot.distinctColours() + " colours");

        // a run without a report (one in progress): nothing shown, and the view says so
        Path partial = dir.resolve(".knee-ct-20240101-000000-abce.partial");
        Files.createDirectories(partial);
        uiRun(() -> OsteonUi.focusRun(partial));
        assertEquals(Optional.empty(), ui(view::shownFile));
        if (expected == ReportView.Mode.OUTSIDE) {
            assertTrue(ui(view::fallbackText).contains("No report.html (yet) in " + partial), ui(view::fallbackText));
        }
    }
}
