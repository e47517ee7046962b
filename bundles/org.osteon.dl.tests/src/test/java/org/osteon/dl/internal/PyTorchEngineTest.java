package org.osteon.dl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.testing.dl.TestEngines;

class PyTorchEngineTest {

    @Test
    void describesTheEngineForTheEnvironmentRecord() {
        DeepLearningEngine engine = TestEngines.engine();
        Map<String, String> d = engine.describe();
        assertEquals(List.of("engine", "engine.version", "binding.version", "native.version", "device", "threads"), List.copyOf(d.keySet()));
        assertEquals("PyTorch", d.get("engine"));
        assertEquals("2.7.1", d.get("engine.version"));
        assertEquals("0.35.1", d.get("binding.version"));
        assertTrue(d.get("native.version").startsWith("2.7.1") && d.get("native.version").contains("cpu"), d.get("native.version"));
        assertEquals("cpu", d.get("device"));
        assertEquals(2, engine.threads(), "the build starts the engine with -Dosteon.dl.threads=2");
    }

    @Test
    void libtorchWarningsAreOffUnlessTheEnvironmentAsksForThem() {
        TestEngines.engine();
        // c10 prints a deprecation warning when DJL assigns tensor values; at level ERROR it stays quiet
        int expected = NativeLogging.parse(System.getenv(NativeLogging.ENVIRONMENT_VARIABLE)).orElse(NativeLogging.ERROR);
        assertEquals(expected, NativeLogging.level().orElseThrow());
        assertEquals(2, NativeLogging.parse(" error ").getAsInt());
        assertEquals(1, NativeLogging.parse("1").getAsInt());
        assertTrue(NativeLogging.parse("loud").isEmpty());
    }

    @Test
    void scopesFreeTheirTensors() {
        Tensor kept;
        try (TensorScope scope = TestEngines.engine().newScope()) {
            kept = Tensor.ones(scope, 2, 3);
            try (TensorScope child = scope.newChild()) {
                Tensor inner = Tensor.zeros(child, 4);
                Tensor moved = Tensor.zeros(child, 5).moveTo(scope);
                child.close();
                assertTrue(!inner.isOpen() && moved.isOpen());
            }
            assertEquals(6, kept.toFloatArray().length);
        }
        assertTrue(!kept.isOpen());
    }

    @Test
    void isRegisteredAsDeclarativeServicesComponent() {
        // TestEngines looks the engine up in the OSGi service registry, as installed code does
        DeepLearningEngine engine = TestEngines.engine();
        assertInstanceOf(PyTorchEngine.class, engine);
        assertEquals("PyTorch", engine.engineName());
        try (TensorScope scope = engine.newScope()) {
            Tensor t = Tensor.fromFloatArray(scope, new float[] {-1, 2}, 2);
            assertEquals(2f, t.relu().toFloatArray()[1]);
            assertEquals(0f, t.relu().toFloatArray()[0]);
        }
    }
}
