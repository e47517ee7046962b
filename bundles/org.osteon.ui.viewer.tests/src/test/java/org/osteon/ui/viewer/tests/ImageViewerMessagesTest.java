package org.osteon.ui.viewer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertNotBlank;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.io.NiftiWriter;
import org.osteon.ui.testing.TestWorkbench;
import org.osteon.ui.viewer.ImageViewerView;

class ImageViewerMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aFileNoReaderReadsIsNamedWithWhatWasExpected() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.xyz"), "not an image");
        ImageViewerView view = ViewerFixtures.showViewer();
        assertFalse(ui(() -> view.open(notes)));
        String message = ui(view::message);
        assertTrue(message.contains(notes.toString()), message);
        assertTrue(message.contains("no installed reader") && message.contains("*.nii.gz") && message.contains("*.png"),
                message);
        assertTrue(ui(view::messageIsError));
        Composite whole = ui(() -> view.pane().getParent().getParent());
        assertNotBlank(ViewerFixtures.shot(view, whole, "viewer-message-no-reader"), 3);
    }

    @Test
    void aCorruptFileAndAnOverlayOfAnotherSizeAreReportedAndTheImageStays() throws Exception {
        Path corrupt = Files.write(dir.resolve("broken.nii"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path volume = ViewerFixtures.writeVolume(dir);
        short[] small = new short[8 * 8 * 8];
        Path otherSize = dir.resolve("small-labels.nii.gz");
        new NiftiWriter().write(new LabelMap(new GridSize(8, 8, 8), ViewerFixtures.GEOMETRY, small), otherSize);
        ImageViewerView view = ViewerFixtures.showViewer();

        assertFalse(ui(() -> view.open(corrupt)));
        String corruptMessage = ui(view::message);
        assertTrue(corruptMessage.contains("broken.nii"), corruptMessage);
        assertFalse(corruptMessage.contains("Exception"), corruptMessage);

        assertTrue(ui(() -> view.open(volume)), () -> ui(view::message));
        assertFalse(ui(() -> view.openOverlay(otherSize)));
        String sizeMessage = ui(view::message);
        assertTrue(sizeMessage.contains("small-labels.nii.gz") && sizeMessage.contains("8 x 8 x 8")
                && sizeMessage.contains("24 x 20 x 16"), sizeMessage);
        assertTrue(ui(view::messageIsError));
        // the image is still shown, without an overlay
        assertEquals(16, ui(view::sliceCount));
        Composite whole = ui(() -> view.pane().getParent().getParent());
        assertNotBlank(ViewerFixtures.shot(view, whole, "viewer-message-overlay-size"), 4);

        Path missing = dir.resolve("missing.nii.gz");
        assertFalse(ui(() -> view.openOverlay(missing)));
        assertTrue(ui(view::message).contains("missing.nii.gz") && ui(view::message).contains("no such file"),
                ui(view::message));
    }
}
