package org.osteon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.ui.testing.TestWorkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osteon.core.registry.Registries;
import org.osteon.ui.OsteonViews;
import org.osteon.ui.OsteonWorkspace;
import org.osteon.ui.RunJob;
import org.osteon.ui.RunQueue;
import org.osteon.ui.internal.ConsoleView;
import org.osteon.ui.internal.NavigatorView;
import org.osteon.ui.internal.RegistryView;
import org.osteon.ui.testing.TestWorkbench;

class RunQueueTest {

    @Test
    void runsStartedFromTheNavigatorQueueOneAfterAnotherAndAQueuedRunCancelsWithoutWritingAnything()
            throws Exception {
        TestWorkbench.start();
        Path example = OsteonWorkspace.current().examplesFolder().resolve("knee-ct/similarity.osteon");
        NavigatorView navigator = (NavigatorView) ui(() -> TestWorkbench.page().showView(OsteonViews.NAVIGATOR));
        ui(() -> {
            navigator.refresh();
            NavigatorView.ExperimentNode node = new NavigatorView.ExperimentNode(example,
                    OsteonWorkspace.experimentName(example));
            navigator.viewer().setSelection(new StructuredSelection(node), true);
            TestWorkbench.page().activate(navigator);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            handlers.executeCommand("org.osteon.ui.run", null);
            handlers.executeCommand("org.osteon.ui.run", null);
            return null;
        });
        List<RunJob> runs = RunQueue.get().active();
        assertEquals(2, runs.size(), "two runs queued from the navigator's selection");
        RunJob first = runs.get(0);
        RunJob second = runs.get(1);
        assertEquals(example, first.experimentFile());
        TestWorkbench.waitUntil("the first run starts", Duration.ofMinutes(1), () -> first.state() == RunJob.State.RUNNING);
        assertEquals(RunJob.State.QUEUED, second.state(), "the second waits while the first runs");
        second.cancel();
        TestWorkbench.waitUntil("the queued run is cancelled", Duration.ofSeconds(30),
                () -> second.state() == RunJob.State.CANCELLED);
        assertFalse(Files.exists(second.target()));
        assertFalse(Files.exists(second.folder()));
        first.cancel();
        first.join(Duration.ofMinutes(2).toMillis(), null);
        assertEquals(RunJob.State.CANCELLED, first.state(), first.message());
        assertTrue(RunQueue.get().active().isEmpty());
    }

    @Test
    void anExperimentWithAMissingDataFileIsRefusedWithOneMessageAndNothingWritten() throws Exception {
        TestWorkbench.start();
        Path dir = OsteonWorkspace.current().root().resolve("bad-input");
        Files.createDirectories(dir);
        Path file = dir.resolve("missing-volume.osteon");
        String xml = Files.readString(OsteonWorkspace.current().examplesFolder().resolve("knee-ct/similarity.osteon"))
                .replace("value=\"phantom:knee-ct\"", "value=\"no-such-knee.nii.gz\"");
        Files.writeString(file, xml);
        long runsBefore;
        try (var s = Files.list(OsteonWorkspace.current().runsFolder())) {
            runsBefore = s.count();
        }
        RunJob run = RunQueue.get().submit(file, Map.of());
        run.join(Duration.ofMinutes(1).toMillis(), null);
        assertEquals(RunJob.State.INVALID, run.state());
        assertEquals(1, run.problems().size(), String.valueOf(run.problems()));
        assertTrue(run.problems().get(0).contains("no-such-knee.nii.gz") && run.problems().get(0).contains("volume"),
                run.problems().get(0));
        try (var s = Files.list(OsteonWorkspace.current().runsFolder())) {
            assertEquals(runsBefore, s.count(), "nothing written for a refused run");
        }
        ConsoleView console = (ConsoleView) ui(() -> TestWorkbench.page().showView(OsteonViews.CONSOLE));
        TestWorkbench.waitUntil("the console names the missing file", Duration.ofSeconds(10),
                () -> console.text().contains("no-such-knee.nii.gz"));
        assertFalse(ui(console::text).contains("Exception"), "one message, no stack trace");
    }

    @Test
    void theRegistryViewListsEveryContributionWithItsBundle() {
        TestWorkbench.start();
        RegistryView view = (RegistryView) ui(() -> TestWorkbench.page().showView(OsteonViews.REGISTRY));
        Registries registries = Registries.ofPlatform();
        int expected = registries.readers().all().size() + registries.datasetReaders().all().size()
                + registries.steps().all().size() + registries.models().all().size() + registries.losses().all().size()
                + registries.metrics().all().size() + registries.transforms().all().size()
                + registries.reporters().all().size();
        assertEquals(expected, ui(() -> view.viewer().getTable().getItemCount()));
        List<String> rows = ui(() -> java.util.Arrays.stream(view.viewer().getTable().getItems())
                .map(i -> i.getText(0) + "|" + i.getText(1) + "|" + i.getText(3)).toList());
        assertTrue(rows.contains("step|org.osteon.io.readVolume|org.osteon.io"), String.valueOf(rows));
        assertTrue(rows.contains("model|org.osteon.zoo.densenet121|org.osteon.zoo"), String.valueOf(rows));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("loss|") && r.endsWith("|org.osteon.training")));
        // maximised for the screenshot, then restored
        ui(() -> {
            TestWorkbench.page().toggleZoom(TestWorkbench.page().getReference(view));
            return null;
        });
        try {
            TestWorkbench.Screenshot shot = TestWorkbench.screenshot(ui(() -> view.getSite().getShell()), "registry");
            assertTrue(shot.distinctColours() > 4);
        } finally {
            ui(() -> {
                TestWorkbench.page().toggleZoom(TestWorkbench.page().getReference(view));
                return null;
            });
        }
    }
}
