package org.osteon.ui.viewer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertGreenDominant;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertGrey;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertNotBlank;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertRedDominant;
import static org.osteon.ui.viewer.tests.ViewerFixtures.blend;
import static org.osteon.ui.viewer.tests.ViewerFixtures.grey;
import static org.osteon.ui.viewer.tests.ViewerFixtures.value;

import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.ui.testing.TestWorkbench;
import org.osteon.ui.viewer.ImageViewerView;
import org.osteon.ui.viewer.Orientation;

class ImageViewerVolumeTest {

    @TempDir
    Path dir;

    private ImageViewerView openKnee() throws Exception {
        Path volume = ViewerFixtures.writeVolume(dir);
        Path labels = ViewerFixtures.writeLabels(dir.resolve("labels.nii.gz"));
        ImageViewerView view = ViewerFixtures.showViewer();
        assertTrue(ui(() -> view.open(volume)), () -> ui(view::message));
        assertTrue(ui(() -> view.openOverlay(labels)), () -> ui(view::message));
        return view;
    }

    private static void show(ImageViewerView view, Orientation orientation, int slice) {
        TestWorkbench.uiRun(() -> {
            view.setOrientation(orientation);
            view.setSlice(slice);
        });
    }

    @Test
    void femurIsRedTibiaGreenAndBackgroundGreyInEveryOrientation() throws Exception {
        ImageViewerView view = openKnee();
        // the data range window: -1000 .. 1395 HU
        double lo = -1000;
        double hi = 1395;
        show(view, Orientation.AXIAL, 10);
        RGB femur = ui(() -> view.renderedPixel(6, 6));
        assertRedDominant(femur, "axial femur voxel (6, 6, 10)");
        int g = grey(value(6, 6, 10), lo, hi);
        assertEquals(new RGB(blend(g, 255), blend(g, 0), blend(g, 0)), femur);
        RGB background = ui(() -> view.renderedPixel(1, 1));
        assertGrey(background, "axial background voxel (1, 1, 10)");
        assertEquals(grey(value(1, 1, 10), lo, hi), background.red);

        TestWorkbench.Screenshot axial = ViewerFixtures.shot(view, "viewer-axial-labels");
        assertNotBlank(axial, 4);
        // on screen too: the drawn pixel at the femur voxel, y up and at the volume's aspect
        assertRedDominant(ViewerFixtures.at(axial, ui(() -> view.canvasPoint(6, 6))), "screen at femur (6, 6)");
        assertGrey(ViewerFixtures.at(axial, ui(() -> view.canvasPoint(6, 15))), "screen at background (6, 15)");

        ui(() -> {
            view.setSlice(5);
            return null;
        });
        RGB tibia = ui(() -> view.renderedPixel(16, 12));
        assertGreenDominant(tibia, "axial tibia voxel (16, 12, 5)");
        int gt = grey(value(16, 12, 5), lo, hi);
        assertEquals(new RGB(blend(gt, 0), blend(gt, 255), blend(gt, 0)), tibia);

        show(view, Orientation.CORONAL, 6);
        assertRedDominant(ui(() -> view.renderedPixel(6, 10)), "coronal femur voxel x 6, z 10 at y 6");
        assertGrey(ui(() -> view.renderedPixel(6, 2)), "coronal background x 6, z 2 at y 6");
        TestWorkbench.Screenshot coronal = ViewerFixtures.shot(view, "viewer-coronal-labels");
        assertNotBlank(coronal, 4);
        // 2 mm slices: one step in z is twice as tall on screen as one step in x is wide
        Point a = ui(() -> view.canvasPoint(4, 4));
        Point bx = ui(() -> view.canvasPoint(14, 4));
        Point bz = ui(() -> view.canvasPoint(4, 9));
        assertEquals(bx.x - a.x, a.y - bz.y, 2.0, "10 voxels in x and 5 in z (2 mm) span the same distance");

        show(view, Orientation.SAGITTAL, 17);
        assertGreenDominant(ui(() -> view.renderedPixel(12, 4)), "sagittal tibia voxel y 12, z 4 at x 17");
        TestWorkbench.Screenshot sagittal = ViewerFixtures.shot(view, "viewer-sagittal-labels");
        assertNotBlank(sagittal, 4);
        assertGreenDominant(ViewerFixtures.at(sagittal, ui(() -> view.canvasPoint(12, 4))), "screen at tibia y 12, z 4");
    }

    @Test
    void sliceCountIsTheVolumesDimensionInEachOrientationAndSlicesAreClamped() throws Exception {
        ImageViewerView view = openKnee();
        int[] expected = {16, 20, 24};
        for (Orientation o : Orientation.values()) {
            int count = ui(() -> {
                view.setOrientation(o);
                return view.sliceCount();
            });
            assertEquals(expected[o.ordinal()], count, o.label());
            ui(() -> {
                view.setSlice(1000);
                return null;
            });
            assertEquals(count - 1, ui(view::slice), o + " slice past the end");
            ui(() -> {
                view.setSlice(-3);
                return null;
            });
            assertEquals(0, ui(view::slice), o + " slice before the start");
        }
        show(view, Orientation.AXIAL, 8);
        assertNotBlank(ViewerFixtures.shot(view, "viewer-slices"), 4);
    }

    @Test
    void windowLevelSetsTheGreyAsComputedByHand() throws Exception {
        ImageViewerView view = openKnee();
        ui(() -> {
            view.setOrientation(Orientation.AXIAL);
            view.setSlice(0);
            view.setWindow(-500, 500);
            return null;
        });
        // x 13: 300 HU -> 255 * 800 / 1000 = 204; x 2: -800 HU below the window -> black; x 20: 1000 HU -> white
        assertEquals(new RGB(204, 204, 204), ui(() -> view.renderedPixel(13, 0)));
        assertEquals(new RGB(0, 0, 0), ui(() -> view.renderedPixel(2, 0)));
        assertEquals(new RGB(255, 255, 255), ui(() -> view.renderedPixel(20, 0)));
        assertEquals(grey(value(11, 0, 0), -500, 500), ui(() -> view.renderedPixel(11, 0)).red);
        TestWorkbench.Screenshot shot = ViewerFixtures.shot(view, "viewer-window");
        assertNotBlank(shot, 4);
        // the bone window 1500..-500: 300 HU -> 255 * 800 / 2000 = 102
        ui(() -> {
            view.setWindow(-500, 1500);
            return null;
        });
        assertEquals(new RGB(102, 102, 102), ui(() -> view.renderedPixel(13, 0)));
        // an empty window is refused with a message and changes nothing
        ui(() -> {
            view.setWindow(10, 10);
            return null;
        });
        assertTrue(ui(view::message).contains("empty"), ui(view::message));
        assertEquals(new RGB(102, 102, 102), ui(() -> view.renderedPixel(13, 0)));
    }
}
