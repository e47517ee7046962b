package org.osteon.core.dataset;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One image of a data set with what is known about it.
 *
 * @param id         unique within its data set (e.g. the image path as the index lists it)
 * @param subject    the patient (or other unit) the image belongs to; splits never share a subject
 * @param split      the split it belongs to, e.g. "train", "valid", "test"
 * @param image      the image file, absolute; it is read later by whichever image reader matches it
 * @param targets    numeric labels, e.g. abnormal = 1, boneage = 123.0 (months), male = 1, kl = 3
 * @param attributes further facts, e.g. study, studyType, side
 * @param landmarks  landmarks in the image's pixel coordinates, when the data set has them
 */
public record Sample(String id, String subject, String split, Path image, Map<String, Double> targets,
        Map<String, String> attributes, Optional<Landmarks> landmarks) {

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(image, "image");
        if (id.isBlank() || subject.isBlank() || split.isBlank()) {
            throw new IllegalArgumentException("a sample needs a non-blank id, subject and split: " + id + ", "
                    + subject + ", " + split);
        }
        if (!image.isAbsolute()) {
            throw new IllegalArgumentException("the image of sample " + id + " must be an absolute path, got " + image);
        }
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        landmarks = landmarks == null ? Optional.empty() : landmarks;
    }

    /** A sample without landmarks. */
    public Sample(String id, String subject, String split, Path image, Map<String, Double> targets,
            Map<String, String> attributes) {
        this(id, subject, split, image, targets, attributes, Optional.empty());
    }

    public OptionalDouble target(String name) {
        Double v = targets.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The same sample in another split. */
    public Sample withSplit(String newSplit) {
        return new Sample(id, subject, newSplit, image, targets, attributes, landmarks);
    }

    /** The same sample with its image at the same place relative to {@code newRoot} as it was to {@code oldRoot}. */
    public Sample relocate(Path oldRoot, Path newRoot) {
        return new Sample(id, subject, split, newRoot.resolve(oldRoot.relativize(image)), targets, attributes,
                landmarks);
    }
}
