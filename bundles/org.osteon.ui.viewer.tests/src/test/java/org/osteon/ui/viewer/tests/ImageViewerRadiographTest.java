package org.osteon.ui.viewer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertNotBlank;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.RasterImageWriter;
import org.osteon.ui.testing.TestWorkbench;
import org.osteon.ui.viewer.ImageViewerView;
import org.osteon.ui.viewer.Orientation;

class ImageViewerRadiographTest {

    /** A 64 x 48 radiograph: grey 40 + 2 x (a ramp to the right). */
    private static final int W = 64;
    private static final int H = 48;

    @TempDir
    Path dir;

    private Path radiograph() throws Exception {
        float[] grey = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                grey[y * W + x] = 40 + 2 * x;
            }
        }
        Path file = dir.resolve("wrist.png");
        RasterImageWriter.writePng8(new Volume(new GridSize(W, H, 1), Geometry.unit(), grey), file);
        return file;
    }

    /** A 16 x 12 grey PNG heat map: a Gaussian peak of 255 at heat pixel (12, 3), i.e. image pixel (49.5, 13.5). */
    private Path heatmap() throws Exception {
        float[] heat = new float[16 * 12];
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 16; x++) {
                double d2 = (x - 12) * (x - 12) + (y - 3) * (y - 3);
                heat[y * 16 + x] = (float) (255 * Math.exp(-d2 / (2 * 3.0 * 3.0)));
            }
        }
        Path file = dir.resolve("gradcam.png");
        RasterImageWriter.writePng8(new Volume(new GridSize(16, 12, 1), Geometry.unit(), heat), file);
        return file;
    }

    @Test
    void aRadiographIsOneSliceWithRowsDownAndItsHeatMaximumRed() throws Exception {
        Path image = radiograph();
        Path heat = heatmap();
        ImageViewerView view = ViewerFixtures.showViewer();
        assertTrue(ui(() -> view.open(image)), () -> ui(view::message));
        assertEquals(1, ui(view::sliceCount));
        // the data range 40..166: x 10 is 60 -> 255 * 20 / 126 = 40.48 -> 40
        assertEquals(new RGB(40, 40, 40), ui(() -> view.renderedPixel(10, 0)));
        // only the axial plane of a 2D image
        ui(() -> {
            view.setOrientation(Orientation.CORONAL);
            return null;
        });
        assertEquals(Orientation.AXIAL, ui(view::orientation));
        assertTrue(ui(view::message).contains("2D"), ui(view::message));

        assertTrue(ui(() -> view.openHeatmap(heat)), () -> ui(view::message));
        RGB peak = ui(() -> view.renderedPixel(50, 14));
        assertTrue(peak.red > peak.green + 50 && peak.red > peak.blue + 50, "heat maximum should be red-ish: " + peak);
        RGB cold = ui(() -> view.renderedPixel(0, H - 1));
        assertTrue(cold.blue > cold.red + 30 && cold.blue > cold.green + 30, "no heat should be blue: " + cold);
        // opacity 0 shows the radiograph alone
        ui(() -> {
            view.setHeatOpacity(0);
            return null;
        });
        RGB plain = ui(() -> view.renderedPixel(50, 14));
        assertEquals(plain.red, plain.green);
        ui(() -> {
            view.setHeatOpacity(0.5);
            return null;
        });
        TestWorkbench.Screenshot shot = ViewerFixtures.shot(view, "viewer-radiograph-heatmap");
        assertNotBlank(shot, 8);
        RGB screenPeak = ViewerFixtures.at(shot, ui(() -> view.canvasPoint(50, 14)));
        assertTrue(screenPeak.red > screenPeak.green + 50, "on screen the heat maximum is red-ish: " + screenPeak);
    }

    @Test
    void landmarksAreDrawnAsCrossesAtTheirPixelCoordinates() throws Exception {
        Path image = radiograph();
        Path simple = Files.writeString(dir.resolve("points.csv"), "10,20\n40,30\n");
        Path results = Files.writeString(dir.resolve("landmarks.csv"),
                "image,landmark,x,y\nwrist.png,tibia-1,25,8\nwrist.png,tibia-2,55,40\n");
        ImageViewerView view = ViewerFixtures.showViewer();
        assertTrue(ui(() -> view.open(image)), () -> ui(view::message));
        assertTrue(ui(() -> view.openLandmarks(simple)), () -> ui(view::message));
        assertTrue(ui(view::message).contains("2 landmarks"), ui(view::message));
        TestWorkbench.Screenshot shot = ViewerFixtures.shot(view, "viewer-landmarks");
        assertNotBlank(shot, 4);
        for (int[] p : new int[][] {{10, 20}, {40, 30}}) {
            Point c = ui(() -> view.canvasPoint(p[0], p[1]));
            assertYellow(ViewerFixtures.at(shot, c), "cross centre at " + p[0] + "," + p[1]);
            assertYellow(ViewerFixtures.at(shot, new Point(c.x + 4, c.y)), "cross arm right of " + p[0] + "," + p[1]);
            assertYellow(ViewerFixtures.at(shot, new Point(c.x, c.y - 4)), "cross arm above " + p[0] + "," + p[1]);
            assertFalse(isYellow(ViewerFixtures.at(shot, new Point(c.x - 4, c.y - 4))), "between the arms");
        }
        // a results table with named x and y columns
        assertTrue(ui(() -> view.openLandmarks(results)), () -> ui(view::message));
        TestWorkbench.Screenshot named = ViewerFixtures.shot(view, "viewer-landmarks-named");
        assertYellow(ViewerFixtures.at(named, ui(() -> view.canvasPoint(55, 40))), "cross at 55,40");
        assertFalse(isYellow(ViewerFixtures.at(named, ui(() -> view.canvasPoint(10, 20)))), "the old points are gone");
    }

    private static boolean isYellow(RGB c) {
        return c.red > 200 && c.green > 200 && c.blue < 80;
    }

    private static void assertYellow(RGB c, String where) {
        assertTrue(isYellow(c), where + " should be the landmarks' yellow: " + c);
    }
}
