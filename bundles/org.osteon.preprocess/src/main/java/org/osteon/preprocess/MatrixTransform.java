package org.osteon.preprocess;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.preprocess.internal.Warp;

/**
 * A random geometric transform given by one 3 x 3 matrix (row-major) acting on pixel coordinates relative to the
 * image centre. Matrices drawn one after another multiply into one, so a chain of such transforms can be applied
 * as one matrix and one resampling ({@link #fused}), as solt's {@code Stream} fuses consecutive matrix transforms
 * (solt 0.1.8, {@code Stream.optimize_stack}).
 */
public interface MatrixTransform extends Transform {

    /** The output grid of a matrix transform. */
    enum Canvas {
        /**
         * The input's size; the matrix acts about the exact centre ((w - 1) / 2, (h - 1) / 2), so what leaves the
         * grid is lost.
         */
        SAME,
        /**
         * solt's {@code MatrixTransform.correct_for_frame_change}: the matrix acts about the integer centre
         * ((w - 1) // 2, (h - 1) // 2); the grid grows or shrinks to the bounding box of the mapped image corners
         * (0, 0), (0, h), (w, h), (w, 0), rounded half to even, and the centre goes to (w' // 2, h' // 2) by adding
         * that shift to the matrix's top two translation entries (for a projective matrix the shift is then divided
         * by the perspective denominator, exactly as solt does).
         */
        FIT
    }

    /** This transform's output grid. */
    Canvas canvas();

    /**
     * One draw for an image of {@code width} x {@code height}: the matrix about the centre, or empty when the
     * transform is skipped this time (its probability). Draws every random number from {@code random}.
     */
    Optional<double[]> draw(int width, int height, SplittableRandom random);

    /**
     * A drawn matrix in pixel coordinates of the input (row-major 3 x 3, mapping input to output) and the output grid
     * it maps onto.
     */
    record Placement(double[] matrix, int width, int height) {

        public Placement {
            matrix = matrix.clone();
        }

        @Override
        public double[] matrix() {
            return matrix.clone();
        }

        /** The sample mapped onto the whole grid: image bilinear (0 outside), mask nearest, landmarks mapped. */
        public ImageSample apply(ImageSample sample) {
            return Warp.apply(sample, matrix, width, height);
        }

        /**
         * The {@code w} x {@code h} window of the grid whose top-left pixel is (x0, y0), which may reach outside the
         * grid (0 there): the same pixels as {@link #apply} then cropping, computed for the window alone.
         */
        public ImageSample window(ImageSample sample, int x0, int y0, int w, int h) {
            return Warp.window(sample, matrix, width, height, x0, y0, w, h);
        }
    }

    /**
     * The transforms drawn in order as one: the product of their drawn matrices (a later one multiplied from the
     * left) placed on their common canvas, for an image of {@code width} x {@code height}; empty when none of them
     * applies. They must share one canvas.
     */
    static Optional<Placement> drawFused(List<? extends MatrixTransform> parts, int width, int height, SplittableRandom random) {
        Canvas canvas = commonCanvas(parts);
        double[] m = null;
        for (MatrixTransform t : parts) {
            Optional<double[]> d = t.draw(width, height, random);
            if (d.isPresent()) {
                m = m == null ? d.get() : Warp.multiply(d.get(), m);
            }
        }
        return m == null ? Optional.empty() : Optional.of(Warp.frame(m, width, height, canvas));
    }

    /**
     * The transforms drawn in order ({@link #drawFused}) and applied as one: one resampling, landmarks mapped by the
     * same matrix; the sample itself when none of them applies. A {@link Canvas#FIT} grid can be large: take a
     * window of {@link #drawFused}'s placement when only part of it is needed.
     */
    static Transform fused(List<? extends MatrixTransform> parts) {
        List<MatrixTransform> all = List.copyOf(parts);
        commonCanvas(all);
        return (sample, random) -> drawFused(all, sample.image().width(), sample.image().height(), random).map(p -> p.apply(sample))
                .orElse(sample);
    }

    private static Canvas commonCanvas(List<? extends MatrixTransform> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to fuse");
        }
        Canvas canvas = parts.get(0).canvas();
        for (MatrixTransform t : parts) {
            if (t.canvas() != canvas) {
                throw new IllegalArgumentException("fused transforms must share one canvas: " + canvas + " and " + t.canvas());
            }
        }
        return canvas;
    }
}
