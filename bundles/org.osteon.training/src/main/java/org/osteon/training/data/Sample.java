package org.osteon.training.data;

import java.util.Objects;

/**
 * One sample of a data set as its index knows it before anything is decoded: an id (a file, a study/view),
 * a class label ({@link #NO_LABEL} for regression or landmark tasks), the subject it comes from (a patient:
 * k-fold splits never put one subject on both sides) and the study it belongs to (study-level scores pool
 * the views of a study).
 */
public record Sample(String id, int label, String subject, String study) {

    /** The label of a sample of a task without classes. */
    public static final int NO_LABEL = -1;

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(study, "study");
        if (label < NO_LABEL) {
            throw new IllegalArgumentException("label of sample " + id + " is " + label + "; expected a class index >= 0 or NO_LABEL");
        }
    }

    public boolean hasLabel() {
        return label != NO_LABEL;
    }
}
