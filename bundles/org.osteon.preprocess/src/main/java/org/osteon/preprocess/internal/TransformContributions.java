package org.osteon.preprocess.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.registry.TransformDescriptor;
import org.osteon.core.step.ParameterSpec;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformCatalog;
import org.osteon.preprocess.TransformSettings;

/**
 * The transforms catalog over the core's registry of {@code org.osteon.preprocess.transforms} contributions
 * (read and validated there: a bad contribution is logged with its bundle and skipped), adding what only this
 * bundle knows: configuring a {@link Transform} from checked parameter values.
 */
public final class TransformContributions implements TransformCatalog {

    public static final String POINT = "org.osteon.preprocess.transforms";

    private final Registry<TransformDescriptor> registry;
    private final List<Entry> entries;

    public TransformContributions(Registry<TransformDescriptor> registry) {
        this.registry = registry;
        entries = registry.all().stream().map(d -> new Entry(d.id(), d.name(), d.description(), d.contributor(),
                d.parameters())).toList();
    }

    public static TransformCatalog ofPlatform() {
        return new TransformContributions(Registries.ofPlatform().transforms());
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
        return registry.get(id).create(Transform.class).configure(new TransformSettings(id, settings));
    }
}
