package org.osteon.evaluation;

import java.util.Arrays;

/**
 * Area under the ROC curve, equal to scikit-learn's {@code roc_auc_score}: tied scores count one half (the
 * trapezoid through a tie group), which is the Mann-Whitney U statistic divided by n1 n0, computed here from
 * mid-ranks.
 */
public final class Auroc {

    private Auroc() {
    }

    /**
     * The AUROC of {@code scores} for labels 0/1 (1 positive); NaN when only one class is present (scikit-learn
     * refuses that case, since the area is undefined).
     */
    public static double binary(int[] labels, double[] scores) {
        if (labels.length != scores.length) {
            throw new IllegalArgumentException(labels.length + " labels but " + scores.length + " scores");
        }
        int n = labels.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("AUROC needs labels 0 or 1, sample " + i + " has " + labels[i]);
            }
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("AUROC: score of sample " + i + " is NaN");
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRanks = 0;
        long positives = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1; // ranks are 1-based
            for (int t = i; t <= j; t++) {
                if (labels[order[t]] == 1) {
                    positiveRanks += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Macro-averaged one-vs-rest AUROC of class probabilities (scikit-learn's {@code multi_class="ovr",
     * average="macro"}); for two classes it is the binary AUROC of the class-1 column.
     */
    public static double oneVsRest(int[] labels, double[][] probabilities) {
        int classes = probabilities.length == 0 ? 0 : probabilities[0].length;
        if (classes == 2) {
            return binary(labels, column(probabilities, 1));
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            int[] oneVsRest = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                oneVsRest[i] = labels[i] == c ? 1 : 0;
            }
            sum += binary(oneVsRest, column(probabilities, c));
        }
        return sum / classes;
    }

    private static double[] column(double[][] rows, int c) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][c];
        }
        return out;
    }
}
