package org.osteon.core.metric;

/**
 * A cumulative metric of a classification (accuracy, Cohen's kappa, AUROC...). The predicted class of a
 * sample is the index of its largest probability, the first on ties; so in the binary case a sample is
 * positive (class 1) exactly when its positive probability is above 0.5, as MURA scores studies.
 */
public interface ClassificationMetric extends CumulativeMetric {

    /**
     * One batch: {@code labels[i]} is sample i's true class (0 .. classes-1), {@code probabilities[i]} its
     * predicted probability (or score) per class; every row has the same length, at least 2.
     */
    void update(int[] labels, double[][] probabilities);

    /**
     * One batch of a binary task: {@code positive[i]} is sample i's probability of class 1 (abnormal).
     */
    default void updateBinary(int[] labels, double[] positive) {
        double[][] rows = new double[positive.length][];
        for (int i = 0; i < positive.length; i++) {
            rows[i] = new double[] {1 - positive[i], positive[i]};
        }
        update(labels, rows);
    }
}
