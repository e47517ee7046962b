package org.osteon.training.data;

import java.util.SplittableRandom;

/**
 * Decodes and augments one sample into its slot of a batch. Called from the data loader's worker threads,
 * several samples at once: implementations keep no mutable state of their own outside the slot, and draw
 * every random choice from {@code random}, which is seeded from (experiment seed, epoch, sample index), so
 * the result does not depend on which thread loads the sample or when.
 * <p>
 * A sample that cannot be read (a file that fails to decode) is bad input: throw
 * {@link org.osteon.core.InvalidInputException} naming the file; the loader stops and the training fails
 * with it.
 */
@FunctionalInterface
public interface SampleLoader {

    void load(Sample sample, SplittableRandom random, Slot slot) throws Exception;

    /**
     * Where one sample goes: {@code pixels[pixelOffset, pixelOffset + pixelCount)} in the source's sample
     * layout (e.g. C, H, W row-major) and {@code targets[targetOffset, targetOffset + targetCount)}. The arrays
     * are the whole batch's: write only inside the slot. Both ranges start zeroed.
     */
    record Slot(float[] pixels, int pixelOffset, int pixelCount, float[] targets, int targetOffset, int targetCount) {

        public void setPixel(int i, float value) {
            pixels[pixelOffset + checkIndex(i, pixelCount)] = value;
        }

        public void setTarget(int i, float value) {
            targets[targetOffset + checkIndex(i, targetCount)] = value;
        }

        /** Copies {@code values} (exactly pixelCount of them) into the slot. */
        public void setPixels(float[] values) {
            if (values.length != pixelCount) {
                throw new IllegalArgumentException("a sample has " + pixelCount + " values, got " + values.length);
            }
            System.arraycopy(values, 0, pixels, pixelOffset, pixelCount);
        }

        /** Copies {@code values} (exactly targetCount of them) into the slot. */
        public void setTargets(float... values) {
            if (values.length != targetCount) {
                throw new IllegalArgumentException("a sample has " + targetCount + " targets, got " + values.length);
            }
            System.arraycopy(values, 0, targets, targetOffset, targetCount);
        }

        private static int checkIndex(int i, int n) {
            return java.util.Objects.checkIndex(i, n);
        }
    }
}
