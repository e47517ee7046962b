package org.osteon.evaluation;

import java.util.Arrays;

/**
 * Counts of true class (row) against predicted class (column). The binary measures take class 1 as the
 * positive class (abnormal in MURA): sensitivity = TP / (TP + FN), specificity = TN / (TN + FP). A measure
 * whose denominator is zero is NaN.
 */
public record ConfusionMatrix(long[][] counts) {

    public ConfusionMatrix {
        if (counts.length < 2) {
            throw new IllegalArgumentException("a confusion matrix needs at least 2 classes, got " + counts.length);
        }
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != counts.length) {
                throw new IllegalArgumentException("a confusion matrix is square: row " + i + " has "
                        + counts[i].length + " counts, expected " + counts.length);
            }
            for (long c : counts[i]) {
                if (c < 0) {
                    throw new IllegalArgumentException("confusion matrix counts cannot be negative, got " + c);
                }
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /** The matrix of {@code labels[i]} against {@code predicted[i]}, classes 0 .. classes-1. */
    public static ConfusionMatrix of(int[] labels, int[] predicted, int classes) {
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + predicted.length + " predictions");
        }
        long[][] c = new long[classes][classes];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes || predicted[i] < 0 || predicted[i] >= classes) {
                throw new IllegalArgumentException("sample " + i + ": class " + labels[i] + " / " + predicted[i]
                        + " outside 0.." + (classes - 1));
            }
            c[labels[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(c);
    }

    public int classes() {
        return counts.length;
    }

    /** Samples of true class {@code label} predicted as {@code predicted}. */
    public long count(int label, int predicted) {
        return counts[label][predicted];
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public long correct() {
        long n = 0;
        for (int i = 0; i < counts.length; i++) {
            n += counts[i][i];
        }
        return n;
    }

    public double accuracy() {
        return (double) correct() / total();
    }

    public double error() {
        return 1 - accuracy();
    }

    /** Recall of class 1 in a binary matrix. */
    public double sensitivity() {
        requireBinary("sensitivity");
        return (double) counts[1][1] / (counts[1][1] + counts[1][0]);
    }

    /** Recall of class 0 in a binary matrix. */
    public double specificity() {
        requireBinary("specificity");
        return (double) counts[0][0] / (counts[0][0] + counts[0][1]);
    }

    /** Cohen's kappa of the two classifications with its large-sample 95% confidence interval. */
    public Kappa kappa() {
        return Kappa.of(this);
    }

    private void requireBinary(String what) {
        if (counts.length != 2) {
            throw new IllegalStateException(what + " needs a binary confusion matrix, got " + counts.length
                    + " classes");
        }
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.deepToString(counts);
    }
}
