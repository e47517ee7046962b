package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.RunStatus;
import org.osteon.testing.RepositoryFiles;

/**
 * Ctrl-C during {@code osteon run}, in this JVM: when the console shows the features step starting, another
 * thread does what the shutdown hook does (cancel, then wait for the run to be over). The run stops at the
 * step's next check, keeps the finished steps' files in NAME.cancelled and exits with 130, and the waiting
 * thread is released only once that folder is final.
 */
class RunCancelTest {

    @TempDir
    Path dir;

    /** What the hook's thread saw when its wait ended. */
    private record HookView(boolean released, boolean keptFolderFinal, boolean messagePrinted) {
    }

    @Test
    void ctrlCDuringARunKeepsWhatFinishedAndExitsWith130() throws Exception {
        Path experiment = RepositoryFiles.resolve("examples", "knee-ct", "similarity.osteon");
        Path target = dir.resolve("run-c");
        Path kept = dir.resolve("run-c.cancelled");
        String message = "osteon: run cancelled; what finished is in " + kept;

        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        AtomicReference<Commands> commands = new AtomicReference<>();
        AtomicReference<HookView> hookView = new AtomicReference<>();
        CountDownLatch hookDone = new CountDownLatch(1);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8) {
            private boolean pressed;

            @Override
            public void println(String line) {
                super.println(line);
                if (!pressed && line.matches("\\[\\d+/\\d+\\] features.*")) {
                    pressed = true;
                    ctrlC(commands.get().runningCancellation().orElseThrow());
                }
            }

            /** Cancels from another thread, as the shutdown hook does, and returns once the cancel is set. */
            private void ctrlC(RunCancellation cancellation) {
                CountDownLatch requested = new CountDownLatch(1);
                Thread hook = new Thread(() -> {
                    cancellation.cancel();
                    requested.countDown();
                    boolean released = cancellation.awaitFinished(RunCancellation.SHUTDOWN_WAIT);
                    hookView.set(new HookView(released,
                            Files.isRegularFile(kept.resolve("run.xmi")) && !Files.exists(target) && !partialLeft(),
                            errBytes.toString(StandardCharsets.UTF_8).contains(message)));
                    hookDone.countDown();
                }, "test-ctrl-c");
                hook.start();
                try {
                    assertTrue(requested.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        commands.set(new Commands(new PrintStream(outBytes, true, StandardCharsets.UTF_8), err, false));

        int status = commands.get().execute(new String[] {"run", experiment.toString(), "--output", target.toString(),
            "--set", "volume=phantom:knee-ct?size=96x96x64"});
        String stderr = errBytes.toString(StandardCharsets.UTF_8);

        assertEquals(Commands.CANCELLED, status, stderr);
        assertEquals(130, Commands.CANCELLED);
        assertEquals(List.of(message), stderr.lines().filter(l -> l.startsWith("osteon: ")).toList(), stderr);
        assertTrue(stderr.lines().noneMatch(l -> l.strip().startsWith("at ")), "no stack trace: " + stderr);
        // the features step's progress stops where it was cancelled (1 of 4 units: the network), not at 100%
        String features = stderr.substring(stderr.indexOf("] features"));
        assertFalse(features.contains("100%"), features);
        assertFalse(outBytes.toString(StandardCharsets.UTF_8).contains("written to"), "no completion claimed");
        assertTrue(commands.get().runningCancellation().isEmpty(), "the run is over");

        // the hook's wait ended only when the run was over: folder final, message printed
        assertTrue(hookDone.await(60, TimeUnit.SECONDS));
        assertEquals(new HookView(true, true, true), hookView.get());

        // what finished before the features step is kept; nothing of the features, the report or an archive
        assertFalse(Files.exists(target), "never the complete run's name");
        assertTrue(Files.isRegularFile(kept.resolve("artifacts/segment/segmentation/labels.nii.gz")));
        assertTrue(Files.isRegularFile(kept.resolve("artifacts/slices/mid-slices.png")));
        assertFalse(Files.exists(kept.resolve("results/features.csv")));
        assertFalse(Files.exists(kept.resolve("report.html")), "no report claims a complete run");
        try (Stream<Path> s = Files.list(kept)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".zip")), "no archive");
        }
        assertEquals(RunStatus.CANCELLED, ExperimentFiles.loadRun(kept.resolve("run.xmi")).getStatus());
        String log = Files.readString(kept.resolve("run.log"));
        assertTrue(log.lines().anyMatch(l -> l.matches(".*step \\d/5 \\(org.osteon.evaluation.regionFeatures\\) cancelled.*")),
                log);
        assertTrue(log.contains("run cancelled (cancelled while extracting features, before region"), log);
    }

    private boolean partialLeft() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".partial"));
        } catch (IOException e) {
            return true;
        }
    }
}
