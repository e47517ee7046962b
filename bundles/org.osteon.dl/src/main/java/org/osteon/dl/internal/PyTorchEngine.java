package org.osteon.dl.internal;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngine;
import ai.djl.pytorch.engine.PtEngineProvider;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.pytorch.jni.LibUtils;

import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.TensorScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PyTorch through DJL, started offline from the native bundle. Registered as the
 * {@link DeepLearningEngine} component (OSGI-INF/org.osteon.dl.engine.xml); tests construct it directly.
 * <p>
 * The component property {@code threads} (or the system property {@code osteon.dl.threads}) sets the
 * intra-op thread count; the engine's default (one per core) applies otherwise. The setting is process-wide.
 */
public final class PyTorchEngine implements DeepLearningEngine, org.osteon.core.EnvironmentDescriber {

    public static final String THREADS_PROPERTY = "osteon.dl.threads";

    private static final Logger LOG = LoggerFactory.getLogger(PyTorchEngine.class);
    private static final String ENGINE = "PyTorch";

    private Engine engine;

    /** For Declarative Services; {@link #activate(Map)} starts the engine. */
    public PyTorchEngine() {
    }

    /** Starts the engine with {@code threads} intra-op threads (0: the engine's default). */
    public PyTorchEngine(int threads) {
        start(threads);
    }

    /** Declarative Services activation. */
    public void activate(Map<String, Object> properties) {
        Object t = properties.get("threads");
        int threads = t == null ? Integer.getInteger(THREADS_PROPERTY, 0) : Integer.parseInt(t.toString().trim());
        start(threads);
    }

    public void deactivate() {
        // the native library stays loaded for the life of the process; nothing to release here
        LOG.debug("deep-learning engine component deactivated");
    }

    private synchronized void start(int threads) {
        if (engine != null) {
            return;
        }
        if (System.getProperty("ai.djl.offline") == null) {
            // never download natives or models: everything comes from the bundles
            System.setProperty("ai.djl.offline", "true");
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // DJL looks its engine provider and native resources up through the context class loader
        thread.setContextClassLoader(PtEngine.class.getClassLoader());
        try {
            if (!Engine.hasEngine(ENGINE)) {
                Engine.registerEngine(new PtEngineProvider());
            }
            engine = Engine.getEngine(ENGINE);
            if (threads > 0) {
                JniUtils.setNumThreads(threads);
            }
            String natives = LibUtils.getLibtorchPath();
            if (natives != null) {
                NativeLogging.apply(Path.of(natives));
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("{} {} started ({} threads, natives {})", ENGINE, engine.getVersion(), JniUtils.getNumThreads(),
                nativeVersion());
    }

    private Engine engine() {
        if (engine == null) {
            throw new IllegalStateException("deep-learning engine is not started");
        }
        return engine;
    }

    @Override
    public String engineName() {
        return engine().getEngineName();
    }

    @Override
    public String engineVersion() {
        return engine().getVersion();
    }

    @Override
    public String bindingVersion() {
        return Engine.getDjlVersion();
    }

    @Override
    public String nativeVersion() {
        engine();
        String path = LibUtils.getLibtorchPath();
        // the natives are extracted to .../pytorch/<version>-<flavour>-<os>-<arch>/
        String folder = path == null ? "" : Path.of(path).getFileName().toString();
        return folder.isEmpty() ? LibUtils.getVersion() : folder;
    }

    @Override
    public String device() {
        return Device.cpu().getDeviceType();
    }

    @Override
    public int threads() {
        engine();
        return JniUtils.getNumThreads();
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("engine", engineName());
        m.put("engine.version", engineVersion());
        m.put("binding.version", bindingVersion());
        m.put("native.version", nativeVersion());
        m.put("device", device());
        m.put("threads", Integer.toString(threads()));
        return Collections.unmodifiableMap(m);
    }

    @Override
    public void setSeed(long seed) {
        engine();
        // DJL's setter takes an int (and seeds torch with it): torch::manual_seed gets the whole 64 bits after it
        engine.setRandomSeed(Long.hashCode(seed));
        JniUtils.setSeed(seed);
    }

    @Override
    public TensorScope newScope() {
        return DjlAccess.scope(engine().newBaseManager(Device.cpu()));
    }

    @Override
    public String toString() {
        return engine == null ? "PyTorchEngine[not started]" : "PyTorchEngine" + describe();
    }
}
