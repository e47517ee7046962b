package org.osteon.core.image;

import java.util.Arrays;

/**
 * Where a grid of voxels sits in patient space: spacing in mm along each index axis, the position of
 * voxel (0, 0, 0) in mm, and the direction cosines of the index axes (row-major 3 x 3, column i is
 * the direction of index axis i), as in NIfTI's sform and DICOM's image orientation.
 */
public record Geometry(double[] spacing, double[] origin, double[] direction) {

    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    public Geometry {
        if (spacing.length != 3 || origin.length != 3 || direction.length != 9) {
            throw new IllegalArgumentException("geometry needs 3 spacings, 3 origin coordinates and 9 direction cosines");
        }
        for (double s : spacing) {
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("voxel spacing must be positive and finite, got " + Arrays.toString(spacing));
            }
        }
        spacing = spacing.clone();
        origin = origin.clone();
        direction = direction.clone();
    }

    /** Unit spacing, origin at zero, identity directions. */
    public static Geometry unit() {
        return of(1, 1, 1);
    }

    /** The given spacing (mm), origin at zero, identity directions. */
    public static Geometry of(double sx, double sy, double sz) {
        return new Geometry(new double[] {sx, sy, sz}, new double[3], IDENTITY);
    }

    @Override
    public double[] spacing() {
        return spacing.clone();
    }

    @Override
    public double[] origin() {
        return origin.clone();
    }

    @Override
    public double[] direction() {
        return direction.clone();
    }

    public double spacing(int axis) {
        return spacing[axis];
    }

    /** True when both describe the same grid placement within {@code tolerance} (mm, and cosine units). */
    public boolean matches(Geometry other, double tolerance) {
        for (int i = 0; i < 3; i++) {
            if (Math.abs(spacing[i] - other.spacing[i]) > tolerance || Math.abs(origin[i] - other.origin[i]) > tolerance) {
                return false;
            }
        }
        for (int i = 0; i < 9; i++) {
            if (Math.abs(direction[i] - other.direction[i]) > tolerance) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g && Arrays.equals(spacing, g.spacing) && Arrays.equals(origin, g.origin)
                && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(spacing) + Arrays.hashCode(origin)) + Arrays.hashCode(direction);
    }

    @Override
    public String toString() {
        return "Geometry[spacing=" + Arrays.toString(spacing) + ", origin=" + Arrays.toString(origin)
                + ", direction=" + Arrays.toString(direction) + "]";
    }
}
