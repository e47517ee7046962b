package org.osteon.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.CancelledException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.report.Reporter;
import org.osteon.core.report.RunReport;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;

/** Steps and a reporter contributed by this test bundle's plugin.xml. */
public final class FixtureSteps {

    private FixtureSteps() {
    }

    public static final class Source implements Step {
        @Override
        public void run(StepContext context) throws IOException {
            int n = (int) context.integer("count");
            double scale = context.real("scale");
            double extra = context.file("input").isPresent() ? Files.size(context.file("input").get()) : 0;
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = (i + 1) * scale + extra;
            }
            Files.writeString(context.artifact("numbers.txt", "text/plain"), java.util.Arrays.toString(values));
            context.note("seed", Long.toString(context.seed()));
            context.publish("numbers", values);
        }
    }

    public static final class Sum implements Step {
        @Override
        public void run(StepContext context) {
            double[] v = context.input("numbers", double[].class);
            double s = 0;
            for (double d : v) {
                s += d;
            }
            context.warn("this is a fixture");
            context.publish("matrix", new MatrixResult(context.parameter("name"), "sum of numbers", List.of("all"),
                    List.of("sum"), new double[][] {{s}}, ""));
        }
    }

    public static final class Fail implements Step {
        @Override
        public void run(StepContext context) {
            if (context.bool("user")) {
                throw new InvalidInputException("fixture input is corrupt");
            }
            throw new IllegalStateException("fixture failure");
        }
    }

    /**
     * Works in two halves like a trainer's epochs: writes the first half's checkpoint and history, then checks
     * the monitor (as a trainer does between batches) before the second half.
     */
    public static final class TwoHalves implements Step {
        @Override
        public void run(StepContext context) throws IOException {
            ProgressMonitor progress = context.progress();
            progress.begin("two halves", 2);
            Files.writeString(context.artifact("checkpoints/last.txt", "text/plain"), "first half");
            Files.writeString(context.resultFile("history.csv", "text/csv"), "half,loss\n1,0.5\n");
            progress.worked(1);
            try {
                CancelledException.checkCanceled(progress, "after the first half");
            } catch (CancelledException e) {
                if (context.bool("wrap")) {
                    // as a worker thread's cancellation reaches the step: wrapped
                    throw new IllegalStateException("worker stopped", e);
                }
                throw e;
            }
            Files.writeString(context.artifact("checkpoints/last.txt", "text/plain"), "second half");
            Files.writeString(context.resultFile("history.csv", "text/csv"), "half,loss\n1,0.5\n2,0.25\n");
            progress.worked(1);
        }
    }

    public static final class SummaryReporter implements Reporter {
        @Override
        public List<String> report(RunReport run, Path runDirectory) throws IOException {
            StringBuilder sb = new StringBuilder(run.experimentName() + " " + run.runId() + "\n");
            for (MatrixResult m : run.matrices()) {
                sb.append(m.name()).append('=').append(m.value(0, 0)).append('\n');
            }
            Files.writeString(runDirectory.resolve("summary.txt"), sb.toString());
            return List.of("summary.txt");
        }
    }
}
