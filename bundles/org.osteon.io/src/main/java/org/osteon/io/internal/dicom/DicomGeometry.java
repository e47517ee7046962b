package org.osteon.io.internal.dicom;

import org.osteon.core.image.Geometry;

/**
 * Builds an Osteon {@link Geometry} (RAS+ world frame) from DICOM plane geometry, which is in the LPS patient
 * frame (PS3.3 C.7.6.2.1.1): the x and y components of the origin and of every direction column are negated.
 */
public final class DicomGeometry {

    /** Rows along +x and columns along +y of LPS: what is assumed when a file has no orientation. */
    public static final double[] DEFAULT_ORIENTATION = {1, 0, 0, 0, 1, 0};

    private DicomGeometry() {
    }

    /**
     * @param orientation row cosines (direction of increasing column index, x) then column cosines (direction of
     *                    increasing row index, y), LPS
     * @param origin      position of the first voxel of the first slice, LPS (mm)
     * @param spacing     x (column) spacing, y (row) spacing, z spacing (mm, positive)
     * @param slice       direction of increasing slice index, LPS
     */
    public static Geometry of(double[] orientation, double[] origin, double[] spacing, double[] slice) {
        double[][] columns = {{orientation[0], orientation[1], orientation[2]},
            {orientation[3], orientation[4], orientation[5]}, slice};
        double[] direction = new double[9];
        for (int c = 0; c < 3; c++) {
            direction[c] = -columns[c][0];
            direction[3 + c] = -columns[c][1];
            direction[6 + c] = columns[c][2];
        }
        return new Geometry(spacing, new double[] {-origin[0], -origin[1], origin[2]}, direction);
    }

    /** The geometry of one file (a single slice, or a multi-frame image whose frames are evenly spaced). */
    public static Geometry of(DicomImage image) {
        double[] orientation = image.orientation().orElse(DEFAULT_ORIENTATION);
        double[] normal = DicomImage.cross(orientation);
        double step = image.sliceSpacing().orElse(1.0);
        if (step < 0) {
            normal = new double[] {-normal[0], -normal[1], -normal[2]};
        }
        double[] xy = image.pixelSpacing().orElse(new double[] {1, 1});
        return of(orientation, image.position().orElse(new double[3]), new double[] {xy[0], xy[1], Math.abs(step)},
                normal);
    }
}
