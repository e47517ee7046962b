package org.osteon.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osteon.core.EnvironmentDescriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the run executes on: OS, JVM, Osteon bundle versions and what registered describers add. */
public final class Environments {

    private static final Logger LOG = LoggerFactory.getLogger(Environments.class);

    private Environments() {
    }

    public static Map<String, String> describe() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        Bundle self = FrameworkUtil.getBundle(Environments.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (self != null) {
            env.put("osteon.version", self.getVersion().toString());
        }
        if (context != null) {
            for (Bundle b : context.getBundles()) {
                if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("org.osteon.")
                        && !b.getSymbolicName().endsWith(".tests")) {
                    env.put("bundle." + b.getSymbolicName(), b.getVersion().toString());
                }
            }
            try {
                for (ServiceReference<EnvironmentDescriber> ref : context.getServiceReferences(EnvironmentDescriber.class,
                        null)) {
                    EnvironmentDescriber d = context.getService(ref);
                    if (d != null) {
                        try {
                            env.putAll(d.describe());
                        } catch (RuntimeException e) {
                            LOG.warn("environment describer {} failed: {}", d.getClass().getName(), e.toString());
                        } finally {
                            context.ungetService(ref);
                        }
                    }
                }
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return env;
    }
}
