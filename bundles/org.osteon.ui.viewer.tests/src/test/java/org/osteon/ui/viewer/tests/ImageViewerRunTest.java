package org.osteon.ui.viewer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertGrey;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertNotBlank;
import static org.osteon.ui.viewer.tests.ViewerFixtures.assertRedDominant;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.GridSize;
import org.osteon.model.Artifact;
import org.osteon.model.Experiment;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.OsteonFactory;
import org.osteon.model.Parameter;
import org.osteon.model.Run;
import org.osteon.model.RunStatus;
import org.osteon.phantom.KneeCt;
import org.osteon.phantom.KneeCtPhantom;
import org.osteon.io.NiftiWriter;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.testing.TestWorkbench;
import org.osteon.ui.viewer.ImageViewerView;
import org.osteon.ui.viewer.Orientation;

class ImageViewerRunTest {

    @TempDir
    Path dir;

    /**
     * A run folder as the knee-CT example leaves it: run.xmi whose resolved experiment reads
     * phantom:knee-ct?size=32x32x24&seed=3, and the segmentation's label map segmentation/labels.nii.gz (here
     * the phantom's ground truth) plus a figure.
     */
    @Test
    void openRunShowsTheExperimentsImageWithTheRunsLabelMap() throws Exception {
        String location = "phantom:knee-ct?size=32x32x24&seed=3";
        KneeCt ct = KneeCtPhantom.generate(new GridSize(32, 32, 24), 3);
        Path run = Files.createDirectories(dir.resolve("knee-ct-similarity-1"));
        Files.createDirectories(run.resolve("segmentation"));
        new NiftiWriter().write(ct.labels(), run.resolve("segmentation/labels.nii.gz"));
        Files.writeString(run.resolve("segmentation/notes.txt"), "not an image");
        OsteonFactory f = OsteonFactory.eINSTANCE;
        Run r = f.createRun();
        r.setId("1");
        r.setStatus(RunStatus.SUCCEEDED);
        Experiment x = f.createExperiment();
        x.setName("knee-ct-similarity");
        Parameter volume = f.createParameter();
        volume.setName("volume");
        volume.setType("location");
        volume.setValue(location);
        x.getParameters().add(volume);
        r.setExperiment(x);
        for (String p : new String[] {"segmentation/labels.nii.gz", "segmentation/notes.txt"}) {
            Artifact a = f.createArtifact();
            a.setName(Path.of(p).getFileName().toString());
            a.setPath(p);
            r.getArtifacts().add(a);
        }
        ExperimentFiles.save(r, run.resolve(ExperimentFiles.RUN_FILE_NAME));

        ImageViewerView view = ViewerFixtures.showViewer();
        // Open Run opens the run in focus, as the Experiments view sets it on selection
        ui(() -> {
            OsteonUi.focusRun(run);
            return null;
        });
        assertTrue(ui(view::openFocusedRun), () -> ui(view::message));
        assertTrue(ui(view::message).contains(location), ui(view::message));
        assertEquals(java.util.List.of(run.resolve("segmentation/labels.nii.gz")), ui(view::runImages));

        // a femur voxel of the phantom's axial slice with the most femur is red, a background voxel grey
        int z = femurSlice(ct);
        ui(() -> {
            view.setOrientation(Orientation.AXIAL);
            view.setSlice(z);
            return null;
        });
        int[] femur = find(ct, z, 1);
        int[] none = find(ct, z, 0);
        assertRedDominant(ui(() -> view.renderedPixel(femur[0], femur[1])), "femur voxel " + femur[0] + "," + femur[1]);
        assertGrey(ui(() -> view.renderedPixel(none[0], none[1])), "background voxel " + none[0] + "," + none[1]);
        TestWorkbench.Screenshot shot = ViewerFixtures.shot(view, ui(() -> view.pane().getParent()), "viewer-run");
        assertNotBlank(shot, 8);
    }

    private static int femurSlice(KneeCt ct) {
        GridSize n = ct.labels().size();
        int best = 0;
        int most = -1;
        for (int z = 0; z < n.nz(); z++) {
            int count = 0;
            for (int y = 0; y < n.ny(); y++) {
                for (int x = 0; x < n.nx(); x++) {
                    count += ct.labels().label(x, y, z) == KneeCtPhantom.FEMUR ? 1 : 0;
                }
            }
            if (count > most) {
                most = count;
                best = z;
            }
        }
        return best;
    }

    private static int[] find(KneeCt ct, int z, int label) {
        GridSize n = ct.labels().size();
        for (int y = 0; y < n.ny(); y++) {
            for (int x = 0; x < n.nx(); x++) {
                if (ct.labels().label(x, y, z) == label) {
                    return new int[] {x, y};
                }
            }
        }
        throw new AssertionError("no voxel of label " + label + " on slice " + z);
    }
}
