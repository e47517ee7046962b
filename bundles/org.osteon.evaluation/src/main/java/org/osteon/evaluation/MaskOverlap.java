package org.osteon.evaluation;

/**
 * Pixel counts of a binary segmentation against its reference (true and false positives and negatives), and
 * the overlap measures read from them: Dice {@code 2 TP / (2 TP + FP + FN)}, IoU (Jaccard)
 * {@code TP / (TP + FP + FN)} and pixel accuracy {@code (TP + TN) / all}. Dice and IoU are 1 when both masks
 * are empty (nothing to find, nothing found), as the label metrics {@code org.osteon.evaluation.dice} and
 * {@code .iou} define them. {@link Mean} averages the measures over images (each image weighs the same).
 */
public record MaskOverlap(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public MaskOverlap {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || trueNegatives < 0) {
            throw new IllegalArgumentException("pixel counts cannot be negative");
        }
    }

    /** The counts of {@code predicted} against {@code reference}, two masks of one size. */
    public static MaskOverlap of(boolean[] predicted, boolean[] reference) {
        if (predicted.length != reference.length) {
            throw new IllegalArgumentException("masks of " + predicted.length + " and " + reference.length
                    + " pixels cannot be compared; expected masks of one size");
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i]) {
                if (reference[i]) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (reference[i]) {
                fn++;
            }
        }
        return new MaskOverlap(tp, fp, fn, predicted.length - tp - fp - fn);
    }

    public long pixels() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public double dice() {
        long d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 1.0 : 2.0 * truePositives / d;
    }

    public double iou() {
        long d = truePositives + falsePositives + falseNegatives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double pixelAccuracy() {
        long n = pixels();
        if (n == 0) {
            throw new IllegalStateException("pixel accuracy of an empty mask");
        }
        return (double) (truePositives + trueNegatives) / n;
    }

    /** Means of Dice, IoU and pixel accuracy over images, fed one image at a time. */
    public static final class Mean {

        private double dice;
        private double iou;
        private double accuracy;
        private int images;

        public Mean add(MaskOverlap o) {
            dice += o.dice();
            iou += o.iou();
            accuracy += o.pixelAccuracy();
            images++;
            return this;
        }

        public int images() {
            return images;
        }

        public double dice() {
            return mean(dice);
        }

        public double iou() {
            return mean(iou);
        }

        public double pixelAccuracy() {
            return mean(accuracy);
        }

        private double mean(double sum) {
            return images == 0 ? Double.NaN : sum / images;
        }
    }
}
