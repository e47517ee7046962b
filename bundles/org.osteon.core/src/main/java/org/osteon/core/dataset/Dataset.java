package org.osteon.core.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osteon.core.InvalidInputException;

/**
 * An indexed data set: images with subjects, splits, targets, attributes and optional landmarks, in the
 * order the index lists them. Immutable; the views ({@link #split}, {@link #filter}) are new data sets.
 * Sample ids are unique. Readers call {@link #checkSubjectsDisjoint()} so that no subject (patient) is in two
 * splits, which would leak between training and evaluation.
 *
 * @param name    a display name, e.g. "MURA-v1.1"
 * @param root    the folder the data set was read from (absolute)
 * @param layout  the id of the layout or reader, e.g. "org.osteon.io.mura"
 * @param samples the samples, unmodifiable
 */
public record Dataset(String name, Path root, String layout, List<Sample> samples) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layout, "layout");
        root = root.toAbsolutePath().normalize();
        samples = List.copyOf(samples);
        Set<String> ids = new LinkedHashSet<>();
        for (Sample s : samples) {
            if (!ids.add(s.id())) {
                throw new InvalidInputException("data set " + name + " in " + root + " lists sample '" + s.id()
                        + "' twice; expected unique sample ids");
            }
        }
    }

    public int size() {
        return samples.size();
    }

    public Optional<Sample> sample(String id) {
        return samples.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The split names in the order they first appear. */
    public List<String> splits() {
        return samples.stream().map(Sample::split).distinct().toList();
    }

    /** The samples of one split (an empty data set when there is no such split). */
    public Dataset split(String split) {
        return filter(s -> s.split().equals(split));
    }

    /** The subjects, sorted. */
    public SortedSet<String> subjects() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(samples.stream().map(Sample::subject).toList()));
    }

    public Dataset filter(Predicate<Sample> keep) {
        return new Dataset(name, root, layout, samples.stream().filter(keep).toList());
    }

    /**
     * The samples grouped by the value of an attribute (e.g. "study"), groups in order of first appearance;
     * samples without the attribute are left out.
     */
    public Map<String, List<Sample>> groups(String attribute) {
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        for (Sample s : samples) {
            s.attribute(attribute).ifPresent(v -> out.computeIfAbsent(v, k -> new ArrayList<>()).add(s));
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    /** How many samples have each key (e.g. per split, per class), keys in order of first appearance. */
    public Map<String, Integer> count(Function<Sample, String> key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        samples.forEach(s -> out.merge(key.apply(s), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Checks that every subject is in one split only, and returns this data set. Otherwise throws an
     * InvalidInputException naming the first such subject (in sample order) and its splits.
     */
    public Dataset checkSubjectsDisjoint() {
        Map<String, Set<String>> splitsOf = new HashMap<>();
        for (Sample s : samples) {
            Set<String> splits = splitsOf.computeIfAbsent(s.subject(), k -> new LinkedHashSet<>());
            splits.add(s.split());
            if (splits.size() > 1) {
                throw new InvalidInputException("data set " + name + " in " + root + ": subject '" + s.subject()
                        + "' is in splits " + String.join(" and ", splits) + " (sample '" + s.id()
                        + "'); expected every subject in one split only, so that no patient is both trained on"
                        + " and evaluated");
            }
        }
        return this;
    }

    /**
     * Moves a deterministic subject-level {@code fraction} of split {@code from} into split {@code to} (see
     * {@link SubjectSplit#holdOut}); all images of a subject move together. Other splits are unchanged.
     */
    public Dataset holdOut(String from, String to, double fraction, long seed) {
        Set<String> moved = SubjectSplit.holdOut(split(from).subjects(), fraction, seed);
        return new Dataset(name, root, layout, samples.stream()
                .map(s -> s.split().equals(from) && moved.contains(s.subject()) ? s.withSplit(to) : s).toList());
    }

    /** The same data set moved to {@code newRoot}: every image keeps its path relative to the root. */
    public Dataset relocate(Path newRoot) {
        Path to = newRoot.toAbsolutePath().normalize();
        return new Dataset(name, to, layout, samples.stream().map(s -> s.relocate(root, to)).toList());
    }
}
