package org.osteon.methods.kneel;

import java.util.ArrayList;
import java.util.List;

/**
 * KNEEL's evaluation of predicted knee landmarks: for each bone, the landmarks KNEEL reports (tibia 0, 4, 8;
 * femur 9, 12, 15 of the 16: the plateau's ends and middle, the condyles' ends and middle), the PCK (share of
 * those landmarks within r mm, inclusive) at 1, 1.5, 2 and 2.5 mm, and the outlier rate: the share of knees with
 * any of those landmarks 10 mm or more from the reference. Distances are in mm. The paper's ablation reports the
 * ends alone (tibia 0, 8; femur 9, 15): {@link Subset#ABLATION}.
 */
public final class KneelScores {

    public static final int[] TIBIA = {0, 4, 8};
    public static final int[] FEMUR = {9, 12, 15};
    public static final double[] RADII_MM = {1, 1.5, 2, 2.5};
    public static final double OUTLIER_MM = 10;
    public static final List<String> COLUMNS = List.of("1 mm", "1.5 mm", "2 mm", "2.5 mm", "outliers");

    private KneelScores() {
    }

    /** Which landmarks of each bone are scored: the paper's three (ends and middle) or its ablation's two (ends). */
    public enum Subset {
        PAPER(TIBIA, FEMUR), ABLATION(new int[] {0, 8}, new int[] {9, 15});

        private final int[] tibia;
        private final int[] femur;

        Subset(int[] tibia, int[] femur) {
            this.tibia = tibia;
            this.femur = femur;
        }

        public int[] tibia() {
            return tibia.clone();
        }

        public int[] femur() {
            return femur.clone();
        }
    }

    /** One knee's distances (mm) of all 16 landmarks, and its KL grade (-1 when unknown). */
    public record Knee(double[] distancesMm, int kl) {
    }

    /**
     * PCK at {@link #RADII_MM} then the outlier rate, over the given knees, for the landmarks {@code bone}; NaN
     * for every value when there are no knees.
     */
    public static double[] row(List<Knee> knees, int[] bone) {
        double[] out = new double[RADII_MM.length + 1];
        if (knees.isEmpty()) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        long within[] = new long[RADII_MM.length];
        long outliers = 0;
        for (Knee k : knees) {
            boolean outlier = false;
            for (int i : bone) {
                double d = k.distancesMm()[i];
                for (int r = 0; r < RADII_MM.length; r++) {
                    within[r] += d <= RADII_MM[r] ? 1 : 0;
                }
                outlier |= !(d < OUTLIER_MM);
            }
            outliers += outlier ? 1 : 0;
        }
        for (int r = 0; r < RADII_MM.length; r++) {
            out[r] = (double) within[r] / (knees.size() * bone.length);
        }
        out[RADII_MM.length] = (double) outliers / knees.size();
        return out;
    }

    /** The six rows of results/pck.csv in order: tibia, femur, tibia KL&lt;2, tibia KL&gt;=2, femur KL&lt;2, femur KL&gt;=2. */
    public static final List<String> ROWS = List.of("tibia", "femur", "tibia KL<2", "tibia KL>=2", "femur KL<2", "femur KL>=2");

    /** The six rows (see {@link #ROWS}) for one fold's knees, scoring the paper's landmarks. */
    public static double[][] table(List<Knee> knees) {
        return table(knees, Subset.PAPER);
    }

    /** The six rows (see {@link #ROWS}) for one fold's knees, scoring the landmarks of {@code subset}. */
    public static double[][] table(List<Knee> knees, Subset subset) {
        int[] tibia = subset.tibia;
        int[] femur = subset.femur;
        List<Knee> low = new ArrayList<>();
        List<Knee> high = new ArrayList<>();
        for (Knee k : knees) {
            if (k.kl() >= 2) {
                high.add(k);
            } else if (k.kl() >= 0) {
                low.add(k);
            }
        }
        return new double[][] {row(knees, tibia), row(knees, femur), row(low, tibia), row(high, tibia), row(low, femur), row(high, femur)};
    }

    /**
     * Mean (index 0) and sample standard deviation (index 1; 0 for one value) over folds, cell by cell, of the
     * folds that have a value (not NaN); NaN where none has.
     */
    public static double[][][] meanAndStd(List<double[][]> folds) {
        int rows = folds.get(0).length;
        int cols = folds.get(0)[0].length;
        double[][] mean = new double[rows][cols];
        double[][] std = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double sum = 0;
                int n = 0;
                for (double[][] f : folds) {
                    if (!Double.isNaN(f[r][c])) {
                        sum += f[r][c];
                        n++;
                    }
                }
                double m = n == 0 ? Double.NaN : sum / n;
                double ss = 0;
                for (double[][] f : folds) {
                    if (!Double.isNaN(f[r][c])) {
                        ss += (f[r][c] - m) * (f[r][c] - m);
                    }
                }
                mean[r][c] = m;
                std[r][c] = n == 0 ? Double.NaN : n == 1 ? 0 : Math.sqrt(ss / (n - 1));
            }
        }
        return new double[][][] {mean, std};
    }

    /** Recall (share of the landmarks within d) at each distance of {@code distancesMm}, for the landmarks {@code bone}. */
    public static double[] curve(List<Knee> knees, int[] bone, double[] distancesMm) {
        double[] out = new double[distancesMm.length];
        if (knees.isEmpty()) {
            return out;
        }
        for (int j = 0; j < distancesMm.length; j++) {
            long within = 0;
            for (Knee k : knees) {
                for (int i : bone) {
                    within += k.distancesMm()[i] <= distancesMm[j] ? 1 : 0;
                }
            }
            out[j] = (double) within / (knees.size() * bone.length);
        }
        return out;
    }
}
