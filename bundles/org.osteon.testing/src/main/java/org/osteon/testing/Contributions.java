package org.osteon.testing;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * A bundle's plugin.xml contributions as the running extension registry sees them, for tests that check
 * what a bundle declares (ids, attributes, parameters) and that its classes can be created.
 */
public final class Contributions {

    private Contributions() {
    }

    /** The running extension registry; an AssertionError when the test runs outside OSGi. */
    public static IExtensionRegistry registry() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new AssertionError("no extension registry is running (run the test with tycho-surefire)");
        }
        return registry;
    }

    /** The element with this {@code id} contributed to {@code point}; an AssertionError when there is none. */
    public static IConfigurationElement element(String point, String id) {
        List<IConfigurationElement> found = Arrays.stream(registry().getConfigurationElementsFor(point))
                .filter(e -> id.equals(e.getAttribute("id"))).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.isEmpty() ? id + " is not contributed to " + point
                    : id + " is contributed " + found.size() + " times to " + point);
        }
        return found.get(0);
    }

    /** The elements that bundle {@code contributor} contributes to {@code point}, in declaration order. */
    public static List<IConfigurationElement> of(String point, String contributor) {
        return Arrays.stream(registry().getConfigurationElementsFor(point))
                .filter(e -> contributor.equals(e.getContributor().getName())).toList();
    }
}
