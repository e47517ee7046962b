package org.osteon.ui.viewer.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.io.NiftiWriter;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.testing.TestWorkbench;
import org.osteon.ui.viewer.ImageViewerView;

/**
 * A small CT-like volume with known voxels and its label map: 24 x 20 x 16 voxels of 1 x 1 x 2 mm, value
 * {@code -1000 + 100 x} HU; a femur block (label 1) at x 4..9, y 4..9, z 8..12 and a tibia block (label 2) at
 * x 14..19, y 10..15, z 3..7.
 */
final class ViewerFixtures {

    static final GridSize SIZE = new GridSize(24, 20, 16);
    static final Geometry GEOMETRY = Geometry.of(1, 1, 2);

    private ViewerFixtures() {
    }

    static float value(int x, int y, int z) {
        return -1000 + 100 * x + 5 * y;
    }

    static Path writeVolume(Path dir) throws IOException {
        float[] data = new float[SIZE.voxelCount()];
        for (int z = 0; z < SIZE.nz(); z++) {
            for (int y = 0; y < SIZE.ny(); y++) {
                for (int x = 0; x < SIZE.nx(); x++) {
                    data[SIZE.index(x, y, z)] = value(x, y, z);
                }
            }
        }
        Path file = dir.resolve("knee.nii.gz");
        new NiftiWriter().write(new Volume(SIZE, GEOMETRY, data), file);
        return file;
    }

    static LabelMap labels() {
        short[] labels = new short[SIZE.voxelCount()];
        fill(labels, 1, 4, 9, 4, 9, 8, 12);
        fill(labels, 2, 14, 19, 10, 15, 3, 7);
        return new LabelMap(SIZE, GEOMETRY, labels);
    }

    static Path writeLabels(Path file) throws IOException {
        new NiftiWriter().write(labels(), file);
        return file;
    }

    private static void fill(short[] labels, int label, int x0, int x1, int y0, int y1, int z0, int z1) {
        for (int z = z0; z <= z1; z++) {
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    labels[SIZE.index(x, y, z)] = (short) label;
                }
            }
        }
    }

    /** Shows the image viewer (started workbench) and returns it. */
    static ImageViewerView showViewer() {
        TestWorkbench.start();
        IWorkbenchPage page = TestWorkbench.page();
        ImageViewerView view = ui(() -> (ImageViewerView) page.showView(OsteonViews.IMAGE_VIEWER));
        TestWorkbench.settle();
        return view;
    }

    /** A screenshot of the view's image pane once it has painted its current slice. */
    static TestWorkbench.Screenshot shot(ImageViewerView view, String name) {
        return shot(view, ui(view::pane), name);
    }

    /** A screenshot of {@code control} (of the view) once the pane has painted its current slice. */
    static TestWorkbench.Screenshot shot(ImageViewerView view, Control control, String name) {
        TestWorkbench.waitUntil("the image pane to paint", TestWorkbench.seconds(10), view::painted);
        try {
            Thread.sleep(150); // what was painted reaches the X server's screen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TestWorkbench.screenshot(control, name);
    }

    /** The grey the viewer draws for {@code value} in window low..high. */
    static int grey(double value, double low, double high) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, (value - low) / (high - low))));
    }

    /** round((1 - a) * grey + a * colour) with a = 0.5, the default overlay opacity. */
    static int blend(int grey, int colour) {
        return (int) Math.round(0.5 * grey + 0.5 * colour);
    }

    static RGB at(TestWorkbench.Screenshot shot, Point p) {
        return shot.data().palette.getRGB(shot.data().getPixel(p.x, p.y));
    }

    static void assertRedDominant(RGB c, String where) {
        assertTrue(c.red > c.green + 50 && c.red > c.blue + 50, where + " should be red-dominant: " + c);
    }

    static void assertGreenDominant(RGB c, String where) {
        assertTrue(c.green > c.red + 50 && c.green > c.blue + 50, where + " should be green-dominant: " + c);
    }

    static void assertGrey(RGB c, String where) {
        assertTrue(c.red == c.green && c.green == c.blue, where + " should be grey (R = G = B): " + c);
    }

    static void assertNotBlank(TestWorkbench.Screenshot shot, int atLeast) {
        assertTrue(shot.distinctColours() >= atLeast, "the screenshot " + shot.file() + " looks blank: "
                + shot.distinctColours() + " colours");
    }
}
