package org.osteon.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.engine.internal.RunArchive;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.Run;
import org.osteon.model.RunStatus;

class EngineTest {

    private static OsteonEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        engine = OsteonEngine.ofPlatform();
    }

    private Path experiment(String params, String steps) throws IOException {
        Path f = dir.resolve("test.osteon");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <osteon:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:osteon="http://osteon.org/model/experiment/1.0" name="fixture" seed="7">
                """ + params + steps + "</osteon:Experiment>\n");
        return f;
    }

    private static final String PARAMS = """
              <parameters name="count" type="integer" value="4"/>
              <parameters name="scale" type="real" value="2.5"/>
            """;
    private static final String STEPS = """
              <steps id="numbers" kind="org.osteon.engine.tests.source">
                <parameters name="count" value="${count}"/>
                <parameters name="scale" value="${scale}"/>
              </steps>
              <steps id="total" kind="org.osteon.engine.tests.sum">
                <inputs port="numbers" source="numbers.numbers"/>
              </steps>
            """;

    @Test
    void runWritesCompleteRunFolder() throws Exception {
        Path out = dir.resolve("out");
        RunOutcome r = engine.run(experiment(PARAMS, STEPS), Map.of("scale", "3"), Optional.of(out),
                ProgressMonitor.none());
        // 3 * (1 + 2 + 3 + 4)
        assertEquals(30.0, r.matrices().get(0).value(0, 0));
        assertTrue(Files.isRegularFile(out.resolve("run.xmi")));
        assertTrue(Files.isRegularFile(out.resolve("experiment.osteon")));
        assertTrue(Files.isRegularFile(out.resolve("artifacts/numbers/numbers.txt")));
        assertEquals("[3.0, 6.0, 9.0, 12.0]", Files.readString(out.resolve("artifacts/numbers/numbers.txt")));
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("sum=30.0"));
        assertEquals(List.of("this is a fixture"), r.warnings());
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("partial")), "no partial folder left");
        }

        Run run = ExperimentFiles.loadRun(out.resolve("run.xmi"));
        assertEquals(RunStatus.SUCCEEDED, run.getStatus());
        assertEquals(r.runId(), run.getId());
        assertEquals(7L, run.getSeed());
        assertEquals("3", run.getExperiment().getParameters().get(1).getValue(), "override recorded");
        assertEquals(30.0, run.getResults().get(0).getCells().get(0).getValue());
        assertEquals("total", run.getResults().get(0).getProducingStep());
        var artifact = run.getArtifacts().stream().filter(a -> a.getPath().equals("artifacts/numbers/numbers.txt"))
                .findFirst().orElseThrow();
        assertEquals(RunArchive.sha256(out.resolve(artifact.getPath())), artifact.getSha256());
        assertEquals("text/plain", artifact.getMediaType());
        assertEquals("numbers", artifact.getStep());
        assertFalse(run.getEnvironment().getJvm().isEmpty());

        try (ZipFile zip = new ZipFile(r.archive().toFile())) {
            assertTrue(r.archive().getFileName().toString().matches("fixture-.*\\.osteon\\.zip"));
            assertTrue(zip.getEntry("run.xmi") != null && zip.getEntry("experiment.osteon") != null
                    && zip.getEntry("summary.txt") != null && zip.getEntry("artifacts/numbers/numbers.txt") != null);
        }
    }

    @Test
    void setSeedOverridesTheExperimentSeed() throws Exception {
        Path out = dir.resolve("seeded");
        engine.run(experiment(PARAMS, STEPS), Map.of("seed", "11"), Optional.of(out), ProgressMonitor.none());
        assertEquals(11L, ExperimentFiles.loadRun(out.resolve("run.xmi")).getSeed());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.run(experiment(PARAMS, STEPS),
                Map.of("seed", "x"), Optional.of(dir.resolve("bad")), ProgressMonitor.none()));
        assertTrue(e.getMessage().contains("--set seed=x: expected a whole number"), e.getMessage());
    }

    @Test
    void sameSeedSameStepSeeds() {
        assertEquals(ExperimentRunner.stepSeed(42, "features"), ExperimentRunner.stepSeed(42, "features"));
        assertTrue(ExperimentRunner.stepSeed(42, "features") != ExperimentRunner.stepSeed(43, "features"));
        assertTrue(ExperimentRunner.stepSeed(42, "features") != ExperimentRunner.stepSeed(42, "segment"));
    }

    @Test
    void neverOverwritesAnEarlierRun() throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "earlier");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.run(experiment(PARAMS, STEPS),
                Map.of(), Optional.of(out), ProgressMonitor.none()));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertEquals("earlier", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        String steps = """
                  <steps id="numbers" kind="org.osteon.engine.tests.source">
                    <parameters name="count" value="500"/>
                    <parameters name="scale" value="${nosuch}"/>
                    <parameters name="input" value="missing.bin"/>
                    <parameters name="colour" value="red"/>
                  </steps>
                  <steps id="bogus" kind="org.osteon.engine.tests.doesNotExist"/>
                  <steps id="total" kind="org.osteon.engine.tests.sum"/>
                  <steps id="wrong" kind="org.osteon.engine.tests.sum">
                    <inputs port="numbers" source="labels.labels"/>
                  </steps>
                  <steps id="labels" kind="org.osteon.engine.tests.labels">
                    <inputs port="numbers" source="numbers.numbers"/>
                  </steps>
                """;
        ValidationException e = assertThrows(ValidationException.class,
                () -> engine.validate(experiment("", steps), Map.of("count", "2")));
        List<String> p = e.problems();
        assertTrue(has(p, "--set count: unknown parameter"), p.toString());
        assertTrue(has(p, "step 'numbers' parameter 'count': expected an integer in [1, 100], got 500"), p.toString());
        assertTrue(has(p, "refers to ${nosuch}, which is not an experiment parameter"), p.toString());
        assertTrue(has(p, "missing.bin does not exist"), p.toString());
        assertTrue(has(p, "unknown parameter 'colour'"), p.toString());
        assertTrue(has(p, "step 'bogus': unknown step kind 'org.osteon.engine.tests.doesNotExist'; installed steps: "),
                p.toString());
        assertTrue(has(p, "step 'total': required input 'numbers' (numbers) is not connected"), p.toString());
        assertTrue(has(p, "step 'wrong' input 'numbers' expects numbers but 'labels.labels' gives labels"),
                p.toString());
        assertTrue(has(p, "step 'labels': unknown input 'numbers'"), p.toString());
        assertTrue(e.getMessage().startsWith("experiment 'fixture': " + p.size() + " problems:"), e.getMessage());
    }

    private static boolean has(List<String> problems, String text) {
        return problems.stream().anyMatch(s -> s.contains(text));
    }

    @Test
    void internalFailureKeepsLogInFailedFolder() throws Exception {
        String steps = STEPS + """
                  <steps id="boom" kind="org.osteon.engine.tests.fail">
                    <inputs port="numbers" source="numbers.numbers"/>
                  </steps>
                """;
        Path out = dir.resolve("run1");
        RunFailedException e = assertThrows(RunFailedException.class,
                () -> engine.run(experiment(PARAMS, steps), Map.of(), Optional.of(out), ProgressMonitor.none()));
        assertFalse(Files.exists(out), "the requested folder must not look like a finished run");
        assertEquals(dir.resolve("run1.failed"), e.failedRunDirectory());
        assertTrue(Files.readString(e.failedRunDirectory().resolve("run.log")).contains("fixture failure"));
        assertEquals(RunStatus.FAILED, ExperimentFiles.loadRun(e.failedRunDirectory().resolve("run.xmi")).getStatus());
        try (Stream<Path> s = Files.list(e.failedRunDirectory())) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".zip")), "a failed run has no archive");
        }
    }

    private static final String HALVES = """
              <steps id="half" kind="org.osteon.engine.tests.twoHalves">
                <parameters name="wrap" value="${wrap}"/>
                <inputs port="numbers" source="numbers.numbers"/>
              </steps>
            """;
    private static final String WRAP = "  <parameters name=\"wrap\" type=\"boolean\" value=\"false\"/>\n";

    /** A monitor cancelled (as Ctrl-C does) when a task containing {@code trigger} begins or, for "", at the first done(). */
    private static ProgressMonitor cancelAt(String trigger) {
        return new ProgressMonitor() {
            private volatile boolean cancel;

            @Override
            public void begin(String task, int totalWork) {
                cancel |= !trigger.isEmpty() && task.contains(trigger);
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public void done() {
                cancel |= trigger.isEmpty();
            }

            @Override
            public boolean isCanceled() {
                return cancel;
            }
        };
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Asserts the folder layout of a cancelled run: NAME.cancelled only, status CANCELLED, no archive, no report. */
    private Run assertCancelled(RunCancelledException e, Path out, List<String> files) throws IOException {
        Path kept = dir.resolve(out.getFileName() + ".cancelled");
        assertEquals(kept, e.cancelledRunDirectory());
        assertFalse(Files.exists(out), "a cancelled run never takes the complete run's name");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("partial")), "no partial folder left");
        }
        // what finished, run.xmi and run.log; no archive, no summary.txt of the reporter
        assertEquals(files, names(kept));
        Run run = ExperimentFiles.loadRun(kept.resolve("run.xmi"));
        assertEquals(RunStatus.CANCELLED, run.getStatus());
        assertTrue(run.getFinished() != null, "a cancelled run has its end time");
        assertEquals(files.stream().filter(f -> !f.startsWith("run.")).toList(),
                run.getArtifacts().stream().map(a -> a.getPath()).sorted().toList(), "artifacts recorded");
        return run;
    }

    @Test
    void cancelInsideAStepKeepsWhatFinishedInACancelledFolder() throws Exception {
        Path out = dir.resolve("run3");
        RunCancelledException e = assertThrows(RunCancelledException.class, () -> engine.run(
                experiment(PARAMS + WRAP, STEPS + HALVES), Map.of(), Optional.of(out), cancelAt("two halves")));
        // the core cancellation exception: whoever handles cancel handles this
        assertTrue(e instanceof org.osteon.core.progress.CancelledException);
        assertTrue(e.getMessage().contains("after the first half"), e.getMessage());
        Run run = assertCancelled(e, out, List.of("artifacts/half/checkpoints/last.txt",
                "artifacts/numbers/numbers.txt", "experiment.osteon", "results/history.csv", "run.log", "run.xmi"));
        Path kept = e.cancelledRunDirectory();
        assertEquals("first half", Files.readString(kept.resolve("artifacts/half/checkpoints/last.txt")));
        assertEquals("half,loss\n1,0.5\n", Files.readString(kept.resolve("results/history.csv")));
        assertEquals("half", run.getArtifacts().stream().filter(a -> a.getPath().equals("results/history.csv"))
                .findFirst().orElseThrow().getStep(), "the cancelled step's files are attributed to it");
        assertEquals("text/csv", run.getArtifacts().stream().filter(a -> a.getPath().equals("results/history.csv"))
                .findFirst().orElseThrow().getMediaType());
        String log = Files.readString(kept.resolve("run.log"));
        assertTrue(log.contains("step 3/3 (org.osteon.engine.tests.twoHalves) cancelled"), log);
        assertTrue(log.contains("run cancelled (cancelled after the first half)"), log);
        assertFalse(log.contains("run succeeded"), log);
    }

    @Test
    void aCancellationWrappedByAStepStillCancelsTheRun() throws Exception {
        Path out = dir.resolve("run4");
        RunCancelledException e = assertThrows(RunCancelledException.class, () -> engine.run(
                experiment(PARAMS + WRAP, STEPS + HALVES), Map.of("wrap", "true"), Optional.of(out),
                cancelAt("two halves")));
        assertEquals(RunStatus.CANCELLED,
                ExperimentFiles.loadRun(e.cancelledRunDirectory().resolve("run.xmi")).getStatus());
        assertFalse(Files.exists(dir.resolve("run4.failed")), "a cancel is not a failure");
    }

    @Test
    void cancelBetweenStepsKeepsTheFinishedStepsInACancelledFolder() throws Exception {
        Path out = dir.resolve("run5");
        // cancelled when the first step is done: the runner stops before the second
        RunCancelledException e = assertThrows(RunCancelledException.class, () -> engine.run(
                experiment(PARAMS + WRAP, STEPS + HALVES), Map.of(), Optional.of(out), cancelAt("")));
        assertTrue(e.getMessage().contains("before step 'total'"), e.getMessage());
        Run run = assertCancelled(e, out, List.of("artifacts/numbers/numbers.txt", "experiment.osteon", "run.log",
                "run.xmi"));
        assertTrue(run.getResults().isEmpty(), "no step published a result");
        assertTrue(Files.readString(e.cancelledRunDirectory().resolve("run.log"))
                .contains("run cancelled (cancelled before step 'total')"));

        // a second cancelled run to the same name is kept beside the first, never over it
        RunCancelledException again = assertThrows(RunCancelledException.class, () -> engine.run(
                experiment(PARAMS + WRAP, STEPS + HALVES), Map.of(), Optional.of(out), cancelAt("")));
        assertEquals(dir.resolve("run5.cancelled-2"), again.cancelledRunDirectory());
        assertTrue(Files.isRegularFile(e.cancelledRunDirectory().resolve("run.xmi")));
    }

    @Test
    void theSameRunUncancelledCompletesBothHalves() throws Exception {
        Path out = dir.resolve("run6");
        RunOutcome r = engine.run(experiment(PARAMS + WRAP, STEPS + HALVES), Map.of(), Optional.of(out),
                cancelAt("no such task"));
        assertEquals(out, r.runDirectory());
        assertEquals("second half", Files.readString(out.resolve("artifacts/half/checkpoints/last.txt")));
        assertEquals(RunStatus.SUCCEEDED, ExperimentFiles.loadRun(out.resolve("run.xmi")).getStatus());
        assertTrue(Files.isRegularFile(r.archive()));
        assertTrue(Files.isRegularFile(out.resolve("summary.txt")));
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".cancelled")));
        }
    }

    @Test
    void userErrorWhileRunningLeavesNothing() throws Exception {
        String steps = """
                  <steps id="boom" kind="org.osteon.engine.tests.fail">
                    <parameters name="user" value="true"/>
                  </steps>
                """;
        Path out = dir.resolve("run2");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.run(experiment("", steps), Map.of(), Optional.of(out), ProgressMonitor.none()));
        assertEquals("fixture input is corrupt", e.getMessage());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("test.osteon"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void commandLinePathsAreRelativeToTheWorkingDirectory() throws Exception {
        Path data = dir.resolve("data.bin");
        Files.write(data, new byte[5]);
        String params = "  <parameters name=\"inp\" type=\"file\" value=\"\"/>\n";
        String steps = """
                  <steps id="numbers" kind="org.osteon.engine.tests.source">
                    <parameters name="input" value="${inp}"/>
                  </steps>
                """;
        Path sub = Files.createDirectories(dir.resolve("experiments"));
        Path x = Files.move(experiment(params, steps), sub.resolve("x.osteon"));
        var validator = new ExperimentValidator(engine.registries());
        var spec = Experiments.load(x);
        var resolved = validator.resolve(spec, Map.of("inp", "data.bin"), sub, dir);
        assertEquals(data.toString(), resolved.steps().get(0).parameters().get("input"));
        // the same relative path written in the experiment is relative to the experiment file: missing there,
        // reported once (for the experiment parameter), not again for the step that uses it
        ValidationException e = assertThrows(ValidationException.class,
                () -> validator.resolve(spec, Map.of("inp", "data.bin"), sub, sub));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("experiment parameter 'inp': file "), e.problems().toString());
    }

    @Test
    void missingExperimentFileIsAUserError() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> engine.validate(dir.resolve("nope.osteon"), Map.of()));
        assertTrue(e.getMessage().contains("nope.osteon does not exist"), e.getMessage());
    }
}
