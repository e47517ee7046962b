package org.osteon.dl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.TestEngine;

class PyTorchEngineTest {

    @Test
    void describesTheEngineForTheEnvironmentRecord() {
        DeepLearningEngine engine = TestEngine.get();
        Map<String, String> d = engine.describe();
        assertEquals(List.of("engine", "engine.version", "binding.version", "native.version", "device", "threads"), List.copyOf(d.keySet()));
        assertEquals("PyTorch", d.get("engine"));
        assertEquals("2.7.1", d.get("engine.version"));
        assertEquals("0.35.1", d.get("binding.version"));
        assertTrue(d.get("native.version").startsWith("2.7.1") && d.get("native.version").contains("cpu"), d.get("native.version"));
        assertEquals("cpu", d.get("device"));
        assertEquals(2, engine.threads());
    }

    @Test
    void scopesFreeTheirTensors() {
        Tensor kept;
        try (TensorScope scope = TestEngine.get().newScope()) {
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
    void isRegisteredAsDeclarativeServicesComponent() throws Exception {
        Bundle dl = FrameworkUtil.getBundle(DeepLearningEngine.class);
        assertNotNull(dl, "org.osteon.dl runs as a bundle");
        // lazy bundles are only looked at by the component runtime once they are starting
        dl.start(Bundle.START_ACTIVATION_POLICY);
        BundleContext context = FrameworkUtil.getBundle(PyTorchEngineTest.class).getBundleContext();
        ServiceTracker<DeepLearningEngine, DeepLearningEngine> tracker = new ServiceTracker<>(context, DeepLearningEngine.class, null);
        tracker.open();
        try {
            DeepLearningEngine engine = tracker.waitForService(30_000);
            assertNotNull(engine, "no DeepLearningEngine service within 30 s");
            assertEquals("PyTorch", engine.engineName());
            try (TensorScope scope = engine.newScope()) {
                Tensor t = Tensor.fromFloatArray(scope, new float[] {-1, 2}, 2);
                assertEquals(2f, t.relu().toFloatArray()[1]);
                assertEquals(0f, t.relu().toFloatArray()[0]);
            }
        } finally {
            tracker.close();
        }
    }
}
