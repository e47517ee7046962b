package org.osteon.io.internal;

import org.osteon.core.image.Geometry;

/**
 * Conversions between the patient frames that file formats use and Osteon's world frame, RAS+ as in NIfTI
 * (+x towards the patient's right, +y anterior, +z superior). Frames that differ from RAS+ by axis signs
 * (LPS for DICOM/ITK/MetaImage, LAS...) are given as the sign of each axis.
 */
public final class Frames {

    private Frames() {
    }

    /**
     * A geometry from the (unnormalised) world vectors of the three index axes, columns of {@code axes}
     * (row-major 3 x 3: {@code axes[3 * r + c]} is component r of axis c), and the origin, both in a frame
     * whose axes differ from RAS+ by the signs {@code signs} (e.g. {-1, -1, 1} for LPS). Returns null when a
     * vector has zero or non-finite length.
     */
    public static Geometry geometry(double[] axes, double[] origin, double[] signs) {
        double[] spacing = new double[3];
        double[] direction = new double[9];
        double[] o = new double[3];
        for (int c = 0; c < 3; c++) {
            double len = Math.sqrt(axes[c] * axes[c] + axes[3 + c] * axes[3 + c] + axes[6 + c] * axes[6 + c]);
            if (!(len > 0) || !Double.isFinite(len)) {
                return null;
            }
            spacing[c] = len;
            for (int r = 0; r < 3; r++) {
                direction[3 * r + c] = signs[r] * axes[3 * r + c] / len + 0.0; // no -0.0
            }
        }
        for (int r = 0; r < 3; r++) {
            if (!Double.isFinite(origin[r])) {
                return null;
            }
            o[r] = signs[r] * origin[r] + 0.0;
        }
        return new Geometry(spacing, o, direction);
    }

    /**
     * The axis vectors (row-major columns) that give {@code g} in a frame with axis signs {@code signs}:
     * direction column times spacing, with the signs applied; the inverse of {@link #geometry}.
     */
    public static double[] axes(Geometry g, double[] signs) {
        double[] d = g.direction();
        double[] a = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                a[3 * r + c] = signs[r] * d[3 * r + c] * g.spacing(c);
            }
        }
        return a;
    }

    /** The origin of {@code g} in a frame with axis signs {@code signs}. */
    public static double[] origin(Geometry g, double[] signs) {
        double[] o = g.origin();
        for (int r = 0; r < 3; r++) {
            o[r] = signs[r] * o[r] + 0.0; // + 0.0 turns -0.0 into 0.0
        }
        return o;
    }

    /** Unit normal of the plane of two 3-vectors (their normalised cross product), or +z when they are parallel. */
    public static double[] normal(double[] a, double[] b) {
        double[] n = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        if (!(len > 0) || !Double.isFinite(len)) {
            return new double[] {0, 0, 1};
        }
        return new double[] {n[0] / len, n[1] / len, n[2] / len};
    }

    /** Signs of RAS+ (no change). */
    public static double[] ras() {
        return new double[] {1, 1, 1};
    }

    /** Signs of LPS+ (DICOM, ITK, MetaImage): x and y negated. */
    public static double[] lps() {
        return new double[] {-1, -1, 1};
    }
}
