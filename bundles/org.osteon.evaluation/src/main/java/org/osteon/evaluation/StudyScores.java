package org.osteon.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteon.core.InvalidInputException;

/**
 * Per-image predictions grouped by study, scored as MURA's baseline scores a study (Rajpurkar et al. 2018):
 * the study's probability is the arithmetic mean of its views' probabilities of abnormality, and the study
 * is predicted abnormal when that mean is above 0.5. Studies come out in the order they were first added.
 * Not thread-safe; add the images of one split, then read {@link #studies()}.
 */
public final class StudyScores {

    /** The threshold a study's mean probability must exceed to be predicted abnormal. */
    public static final double THRESHOLD = 0.5;

    /** One scored study: its label (1 abnormal), mean probability, prediction and number of views. */
    public record StudyScore(String study, int label, double probability, int prediction, int views) {
    }

    private final Map<String, double[]> studies = new LinkedHashMap<>(); // label, sum, views

    /** Adds one view (image) of {@code study} with its true label (0/1) and predicted probability. */
    public StudyScores add(String study, int label, double probability) {
        if (label != 0 && label != 1) {
            throw new InvalidInputException("study '" + study + "': label " + label
                    + " is not a binary label; expected 0 (normal) or 1 (abnormal)");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("study '" + study + "': probability " + probability
                    + " is outside [0, 1]");
        }
        double[] s = studies.computeIfAbsent(study, k -> new double[] {label, 0, 0});
        if (s[0] != label) {
            throw new InvalidInputException("study '" + study + "' has views labelled both " + (int) s[0]
                    + " and " + label + "; every view of a study carries the study's label");
        }
        s[1] += probability;
        s[2]++;
        return this;
    }

    public int size() {
        return studies.size();
    }

    public List<StudyScore> studies() {
        List<StudyScore> out = new ArrayList<>(studies.size());
        for (Map.Entry<String, double[]> e : studies.entrySet()) {
            double[] s = e.getValue();
            double p = s[1] / s[2];
            out.add(new StudyScore(e.getKey(), (int) s[0], p, p > THRESHOLD ? 1 : 0, (int) s[2]));
        }
        return List.copyOf(out);
    }

    /** The studies' labels in {@link #studies()} order. */
    public int[] labels() {
        return studies().stream().mapToInt(StudyScore::label).toArray();
    }

    /** The studies' mean probabilities in {@link #studies()} order. */
    public double[] probabilities() {
        return studies().stream().mapToDouble(StudyScore::probability).toArray();
    }

    /** The study-level confusion matrix (rows true, columns predicted; 1 = abnormal). */
    public ConfusionMatrix confusionMatrix() {
        return ConfusionMatrix.of(labels(), studies().stream().mapToInt(StudyScore::prediction).toArray(), 2);
    }
}
