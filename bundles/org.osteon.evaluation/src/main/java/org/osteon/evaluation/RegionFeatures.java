package org.osteon.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Feature vectors per image region and network layer, as the layer-features step publishes them
 * (port type "features"): one global-average-pooled vector for each (region, layer).
 */
public record RegionFeatures(String model, List<Entry> entries) {

    /** The vector of one region at one layer; {@code module} is the network module the layer selector chose. */
    public record Entry(String region, String layer, String module, float[] vector) {
        public Entry {
            vector = vector.clone();
        }

        @Override
        public float[] vector() {
            return vector.clone();
        }
    }

    public RegionFeatures {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> find(String region, String layer) {
        return entries.stream().filter(e -> e.region().equals(region) && e.layer().equals(layer)).findFirst();
    }

    /** Regions in first-seen order. */
    public List<String> regions() {
        return new ArrayList<>(entries.stream().map(Entry::region).collect(LinkedHashSet::new, LinkedHashSet::add,
                LinkedHashSet::addAll));
    }

    /** Layers in first-seen order. */
    public List<String> layers() {
        return new ArrayList<>(entries.stream().map(Entry::layer).collect(LinkedHashSet::new, LinkedHashSet::add,
                LinkedHashSet::addAll));
    }
}
