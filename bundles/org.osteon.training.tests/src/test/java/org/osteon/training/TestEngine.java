package org.osteon.training;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.osteon.dl.DeepLearningEngine;

/** The platform's deep-learning engine, taken from the service registry as the application takes it. */
public final class TestEngine {

    private static DeepLearningEngine engine;

    private TestEngine() {
    }

    public static synchronized DeepLearningEngine get() {
        if (engine == null) {
            try {
                Bundle dl = FrameworkUtil.getBundle(DeepLearningEngine.class);
                dl.start(Bundle.START_ACTIVATION_POLICY);
                BundleContext context = FrameworkUtil.getBundle(TestEngine.class).getBundleContext();
                ServiceTracker<DeepLearningEngine, DeepLearningEngine> tracker = new ServiceTracker<>(context, DeepLearningEngine.class, null);
                tracker.open();
                engine = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
                if (engine == null) {
                    throw new IllegalStateException("no DeepLearningEngine service within 60 s");
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the deep-learning engine", e);
            }
        }
        return engine;
    }
}
