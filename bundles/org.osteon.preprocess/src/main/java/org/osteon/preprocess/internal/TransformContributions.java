package org.osteon.preprocess.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osteon.core.InvalidInputException;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformCatalog;
import org.osteon.preprocess.TransformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code <transform>} contributions with their {@code <parameter>} children (the same attributes as the
 * steps point). A contribution without id or class, with an unknown parameter type or a default outside its
 * own declaration, or with an id already taken is logged with its bundle and skipped.
 */
public final class TransformContributions implements TransformCatalog {

    public static final String POINT = "org.osteon.preprocess.transforms";
    private static final Logger LOG = LoggerFactory.getLogger(TransformContributions.class);

    private final Map<String, IConfigurationElement> elements = new LinkedHashMap<>();
    private final List<Entry> entries;

    public TransformContributions(IExtensionRegistry registry) {
        List<Entry> out = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(POINT)) {
            String contributor = e.getContributor().getName();
            try {
                Entry entry = parse(e, contributor);
                if (elements.containsKey(entry.id())) {
                    throw new IllegalArgumentException("id '" + entry.id() + "' is already contributed");
                }
                elements.put(entry.id(), e);
                out.add(entry);
            } catch (IllegalArgumentException ex) {
                LOG.warn("Skipping contribution to {} from bundle {}: {}", POINT, contributor, ex.getMessage());
            }
        }
        out.sort(Comparator.comparing(Entry::id));
        entries = List.copyOf(out);
    }

    public static TransformCatalog ofPlatform() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            throw new IllegalStateException("no extension registry: transforms are read from the running platform");
        }
        return new TransformContributions(registry);
    }

    private static Entry parse(IConfigurationElement e, String contributor) {
        if (!"transform".equals(e.getName())) {
            throw new IllegalArgumentException("unknown element <" + e.getName() + ">, expected <transform>");
        }
        String id = attr(e, "id", null);
        attr(e, "class", id);
        List<ParameterSpec> params = new ArrayList<>();
        for (IConfigurationElement c : e.getChildren("parameter")) {
            String name = attr(c, "name", id);
            String typeId = attr(c, "type", id);
            ParameterType type = ParameterType.of(typeId).orElseThrow(() -> new IllegalArgumentException(
                    "parameter '" + name + "' of " + id + " has unknown type '" + typeId + "'"));
            String choices = c.getAttribute("choices");
            ParameterSpec p = new ParameterSpec(name, type, c.getAttribute("default"), Boolean.parseBoolean(c.getAttribute("required")), number(c, "min"),
                    number(c, "max"), choices == null ? List.of() : ParameterSpec.parseList(choices), c.getAttribute("doc"));
            p.check(p.defaultValue()).ifPresent(problem -> {
                throw new IllegalArgumentException("default of parameter '" + name + "' of " + id + ": " + problem);
            });
            if (params.stream().anyMatch(q -> q.name().equals(name))) {
                throw new IllegalArgumentException(id + " declares parameter '" + name + "' twice");
            }
            params.add(p);
        }
        String name = e.getAttribute("name");
        String description = e.getAttribute("description");
        return new Entry(id, name == null ? id : name, description == null ? "" : description, contributor, params);
    }

    private static OptionalDouble number(IConfigurationElement c, String attribute) {
        String v = c.getAttribute(attribute);
        return v == null || v.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(ParameterSpec.parseReal(v));
    }

    private static String attr(IConfigurationElement e, String name, String owner) {
        String v = e.getAttribute(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("<" + e.getName() + (owner == null ? "" : " of " + owner) + "> has no '"
                    + name + "' attribute");
        }
        return v.strip();
    }

    @Override
    public List<Entry> all() {
        return entries;
    }

    @Override
    public Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Transform create(String id, Map<String, String> values) {
        Entry entry = find(id).orElseThrow(() -> new InvalidInputException("unknown transform '" + id
                + "': expected one of " + String.join(", ", entries.stream().map(Entry::id).toList())));
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ParameterSpec p : entry.parameters()) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            p.check(v).ifPresent(problem -> problems.add("'" + p.name() + "': " + problem));
            settings.put(p.name(), v);
        }
        for (String name : values.keySet()) {
            if (entry.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                problems.add("'" + name + "' is not a parameter (expected "
                        + (entry.parameters().isEmpty() ? "none" : String.join(", ",
                                entry.parameters().stream().map(ParameterSpec::name).toList())) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("transform " + id + ": " + String.join("; ", problems));
        }
        Object created;
        try {
            created = elements.get(id).createExecutableExtension("class");
        } catch (CoreException e) {
            throw new IllegalStateException("transform " + id + " from bundle " + entry.contributor()
                    + " could not be created: " + e.getMessage(), e);
        }
        if (!(created instanceof Transform t)) {
            throw new IllegalStateException("transform " + id + " from bundle " + entry.contributor() + " is a "
                    + created.getClass().getName() + ", not an org.osteon.preprocess.Transform");
        }
        return t.configure(new TransformSettings(id, settings));
    }
}
