package org.osteon.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.CancelledException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.Module;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.Sample;
import org.osteon.training.data.SampleLoader;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;

class TrainerTest extends ScopedTest {

    @TempDir
    Path dir;

    /** Two Gaussian clouds around (-1, -1) and (1, 1), each sample's point fixed by its index, jittered by the augmentation. */
    static final SampleLoader CLOUDS = (sample, random, slot) -> {
        SplittableRandom base = new SplittableRandom(Long.parseLong(sample.id().substring(1)));
        float c = sample.label() == 1 ? 1f : -1f;
        slot.setPixel(0, c + 0.6f * (float) base.nextGaussian() + 0.05f * (float) random.nextGaussian());
        slot.setPixel(1, c + 0.6f * (float) base.nextGaussian() + 0.05f * (float) random.nextGaussian());
        slot.setTarget(0, sample.label());
    };

    static SampleSource clouds(int n, int offset) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(new Sample("s" + (offset + i), i % 2, "p" + (offset + i), "p" + (offset + i)));
        }
        return new SampleSource(samples, new long[] {2}, new long[] {1}, CLOUDS);
    }

    /** Accuracy of outputs above {@code threshold} meaning class 1 (0 for logits, 0.5 for a regression on 0/1). */
    static EpochMetric accuracy(float threshold) {
        return new EpochMetric() {
            @Override
            public String name() {
                return "accuracy";
            }

            @Override
            public double compute(float[] outputs, long[] outputShape, float[] targets, long[] targetShape) {
                int right = 0;
                for (int i = 0; i < outputs.length; i++) {
                    right += (outputs[i] > threshold) == (targets[i] > 0.5f) ? 1 : 0;
                }
                return (double) right / outputs.length;
            }
        };
    }

    private Trainer.Builder trainer(Path out, long seed, int epochs, long initSeed) {
        Module model = new Linear(scope, 2, 1);
        Initialization.torchvision(model, initSeed);
        SampleSource train = clouds(96, 0);
        SampleSource valid = clouds(40, 1000);
        return Trainer.builder().setModel(model).setStep(new LogisticStep(model, scope, 0.5)).setScope(scope).setSeed(seed).setEpochs(epochs)
                .setOutput(out)
                .setTrainData(DataLoader.builder().setSource(train).setSampler(Samplers.shuffled(train.size(), 16, false, seed)).setSeed(seed)
                        .optWorkers(2).build())
                .optValidationData(DataLoader.builder().setSource(valid).setSampler(Samplers.sequential(valid.size(), 16)).setSeed(seed)
                        .optWorkers(0).build())
                .addMetric(accuracy(0f)).optMonitor("accuracy", Trainer.Goal.MAX);
    }

    @Test
    void lossFallsOnSeparableDataAndProgressIsReportedPerEpoch() {
        List<String> tasks = new ArrayList<>();
        List<String> subTasks = new ArrayList<>();
        int[] worked = new int[1];
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                tasks.add(task + " (" + totalWork + ")");
            }

            @Override
            public void worked(int units) {
                worked[0] += units;
            }

            @Override
            public void subTask(String name) {
                subTasks.add(name);
            }
        };
        Trainer.Result r = trainer(dir, 3, 5, 1).optProgress(monitor).build().fit();
        assertEquals(Trainer.Status.FINISHED, r.status());
        List<History.Row> rows = History.read(dir.resolve("results/history.csv"));
        assertEquals(10, rows.size());
        double first = rows.get(0).loss();
        History.Row lastValid = rows.get(9);
        assertEquals("valid", lastValid.split());
        assertTrue(lastValid.loss() < first / 3, "validation loss " + lastValid.loss() + " should be a third of the first epoch's " + first);
        assertTrue(lastValid.metric("accuracy").getAsDouble() >= 0.95, "accuracy " + lastValid.metric("accuracy"));
        assertEquals(List.of("epoch 1/5 train (6)", "epoch 1/5 valid (3)"), tasks.subList(0, 2));
        assertEquals(5 * (6 + 3), worked[0]);
        assertTrue(subTasks.get(0).matches("loss \\d+\\.\\d{4}, ETA \\d+:\\d\\d"), subTasks.get(0));
        assertEquals(0.125, rows.get(8).lr(), "the schedule halved 0.5 twice by epoch 5");
    }

    @Test
    void theSameSeedGivesTheSameCheckpointBytesAndMetrics() throws Exception {
        Trainer.Result a = trainer(dir.resolve("a"), 11, 3, 1).build().fit();
        Trainer.Result b = trainer(dir.resolve("b"), 11, 3, 1).build().fit();
        Trainer.Result c = trainer(dir.resolve("c"), 12, 3, 1).build().fit();
        assertEquals(CheckpointTest.sha256(a.lastCheckpoint()), CheckpointTest.sha256(b.lastCheckpoint()));
        assertEquals(withoutSeconds(a.history()), withoutSeconds(b.history()));
        assertNotEquals(CheckpointTest.sha256(a.lastCheckpoint()), CheckpointTest.sha256(c.lastCheckpoint()), "another seed, another data order");
    }

    @Test
    void aRunCancelledAfterEpochTwoResumesToTheUninterruptedResult() throws Exception {
        Trainer.Result whole = trainer(dir.resolve("whole"), 5, 4, 1).build().fit();

        Path part = dir.resolve("part");
        ProgressMonitor cancelInEpoch3 = cancelWhenTaskStarts("epoch 3/");
        CancelledException e = assertThrows(CancelledException.class, () -> trainer(part, 5, 4, 1).optProgress(cancelInEpoch3).build().fit());
        assertTrue(e.getMessage().contains("epoch 3/4 train after 0 of 6 batches"), e.getMessage());
        Path last = part.resolve("checkpoints/last.safetensors");
        assertEquals(2, Checkpoint.readState(last).epochsDone());
        assertEquals(4, History.read(part.resolve("results/history.csv")).size());

        // a differently initialised model: everything must come from the checkpoint
        Trainer.Result resumed = trainer(part, 5, 4, 99).optResumeFrom(last).build().fit();
        assertEquals(4, resumed.epochsDone());
        assertEquals(CheckpointTest.sha256(whole.lastCheckpoint()), CheckpointTest.sha256(resumed.lastCheckpoint()),
                "weights, optimizer state and metadata bit-identical");
        assertEquals(withoutSeconds(whole.history()), withoutSeconds(resumed.history()));
        assertEquals(CheckpointTest.sha256(whole.bestCheckpoint().orElseThrow()), CheckpointTest.sha256(resumed.bestCheckpoint().orElseThrow()));

        // resuming a finished run trains nothing more
        Trainer.Result again = trainer(part, 5, 4, 99).optResumeFrom(last).build().fit();
        assertEquals(CheckpointTest.sha256(whole.lastCheckpoint()), CheckpointTest.sha256(again.lastCheckpoint()));
        InvalidInputException seed = assertThrows(InvalidInputException.class, () -> trainer(part, 6, 4, 1).optResumeFrom(last).build().fit());
        assertTrue(seed.getMessage().contains("seed 5") && seed.getMessage().contains("seed 6"), seed.getMessage());
    }

    @Test
    void earlyStoppingKeepsTheBestEpochsCheckpoint() {
        // a monitored value that gets worse every time it is computed: epoch 1 stays the best
        EpochMetric worsening = new EpochMetric() {
            private int calls;

            @Override
            public String name() {
                return "drift";
            }

            @Override
            public double compute(float[] outputs, long[] outputShape, float[] targets, long[] targetShape) {
                return ++calls;
            }
        };
        List<Integer> epochsSeen = new ArrayList<>();
        Trainer.Result r = trainer(dir, 1, 10, 1).addMetric(worsening).optMonitor("drift", Trainer.Goal.MIN).optPatience(2)
                .addListener(new TrainingListener() {
                    @Override
                    public void epochDone(Trainer.EpochSummary s) {
                        epochsSeen.add(s.epoch());
                    }
                }).build().fit();
        assertEquals(Trainer.Status.STOPPED_EARLY, r.status());
        assertEquals(3, r.epochsDone());
        assertEquals(List.of(1, 2, 3), epochsSeen);
        assertEquals(1, r.best().orElseThrow().epoch());
        Checkpoint.State best = Checkpoint.readState(r.bestCheckpoint().orElseThrow());
        assertEquals(1, best.epochsDone());
        assertEquals(2, Checkpoint.readState(r.lastCheckpoint()).epochsWithoutImprovement());
    }

    @Test
    void badSettingsAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> trainer(dir, 1, 0, 1).build());
        assertTrue(e.getMessage().contains("epochs is 0"), e.getMessage());
        InvalidInputException m = assertThrows(InvalidInputException.class,
                () -> trainer(dir, 1, 2, 1).optMonitor("kappa", Trainer.Goal.MAX).build());
        assertTrue(m.getMessage().contains("kappa is not one of the metrics [accuracy]"), m.getMessage());
    }

    /** A monitor that is cancelled from the first task whose name starts with {@code prefix} on. */
    static ProgressMonitor cancelWhenTaskStarts(String prefix) {
        return new ProgressMonitor() {
            private boolean cancel;

            @Override
            public void begin(String task, int totalWork) {
                cancel |= task.startsWith(prefix);
            }

            @Override
            public void worked(int units) {
            }

            @Override
            public boolean isCanceled() {
                return cancel;
            }
        };
    }

    private static List<String> withoutSeconds(List<History.Row> rows) {
        return rows.stream().map(r -> r.epoch() + "," + r.split() + "," + r.loss() + "," + r.metrics() + "," + r.lr()).toList();
    }
}
