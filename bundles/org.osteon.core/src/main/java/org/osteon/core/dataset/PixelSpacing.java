package org.osteon.core.dataset;

/**
 * The size of one pixel in mm: {@code x} along a row (between columns), {@code y} along a column (between
 * rows). Both must be positive and finite.
 */
public record PixelSpacing(double x, double y) {

    public PixelSpacing {
        if (!(x > 0) || !(y > 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("pixel spacing must be positive and finite, got " + x + " x " + y);
        }
    }

    /** Square pixels of {@code mm} on a side. */
    public static PixelSpacing isotropic(double mm) {
        return new PixelSpacing(mm, mm);
    }
}
