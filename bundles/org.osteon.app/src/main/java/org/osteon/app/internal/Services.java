package org.osteon.app.internal;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Platform services (Declarative Services components) for commands that run outside an experiment. */
final class Services {

    private static final long WAIT_SECONDS = 60;

    private Services() {
    }

    /** The service of {@code type}, starting its bundle if needed; an IllegalStateException when none appears. */
    static <T> T get(Class<T> type) {
        Bundle provider = FrameworkUtil.getBundle(type);
        Bundle self = FrameworkUtil.getBundle(Services.class);
        if (provider == null || self == null) {
            throw new IllegalStateException("no OSGi framework is running to provide " + type.getName());
        }
        try {
            if (provider.getState() != Bundle.ACTIVE) {
                provider.start(Bundle.START_TRANSIENT);
            }
            BundleContext context = self.getBundleContext();
            ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
            tracker.open();
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (service == null) {
                throw new IllegalStateException("no " + type.getName() + " service within " + WAIT_SECONDS + " s");
            }
            return service;
        } catch (BundleException e) {
            throw new IllegalStateException("cannot start bundle " + provider.getSymbolicName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getName(), e);
        }
    }
}
