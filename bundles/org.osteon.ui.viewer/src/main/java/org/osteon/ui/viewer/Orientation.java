package org.osteon.ui.viewer;

import org.osteon.core.image.GridSize;

/**
 * The plane a slice of a volume lies in, in index space (direction cosines are not applied), as
 * org.osteon.reporting's LabelSlices shows them: axial (z fixed; x to the right, y up), coronal (y fixed; x to
 * the right, z up) and sagittal (x fixed; y to the right, z up).
 */
public enum Orientation {
    AXIAL("Axial", 0, 1, 2), CORONAL("Coronal", 0, 2, 1), SAGITTAL("Sagittal", 1, 2, 0);

    private final String label;
    private final int horizontal;
    private final int vertical;
    private final int fixed;

    Orientation(String label, int horizontal, int vertical, int fixed) {
        this.label = label;
        this.horizontal = horizontal;
        this.vertical = vertical;
        this.fixed = fixed;
    }

    public String label() {
        return label;
    }

    /** The index axis (0 = x, 1 = y, 2 = z) along a slice's columns. */
    public int horizontalAxis() {
        return horizontal;
    }

    /** The index axis along a slice's rows. */
    public int verticalAxis() {
        return vertical;
    }

    /** The index axis a slice number counts along. */
    public int fixedAxis() {
        return fixed;
    }

    /** The number of slices of a grid in this orientation. */
    public int sliceCount(GridSize size) {
        return extent(size, fixed);
    }

    public int width(GridSize size) {
        return extent(size, horizontal);
    }

    public int height(GridSize size) {
        return extent(size, vertical);
    }

    /** The voxel index of slice pixel (h, v) of slice {@code slice}. */
    public int index(GridSize size, int h, int v, int slice) {
        int[] xyz = new int[3];
        xyz[horizontal] = h;
        xyz[vertical] = v;
        xyz[fixed] = slice;
        return size.index(xyz[0], xyz[1], xyz[2]);
    }

    static int extent(GridSize size, int axis) {
        return switch (axis) {
            case 0 -> size.nx();
            case 1 -> size.ny();
            default -> size.nz();
        };
    }
}
