package org.osteon.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.Linear;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;

class CheckpointTest extends ScopedTest {

    @TempDir
    Path dir;

    private Module model(long seed) {
        Module m = new Sequential().add("fc1", new Linear(scope, 4, 3)).add("relu", new ReLU()).add("fc2", new Linear(scope, 3, 2));
        Initialization.torchvision(m, seed);
        return m;
    }

    private Map<String, Tensor> optimizerState(Module m) {
        Map<String, Tensor> s = new LinkedHashMap<>();
        m.namedParameters().forEach((n, t) -> {
            float[] v = t.toFloatArray();
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] * 0.5f + i;
            }
            s.put("state." + n + ".exp_avg", Tensor.fromFloatArray(scope, v, t.shape()));
        });
        return s;
    }

    private static Checkpoint.State state() {
        return new Checkpoint.State(2, 40, 1234, Optional.of(new Checkpoint.Best("kappa", 0.1 + 0.2, 2)), 0, Map.of("step", "40"),
                Map.of("kind", "cosine", "last_epoch", "2"));
    }

    @Test
    void roundTripsModelOptimizerAndStateAndLoadsAsPlainWeights() throws IOException {
        Module m = model(5);
        Path file = dir.resolve("checkpoints/last.safetensors");
        Checkpoint.write(file, m, optimizerState(m), state());

        List<String> names = SafetensorsReader.entries(file).stream().map(SafetensorsReader.Entry::name).toList();
        assertEquals(List.of("fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias", "optimizer.state.fc1.weight.exp_avg",
                "optimizer.state.fc1.bias.exp_avg", "optimizer.state.fc2.weight.exp_avg", "optimizer.state.fc2.bias.exp_avg"), names);
        Map<String, String> meta = SafetensorsReader.metadata(file);
        assertEquals(Checkpoint.FORMAT, meta.get("format"));
        assertEquals("2", meta.get("epoch"));
        assertEquals("40", meta.get("global_step"));
        assertEquals(Long.toString(Seeds.derive(1234, Seeds.ORDER, 2)), meta.get("rng.order"));
        assertEquals("cosine", meta.get("scheduler.kind"));
        assertEquals("40", meta.get("optimizer.step"));

        Checkpoint.Contents c = Checkpoint.read(scope, file);
        assertEquals(state(), c.state());
        assertEquals(0.30000000000000004, c.state().best().orElseThrow().value());
        assertArrayEquals(optimizerState(m).get("state.fc2.weight.exp_avg").toFloatArray(), c.optimizer().get("state.fc2.weight.exp_avg").toFloatArray());

        Module other = model(6);
        assertTrue(!java.util.Arrays.equals(m.stateDict().get("fc1.weight").toFloatArray(), other.stateDict().get("fc1.weight").toFloatArray()));
        Checkpoint.restore(other, c.model(), "checkpoint " + file);
        for (String n : m.stateDict().keySet()) {
            assertArrayEquals(m.stateDict().get(n).toFloatArray(), other.stateDict().get(n).toFloatArray(), n);
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void sameContentGivesTheSameBytes() throws IOException, NoSuchAlgorithmException {
        Path a = dir.resolve("a.safetensors");
        Path b = dir.resolve("b.safetensors");
        Module m1 = model(7);
        Checkpoint.write(a, m1, optimizerState(m1), state());
        Module m2 = model(7);
        Checkpoint.write(b, m2, optimizerState(m2), state());
        assertEquals(sha256(a), sha256(b));
        Checkpoint.write(b, m2, optimizerState(m2), new Checkpoint.State(3, 40, 1234, Optional.empty(), 1, Map.of(), Map.of()));
        assertTrue(!sha256(a).equals(sha256(b)));
    }

    @Test
    void aCheckpointThatDoesNotFitNamesEachProblem() throws IOException {
        Path file = dir.resolve("c.safetensors");
        Module small = new Sequential().add("fc1", new Linear(scope, 4, 3)).add("fc3", new Linear(scope, 3, 2));
        Checkpoint.write(file, small, Map.of(), state());
        Checkpoint.Contents c = Checkpoint.read(scope, file);
        Module m = model(1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Checkpoint.restore(m, c.model(), "checkpoint c"));
        assertTrue(e.getMessage().startsWith("checkpoint c does not fit the model: "), e.getMessage());
        assertTrue(e.getMessage().contains("missing fc2.weight") && e.getMessage().contains("unexpected fc3.bias"), e.getMessage());

        Path plain = dir.resolve("plain.safetensors");
        org.osteon.dl.SafetensorsWriter.write(plain, Map.of("w", Tensor.ones(scope, 1)));
        InvalidInputException notOurs = assertThrows(InvalidInputException.class, () -> Checkpoint.readState(plain));
        assertTrue(notOurs.getMessage().contains("not an Osteon training checkpoint"), notOurs.getMessage());
    }

    static String sha256(Path f) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
