package org.osteon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;
import static org.osteon.ui.testing.TestWorkbench.uiRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.Parameter;
import org.osteon.model.Run;
import org.osteon.model.RunStatus;
import org.osteon.ui.OsteonUi;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.OsteonWorkspace;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;
import org.osteon.ui.internal.ConsoleView;
import org.osteon.ui.internal.NavigatorView;
import org.osteon.ui.testing.TestWorkbench;

/**
 * What a lab does in the workbench, end to end on the knee-CT example: open it, change a parameter in the
 * editor and save, run it from the workbench to completion, look at its results, and cancel a second run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchScenarioTest {

    private static Path example;
    private static Path completedRun;

    private static Path example() {
        TestWorkbench.start();
        if (example == null) {
            example = OsteonWorkspace.current().examplesFolder().resolve("knee-ct/similarity.osteon");
        }
        return example;
    }

    private static String parameter(Path file, String name) {
        return ExperimentFiles.loadExperiment(file).getParameters().stream().filter(p -> p.getName().equals(name))
                .map(Parameter::getValue).findFirst().orElseThrow();
    }

    private static void command(String id) {
        uiRun(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
            } catch (Exception e) {
                throw new IllegalStateException("command " + id + " failed: " + e, e);
            }
        });
    }

    @Test
    @Order(1)
    void changeAParameterInTheEditorAndSaveWithTheWorkbenchsSaveCommand() {
        Path file = example();
        IEditorPart part = ui(() -> OsteonUi.openExperiment(TestWorkbench.page(), file));
        org.osteon.ui.editor.ExperimentEditor editor = (org.osteon.ui.editor.ExperimentEditor) part;
        uiRun(() -> editor.setParameter("window", "-900..1900"));
        assertTrue(ui(editor::isDirty));
        assertTrue(ui(() -> TestWorkbench.page().getWorkbenchWindow().getShell().getText()).startsWith("Osteon"));
        command("org.eclipse.ui.file.save");
        assertFalse(ui(editor::isDirty));
        assertEquals("-900..1900", parameter(file, "window"));
    }

    @Test
    @Order(2)
    void runTheExperimentFromTheWorkbenchToCompletion() throws Exception {
        Path file = example();
        ui(() -> OsteonUi.openExperiment(TestWorkbench.page(), file));
        int before = RunQueue.get().active().size();
        command("org.osteon.ui.run");
        List<RunJob> active = RunQueue.get().active();
        assertEquals(before + 1, active.size(), "the Run command queued one run");
        RunJob run = active.get(active.size() - 1);
        assertEquals(file, run.experimentFile());
        // a run is an Eclipse Job of the runs' family: the Progress view and the status bar show it
        assertTrue(Arrays.asList(Job.getJobManager().find(RunQueue.class)).contains(run)
                || run.state() != RunJob.State.QUEUED && run.state() != RunJob.State.RUNNING);
        run.join(Duration.ofMinutes(5).toMillis(), null);
        assertEquals(RunJob.State.SUCCEEDED, run.state(), run.message() + "\n" + String.join("\n", run.log()));
        completedRun = run.folder();
        assertEquals(run.target(), completedRun);
        assertTrue(completedRun.startsWith(OsteonWorkspace.current().runsFolder()));
        Run recorded = ExperimentFiles.loadRun(completedRun.resolve("run.xmi"));
        assertEquals(RunStatus.SUCCEEDED, recorded.getStatus());
        // the run used the value saved in the editor
        assertEquals("-900..1900", parameter(completedRun.resolve("experiment.osteon"), "window"));
        assertTrue(Files.isRegularFile(completedRun.resolve("results/similarity.csv")));

        // the console showed the run's log as it ran; the navigator lists the run with its status
        ConsoleView console = (ConsoleView) ui(() -> TestWorkbench.page().showView(OsteonViews.CONSOLE));
        TestWorkbench.waitUntil("the console shows the end of the run", Duration.ofSeconds(10),
                () -> console.text().contains("run succeeded"));
        assertTrue(ui(console::text).contains("[segment]"), "the console shows step log lines");
        NavigatorView navigator = (NavigatorView) ui(() -> TestWorkbench.page().showView(OsteonViews.NAVIGATOR));
        String runId = run.runId();
        TestWorkbench.waitUntil("the navigator lists the run", Duration.ofSeconds(10), () -> {
            navigator.refresh();
            return allItems(navigator.viewer().getTree().getItems()).stream()
                    .anyMatch(t -> t.contains(runId) && t.contains("SUCCEEDED") && t.contains("similarity:"));
        });
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(
                ui(() -> TestWorkbench.page().getWorkbenchWindow().getShell()), "workbench-after-run");
        assertTrue(shot.distinctColours() > 8);
        TestWorkbench.screenshot(ui(() -> navigator.viewer().getControl()), "navigator");
        TestWorkbench.screenshot(ui(() -> console.getSite().getShell()), "console");
    }

    @Test
    @Order(3)
    void showTheRunsResultMatrixWhoseCellsEqualItsCsv() throws Exception {
        assertTrue(completedRun != null, "needs the completed run");
        org.osteon.ui.results.internal.ResultsView results = (org.osteon.ui.results.internal.ResultsView) ui(
                () -> OsteonUi.showRun(TestWorkbench.page(), completedRun));
        TestWorkbench.waitUntil("the results view shows the run", Duration.ofSeconds(10),
                () -> completedRun.equals(results.folder()) && results.matrixNames().contains("similarity"));
        uiRun(() -> results.select("similarity"));
        List<String> lines = Files.readAllLines(completedRun.resolve("results/similarity.csv"));
        assertEquals(4, lines.size(), "header and three region pairs");
        for (int r = 1; r < lines.size(); r++) {
            String[] fields = lines.get(r).split(",");
            for (int c = 1; c < fields.length; c++) {
                int row = r - 1;
                int col = c - 1;
                String shown = ui(() -> results.cellText(row, col));
                assertEquals(Double.parseDouble(fields[c]), Double.parseDouble(shown.split(" ")[0]), 0.0,
                        "cell " + row + "," + col + ": " + shown + " against " + fields[c]);
            }
        }
        assertEquals(Files.readString(completedRun.resolve("results/similarity.csv")), ui(results::csv));
        ui(() -> {
            TestWorkbench.page().toggleZoom(TestWorkbench.page().getReference(results));
            return null;
        });
        try {
            TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(() -> results.getSite().getShell()), "results");
            assertTrue(shot.distinctColours() > 8);
        } finally {
            ui(() -> {
                TestWorkbench.page().toggleZoom(TestWorkbench.page().getReference(results));
                return null;
            });
        }
    }

    @Test
    @Order(4)
    void showTheLabelOverlayOnTheCtFemurRedTibiaGreen() throws Exception {
        assertTrue(completedRun != null, "needs the completed run");
        org.osteon.core.image.Volume labels = new org.osteon.io.NiftiReader()
                .read(completedRun.resolve("artifacts/segment/segmentation/labels.nii.gz"));
        org.osteon.ui.viewer.ImageViewerView viewer = (org.osteon.ui.viewer.ImageViewerView) ui(
                () -> TestWorkbench.page().showView(OsteonViews.IMAGE_VIEWER));
        uiRun(() -> OsteonUi.focusRun(completedRun));
        assertTrue(ui(viewer::openFocusedRun), () -> ui(viewer::message));
        // the run's images: its label map (opened as the overlay) and the report's mid-slice figure
        assertEquals(List.of(completedRun.resolve("artifacts/segment/segmentation/labels.nii.gz"),
                completedRun.resolve("artifacts/slices/mid-slices.png")), ui(viewer::runImages));
        // femur and tibia lie on different axial slices: check the slice with most of each
        int[] counts = new int[3];
        for (int bone = 1; bone <= 2; bone++) {
            int slice = mostOf(labels, bone);
            uiRun(() -> {
                viewer.setOrientation(org.osteon.ui.viewer.Orientation.AXIAL);
                viewer.setSlice(slice);
            });
            for (int y = 0; y < labels.size().ny(); y += 2) {
                for (int x = 0; x < labels.size().nx(); x += 2) {
                    int label = (int) labels.value(x, y, slice);
                    int px = x;
                    int py = y;
                    org.eclipse.swt.graphics.RGB rgb = ui(() -> viewer.renderedPixel(px, py));
                    boolean red = rgb.red > rgb.green + 30 && rgb.red > rgb.blue + 30;
                    boolean green = rgb.green > rgb.red + 30 && rgb.green > rgb.blue + 30;
                    boolean grey = rgb.red == rgb.green && rgb.green == rgb.blue;
                    if (label == 1 && red || label == 2 && green || label == 0 && grey) {
                        counts[label]++;
                    } else {
                        throw new AssertionError("voxel " + x + "," + y + "," + slice + " of label " + label
                                + " drawn " + rgb);
                    }
                }
            }
        }
        assertTrue(counts[1] > 0 && counts[2] > 0 && counts[0] > 0, java.util.Arrays.toString(counts));
        uiRun(() -> viewer.setOrientation(org.osteon.ui.viewer.Orientation.CORONAL));
        TestWorkbench.waitUntil("the viewer painted", Duration.ofSeconds(10), viewer::painted);
        TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(() -> viewer.getSite().getShell()), "image-viewer");
        assertTrue(shot.distinctColours() > 8);
    }

    /** The axial slice with the most voxels of {@code label}. */
    private static int mostOf(org.osteon.core.image.Volume labels, int label) {
        int best = 0;
        int most = -1;
        for (int z = 0; z < labels.size().nz(); z++) {
            int n = 0;
            for (int y = 0; y < labels.size().ny(); y++) {
                for (int x = 0; x < labels.size().nx(); x++) {
                    n += labels.value(x, y, z) == label ? 1 : 0;
                }
            }
            if (n > most) {
                most = n;
                best = z;
            }
        }
        return best;
    }

    private static List<String> allItems(TreeItem[] items) {
        List<String> out = new java.util.ArrayList<>();
        for (TreeItem i : items) {
            out.add(i.getText());
            out.addAll(allItems(i.getItems()));
        }
        return out;
    }

    @Test
    @Order(5)
    void cancelASecondRunAndItIsRecordedAsCancelledWithWhatFinished() throws Exception {
        Path file = example();
        RunJob run = RunQueue.get().submit(file, java.util.Map.of());
        TestWorkbench.waitUntil("the second run reaches its second step", Duration.ofMinutes(2),
                () -> run.log().stream().anyMatch(l -> l.contains("step 2/")));
        IWorkbenchPage page = TestWorkbench.page();
        ui(() -> page.showView(OsteonViews.PROGRESS));
        TestWorkbench.screenshot(ui(() -> page.getWorkbenchWindow().getShell()), "progress");
        run.cancel();
        run.join(Duration.ofMinutes(2).toMillis(), null);
        assertEquals(RunJob.State.CANCELLED, run.state(), run.message());
        assertTrue(run.folder().getFileName().toString().endsWith(".cancelled"), run.folder().toString());
        assertFalse(Files.exists(run.target()), "nothing looks complete under the run's own name");
        Run recorded = ExperimentFiles.loadRun(run.folder().resolve("run.xmi"));
        assertEquals(RunStatus.CANCELLED, recorded.getStatus());
        // what finished is kept: the first step's log line, and no archive
        assertTrue(recorded.getLog().stream().anyMatch(l -> l.getMessage().contains("step finished")));
        try (var files = Files.list(run.folder())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".osteon.zip")));
        }
    }
}
