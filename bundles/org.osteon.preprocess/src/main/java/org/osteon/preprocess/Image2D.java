package org.osteon.preprocess;

import java.util.Arrays;

import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;

/**
 * A 2D image of float pixels, row-major with interleaved channels: the value of channel {@code c} at column
 * {@code x}, row {@code y} is {@code data[(y * width + x) * channels + c]} (H x W for grey, H x W x C for colour,
 * as NumPy and OpenCV hold images). The array is not copied: whoever builds an Image2D hands it over and
 * nobody writes to it afterwards; transforms always return new images.
 */
public record Image2D(int width, int height, int channels, float[] data) {

    public Image2D {
        if (width < 1 || height < 1 || channels < 1) {
            throw new IllegalArgumentException("an image needs a positive size and channel count, got " + width + " x "
                    + height + " x " + channels);
        }
        if (data.length != (long) width * height * channels) {
            throw new IllegalArgumentException("an image of " + width + " x " + height + " x " + channels + " needs "
                    + (long) width * height * channels + " values, got " + data.length);
        }
    }

    /** A grey image. */
    public static Image2D grey(int width, int height, float[] data) {
        return new Image2D(width, height, 1, data);
    }

    /** A zero image of the given shape. */
    public static Image2D zeros(int width, int height, int channels) {
        return new Image2D(width, height, channels, new float[Math.multiplyExact(Math.multiplyExact(width, height), channels)]);
    }

    /** The single slice of a one-slice volume (a radiograph as the readers return it), as a grey image. */
    public static Image2D ofSlice(Volume volume) {
        GridSize s = volume.size();
        if (s.nz() != 1) {
            throw new IllegalArgumentException("expected a one-slice volume, got " + s);
        }
        return grey(s.nx(), s.ny(), volume.data().clone());
    }

    /** This grey image as a one-slice volume with the given geometry (x = column, y = row). */
    public Volume toVolume(Geometry geometry) {
        if (channels != 1) {
            throw new IllegalStateException("only a grey image becomes a volume; this one has " + channels + " channels");
        }
        return new Volume(new GridSize(width, height, 1), geometry, data.clone());
    }

    /** The value of channel c at column x, row y. */
    public float get(int x, int y, int c) {
        return data[(y * width + x) * channels + c];
    }

    /** The value at column x, row y of channel 0. */
    public float get(int x, int y) {
        return data[(y * width + x) * channels];
    }

    /** Whether both images have the same width and height (channels may differ). */
    public boolean sameGrid(Image2D other) {
        return width == other.width && height == other.height;
    }

    /** Smallest and largest value, as {min, max}. */
    public float[] range() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : data) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new float[] {min, max};
    }

    /** Mean and population standard deviation of every value (all channels), as {mean, sd}. */
    public double[] meanAndStd() {
        return meanAndStd(data);
    }

    /** Mean and population standard deviation of {@code values}, summed in double precision, as {mean, sd}. */
    public static double[] meanAndStd(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double sq = 0;
        for (float v : values) {
            sq += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(sq / values.length)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image2D i && i.width == width && i.height == height && i.channels == channels
                && Arrays.equals(i.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * width + height) + channels) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Image2D[" + width + " x " + height + " x " + channels + "]";
    }

    /**
     * This image resized to {@code width} x {@code height} as OpenCV's {@code cv2.resize} on floats:
     * pixel-area averaging when it shrinks (or keeps its size) along both axes, bilinear with half-pixel centres
     * otherwise (the {@code org.osteon.preprocess.resize} transform).
     */
    public Image2D resize(int width, int height) {
        return org.osteon.preprocess.internal.Resampling.resize(this, width, height);
    }
}
