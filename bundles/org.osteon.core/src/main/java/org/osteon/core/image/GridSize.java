package org.osteon.core.image;

/**
 * The size of a voxel grid in NIfTI/DICOM index order (x, y, z). A 2D image has {@code z == 1}.
 * Voxels are stored x-fastest: index = x + nx * (y + ny * z).
 */
public record GridSize(int nx, int ny, int nz) {

    public GridSize {
        if (nx <= 0 || ny <= 0 || nz <= 0) {
            throw new IllegalArgumentException("grid size must be positive, got " + nx + " x " + ny + " x " + nz);
        }
        if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid of " + nx + " x " + ny + " x " + nz + " voxels is larger than 2^31 voxels");
        }
    }

    public int voxelCount() {
        return nx * ny * nz;
    }

    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    public boolean contains(int x, int y, int z) {
        return x >= 0 && y >= 0 && z >= 0 && x < nx && y < ny && z < nz;
    }

    @Override
    public String toString() {
        return nx + " x " + ny + " x " + nz;
    }
}
