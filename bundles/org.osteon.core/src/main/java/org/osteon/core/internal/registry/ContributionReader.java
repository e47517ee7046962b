package org.osteon.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osteon.core.registry.ContributionException;
import org.osteon.core.registry.Descriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the contributions to one extension point into descriptors. A bad contribution (a missing
 * attribute, an unknown parameter type, a class its bundle does not contain, a duplicate id) is logged
 * with the contributing bundle's name and skipped; the others load.
 */
final class ContributionReader {

    private static final Logger LOG = LoggerFactory.getLogger(ContributionReader.class);

    /** The elements of every point the registries read; another element is a contributor's mistake. */
    private static final List<String> KNOWN_ELEMENTS = List.of("volumeReader", "datasetReader", "step", "model",
            "vectorMetric", "labelMetric", "classificationMetric", "regressionMetric", "landmarkMetric", "reporter",
            "loss", "transform");

    private ContributionReader() {
    }

    /** Thrown by descriptor constructors for a contribution that must be skipped. */
    static final class BadContribution extends Exception {
        private static final long serialVersionUID = 1L;

        BadContribution(String message) {
            super(message);
        }
    }

    interface Parser<D> {
        D parse(IConfigurationElement element) throws BadContribution;
    }

    static <D extends Descriptor> List<D> read(IExtensionRegistry registry, String point, String element,
            Parser<D> parser) {
        List<D> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
            String contributor = e.getContributor().getName();
            if (!element.equals(e.getName())) {
                if (!KNOWN_ELEMENTS
                        .contains(e.getName())) {
                    LOG.warn("Skipping <{}> contributed to {} by bundle {}: unknown element, expected <{}>",
                            e.getName(), point, contributor, element);
                }
                continue;
            }
            try {
                D d = parser.parse(e);
                if (!ids.add(d.id())) {
                    throw new BadContribution("id '" + d.id() + "' is already contributed");
                }
                out.add(d);
            } catch (BadContribution | InvalidRegistryObjectException ex) {
                LOG.warn("Skipping contribution to {} from bundle {}: {}", point, contributor, ex.getMessage());
            }
        }
        out.sort(Comparator.comparing(Descriptor::id));
        return List.copyOf(out);
    }

    static String required(IConfigurationElement e, String attribute) throws BadContribution {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            String id = e.getAttribute("id");
            throw new BadContribution("<" + e.getName() + (id == null ? "" : " id=\"" + id + "\"")
                    + "> has no '" + attribute + "' attribute");
        }
        return v.strip();
    }

    static String optional(IConfigurationElement e, String attribute, String fallback) {
        String v = e.getAttribute(attribute);
        return v == null ? fallback : v.strip();
    }

    /**
     * Checks that the contributing bundle holds the class file without loading it (contributions are
     * created lazily, so a bundle is not started just because its contribution was listed).
     */
    static String checkedClass(IConfigurationElement e) throws BadContribution {
        String className = required(e, "class");
        String contributor = e.getContributor().getName();
        Bundle bundle = findBundle(contributor);
        if (bundle != null && bundle.getResource(className.replace('.', '/') + ".class") == null) {
            throw new BadContribution("class " + className + " is not in bundle " + contributor);
        }
        return className;
    }

    private static Bundle findBundle(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(ContributionReader.class);
        if (self == null || self.getBundleContext() == null) {
            return null;
        }
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** Creates the contributed class and checks its type; failures name the contribution and bundle. */
    static <T> T create(IConfigurationElement e, String id, Class<T> type) {
        String contributor = e.getContributor().getName();
        Object o;
        try {
            o = e.createExecutableExtension("class");
        } catch (CoreException | RuntimeException | LinkageError ex) {
            throw new ContributionException("cannot create contribution '" + id + "' of bundle " + contributor
                    + ": " + ex.getMessage(), ex);
        }
        if (!type.isInstance(o)) {
            throw new ContributionException("contribution '" + id + "' of bundle " + contributor + " is a "
                    + o.getClass().getName() + ", expected a " + type.getName(), null);
        }
        return type.cast(o);
    }

    static List<String> commaList(String v) {
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }

    static <T> List<T> commaList(String v, Function<String, T> f) {
        return commaList(v).stream().map(f).toList();
    }
}
