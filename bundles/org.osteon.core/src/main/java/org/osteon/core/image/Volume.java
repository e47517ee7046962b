package org.osteon.core.image;

/**
 * A scalar image on a voxel grid (CT in HU, MR intensities, a radiograph with {@code nz == 1}), with its
 * placement in patient space. Values are float, stored x-fastest (see {@link GridSize}).
 * <p>
 * The array is not copied (volumes are large): whoever builds a Volume hands its array over, and nobody
 * writes to {@link #data()} afterwards.
 */
public record Volume(GridSize size, Geometry geometry, float[] data) {

    public Volume {
        if (data.length != size.voxelCount()) {
            throw new IllegalArgumentException("volume of size " + size + " needs " + size.voxelCount()
                    + " values, got " + data.length);
        }
    }

    public float value(int x, int y, int z) {
        return data[size.index(x, y, z)];
    }

    /** Smallest and largest value, as {min, max}. */
    public float[] range() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : data) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return new float[] {min, max};
    }

    @Override
    public String toString() {
        return "Volume[" + size + ", " + geometry + "]";
    }
}
