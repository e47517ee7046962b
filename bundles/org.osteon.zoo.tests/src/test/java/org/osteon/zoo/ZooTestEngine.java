package org.osteon.zoo;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.osteon.dl.DeepLearningEngine;

/** The deep-learning engine service, as installed code gets it: from the service registry. */
public final class ZooTestEngine {

    private static DeepLearningEngine engine;

    private ZooTestEngine() {
    }

    public static synchronized DeepLearningEngine get() {
        if (engine == null) {
            try {
                // lazy bundles are only looked at by the component runtime once they are starting
                FrameworkUtil.getBundle(DeepLearningEngine.class).start(Bundle.START_ACTIVATION_POLICY);
                BundleContext context = FrameworkUtil.getBundle(ZooTestEngine.class).getBundleContext();
                ServiceTracker<DeepLearningEngine, DeepLearningEngine> tracker = new ServiceTracker<>(context, DeepLearningEngine.class, null);
                tracker.open();
                engine = tracker.waitForService(60_000);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (engine == null) {
                throw new IllegalStateException("no DeepLearningEngine service");
            }
        }
        return engine;
    }

    /** Largest |a - b| relative to the largest |b|. */
    public static double relativeError(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        double max = 1e-12;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(b[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        return diff / max;
    }

    /** Largest |a - b|. */
    public static double maxAbsDifference(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("lengths differ: " + a.length + " vs " + b.length);
        }
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        return diff;
    }
}
