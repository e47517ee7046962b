package org.osteon.core.metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a cumulative metric aggregates to: one or more named numbers (kappa; a count per confusion-matrix
 * cell; PCK at each radius), each with an optional confidence interval. The names are short column names
 * ({@code kappa}, {@code pck@2.5mm}) that history and metrics tables use as headers.
 */
public record MetricResult(List<Entry> entries) {

    /** One named number; {@code low}/{@code high} bound its confidence interval when the metric gives one. */
    public record Entry(String name, double value, OptionalDouble low, OptionalDouble high) {
        public Entry {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a metric entry needs a name");
            }
            if (low.isPresent() != high.isPresent()) {
                throw new IllegalArgumentException("metric entry '" + name + "' needs both interval bounds or none");
            }
        }

        public static Entry of(String name, double value) {
            return new Entry(name, value, OptionalDouble.empty(), OptionalDouble.empty());
        }

        public static Entry withInterval(String name, double value, double low, double high) {
            return new Entry(name, value, OptionalDouble.of(low), OptionalDouble.of(high));
        }
    }

    public MetricResult {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a metric result needs at least one entry");
        }
        if (entries.stream().map(Entry::name).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("metric entry names must be unique, got " + entries.stream()
                    .map(Entry::name).toList());
        }
    }

    public static MetricResult of(String name, double value) {
        return new MetricResult(List.of(Entry.of(name, value)));
    }

    /** The first entry's value: the metric's headline number. */
    public double value() {
        return entries.get(0).value();
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The entries as table columns in order: each name with its value, and after an entry with an interval
     * {@code name-ci-low} and {@code name-ci-high} (the MURA metrics table's {@code kappa, kappa-ci-low,
     * kappa-ci-high}).
     */
    public Map<String, Double> columns() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.put(e.name(), e.value());
            if (e.low().isPresent()) {
                out.put(e.name() + "-ci-low", e.low().getAsDouble());
                out.put(e.name() + "-ci-high", e.high().getAsDouble());
            }
        }
        return out;
    }
}
