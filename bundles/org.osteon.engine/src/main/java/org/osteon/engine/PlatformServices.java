package org.osteon.engine;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Long-lived platform services (OSGi services such as the deep-learning engine), started on demand. */
public final class PlatformServices {

    private PlatformServices() {
    }

    /** The service of {@code type}, starting its bundle if needed, or an IllegalStateException naming it. */
    public static <T> T get(Class<T> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            Bundle self = FrameworkUtil.getBundle(PlatformServices.class);
            context = self == null ? null : self.getBundleContext();
        }
        if (context == null) {
            throw new IllegalStateException("no OSGi framework is running to provide " + type.getName());
        }
        if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (org.osgi.framework.BundleException e) {
                throw new IllegalStateException("cannot start bundle " + bundle.getSymbolicName() + " providing "
                        + type.getName() + ": " + e.getMessage(), e);
            }
        }
        ServiceReference<T> ref = context.getServiceReference(type);
        T service = ref == null ? null : context.getService(ref);
        if (service == null) {
            throw new IllegalStateException("service " + type.getName() + " is not available; is its bundle ("
                    + (bundle == null ? "?" : bundle.getSymbolicName()) + ") installed and Declarative Services"
                    + " (org.apache.felix.scr) started?");
        }
        return service;
    }
}
