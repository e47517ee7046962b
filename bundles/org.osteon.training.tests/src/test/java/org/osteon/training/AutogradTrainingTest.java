package org.osteon.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.testing.dl.TestEngines;
import org.osteon.core.progress.CancelledException;
import org.osteon.dl.SafetensorsReader;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.dl.nn.Dropout;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;
import org.osteon.training.data.DataLoader;
import org.osteon.training.data.SampleSource;
import org.osteon.training.data.Samplers;
import org.osteon.training.losses.MseLoss;
import org.osteon.training.optim.LearningRateSchedule;
import org.osteon.training.optim.SGD;

/**
 * The trainer with the product's {@link SupervisedStep} (two-layer perceptron with dropout, MSE, SGD with momentum,
 * a step schedule, gradient clipping) on the two clouds.
 */
class AutogradTrainingTest extends ScopedTest {

    @TempDir
    Path dir;

    private Module model(long initSeed, String... frozen) {
        // dropout draws from the engine's generator: the trainer reseeds it per epoch, or resume and reruns would differ
        Module m = new Sequential().add("fc1", new Linear(scope, 2, 8)).add("relu", new ReLU()).add("drop", new Dropout(0.25f))
                .add("fc2", new Linear(scope, 8, 1));
        Initialization.torchvision(m, initSeed);
        if (frozen.length > 0) {
            m.freeze(frozen);
        }
        return m;
    }

    private Trainer.Builder trainer(Module model, Path out, long seed, int epochs) {
        SampleSource train = TrainerTest.clouds(96, 0);
        SampleSource valid = TrainerTest.clouds(40, 1000);
        SGD sgd = SGD.builder().setParameters(model.trainableParameters(), scope).setLearningRate(0.05).optMomentum(0.9).build();
        TrainingStep step = SupervisedStep.builder().setModel(model).setLoss(new MseLoss()).setOptimizer(sgd)
                .optSchedule(LearningRateSchedule.step(sgd, 2, 0.5)).optClipGradNorm(10).build();
        return Trainer.builder().setModel(model).setStep(step).setScope(scope).optEngine(TestEngines.engine()).setSeed(seed).setEpochs(epochs)
                .setOutput(out)
                .setTrainData(DataLoader.builder().setSource(train).setSampler(Samplers.shuffled(train.size(), 16, false, seed)).setSeed(seed)
                        .optWorkers(2).build())
                .optValidationData(DataLoader.builder().setSource(valid).setSampler(Samplers.sequential(valid.size(), 16)).setSeed(seed)
                        .optWorkers(1).build())
                .addMetric(TrainerTest.accuracy(0.5f)).optMonitor("accuracy", Trainer.Goal.MAX);
    }

    @Test
    void lossFallsAndTheSameSeedGivesTheSameCheckpointBytes() throws Exception {
        Trainer.Result a = trainer(model(1), dir.resolve("a"), 3, 6).build().fit();
        Trainer.Result b = trainer(model(1), dir.resolve("b"), 3, 6).build().fit();
        double first = a.history().get(0).loss();
        History.Row lastValid = a.history().get(a.history().size() - 1);
        assertTrue(lastValid.loss() < first / 4, "validation MSE " + lastValid.loss() + " should be a quarter of the first epoch's " + first);
        assertTrue(lastValid.metric("accuracy").getAsDouble() >= 0.95, "accuracy " + lastValid.metric("accuracy"));
        assertEquals(CheckpointTest.sha256(a.lastCheckpoint()), CheckpointTest.sha256(b.lastCheckpoint()));
        // the checkpoint: torch names for the model, the optimizer's state under optimizer.state., the schedule's numbers
        List<String> names = SafetensorsReader.entries(a.lastCheckpoint()).stream().map(SafetensorsReader.Entry::name).toList();
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"), names.subList(0, 4));
        assertTrue(names.contains("optimizer.state.fc2.weight.momentum_buffer") && names.contains("optimizer.state.fc1.bias.step"), names.toString());
        Map<String, String> meta = SafetensorsReader.metadata(a.lastCheckpoint());
        assertEquals("0.00625", meta.get("optimizer.learning_rate"), "0.05 halved every 2 epochs, after 6");
        assertEquals("6.0", meta.get("scheduler.epoch"));
        assertEquals(0.00625, a.history().get(a.history().size() - 1).lr() * 0.5, 1e-15, "the history shows the rate epoch 6 trained with");
        assertEquals(a.history().stream().map(r -> r.loss() + " " + r.metrics()).toList(),
                b.history().stream().map(r -> r.loss() + " " + r.metrics()).toList());
    }

    @Test
    void frozenParametersKeepTheirBytes() {
        Module m = model(2, "fc1");
        Map<String, float[]> before = snapshot(m);
        trainer(m, dir, 4, 3).build().fit();
        Map<String, float[]> after = snapshot(m);
        assertArrayEquals(before.get("fc1.weight"), after.get("fc1.weight"));
        assertArrayEquals(before.get("fc1.bias"), after.get("fc1.bias"));
        assertFalse(Arrays.equals(before.get("fc2.weight"), after.get("fc2.weight")), "the unfrozen layer trained");
    }

    @Test
    void resumingAfterEpochTwoOfFourGivesTheUninterruptedWeightsAndMetrics() throws Exception {
        Trainer.Result whole = trainer(model(1), dir.resolve("whole"), 8, 4).build().fit();
        Path part = dir.resolve("part");
        ProgressMonitor cancelInEpoch3 = TrainerTest.cancelWhenTaskStarts("epoch 3/");
        assertThrows(CancelledException.class, () -> trainer(model(1), part, 8, 4).optProgress(cancelInEpoch3).build().fit());
        Module fresh = model(77);
        Trainer.Result resumed = trainer(fresh, part, 8, 4).optResumeFrom(part.resolve("checkpoints/last.safetensors")).build().fit();
        assertEquals(CheckpointTest.sha256(whole.lastCheckpoint()), CheckpointTest.sha256(resumed.lastCheckpoint()));
        List<String> a = whole.history().stream().map(r -> r.epoch() + r.split() + r.loss() + r.metrics()).toList();
        List<String> b = resumed.history().stream().map(r -> r.epoch() + r.split() + r.loss() + r.metrics()).toList();
        assertEquals(a, b);
    }

    private static Map<String, float[]> snapshot(Module m) {
        Map<String, float[]> out = new LinkedHashMap<>();
        m.stateDict().forEach((n, t) -> out.put(n, t.toFloatArray()));
        return out;
    }
}
