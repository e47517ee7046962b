package org.osteon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;

import java.nio.file.Files;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.OsteonWorkspace;
import org.osteon.ui.testing.TestWorkbench;

class WorkbenchStartTest {

    @Test
    void windowTitleStartsWithOsteonAndThePerspectiveIsOsteons() {
        TestWorkbench.start();
        String title = ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
        assertTrue(title.startsWith("Osteon"), title);
        assertTrue(title.contains(TestWorkbench.workspace().toString()), title);
        assertEquals(OsteonViews.PERSPECTIVE, ui(() -> TestWorkbench.page().getPerspective().getId()));
    }

    @Test
    void theBundledExamplesAreOfferedInTheWorkspace() {
        TestWorkbench.start();
        assertTrue(Files.isRegularFile(OsteonWorkspace.current().examplesFolder().resolve("knee-ct/similarity.osteon")));
        assertTrue(OsteonWorkspace.current().experiments().stream()
                .anyMatch(p -> p.endsWith("examples/knee-ct/similarity.osteon")));
    }

    @Test
    void theWholeWindowScreenshotIsNotBlank() {
        TestWorkbench.start();
        Shell shell = ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(shell, "workbench");
        assertTrue(shot.data().width > 600 && shot.data().height > 400, shot.data().width + "x" + shot.data().height);
        assertTrue(shot.distinctColours() > 8, "the screenshot looks blank: " + shot.distinctColours() + " colours");
    }
}
