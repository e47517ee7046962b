package org.osteon.testing.dl;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.osteon.dl.DeepLearningEngine;

/**
 * The deep-learning engine as installed code gets it: the Declarative Services component of org.osteon.dl,
 * from the service registry. One per process (the natives load once anyway); the build sets its threads
 * with {@code -Dosteon.dl.threads}.
 */
public final class TestEngines {

    private static DeepLearningEngine engine;

    private TestEngines() {
    }

    /** The engine service, waiting up to a minute for the component to start. */
    public static synchronized DeepLearningEngine engine() {
        if (engine == null) {
            engine = lookUp();
        }
        return engine;
    }

    private static DeepLearningEngine lookUp() {
        Bundle dl = FrameworkUtil.getBundle(DeepLearningEngine.class);
        Bundle self = FrameworkUtil.getBundle(TestEngines.class);
        if (dl == null || self == null) {
            throw new IllegalStateException("the engine is a service: run the test inside OSGi (tycho-surefire)");
        }
        ServiceTracker<DeepLearningEngine, DeepLearningEngine> tracker = null;
        try {
            // lazy bundles are only looked at by the component runtime once they are starting
            dl.start(Bundle.START_ACTIVATION_POLICY);
            self.start(Bundle.START_ACTIVATION_POLICY);
            BundleContext context = self.getBundleContext();
            tracker = new ServiceTracker<>(context, DeepLearningEngine.class, null);
            tracker.open();
            DeepLearningEngine service = tracker.waitForService(60_000);
            if (service == null) {
                throw new IllegalStateException("no DeepLearningEngine service within 60 s");
            }
            return service;
        } catch (BundleException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
