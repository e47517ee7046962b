package org.osteon.core.io;

import java.io.IOException;
import java.nio.file.Path;

import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;

/**
 * Reads a volume (or a 2D image, as a volume with one slice) from a location. Contributed through the
 * {@code org.osteon.core.readers} extension point with the file patterns it handles.
 * <p>
 * A file that is missing, truncated or not in the expected format is reported with an
 * {@link org.osteon.core.InvalidInputException} naming the file and the problem.
 */
public interface VolumeReader {

    /**
     * Reads the volume at {@code location}; relative paths are resolved against {@code base}.
     */
    Volume read(Location location, Path base) throws IOException;

    /**
     * Whether this reader recognises the file or directory by its content (e.g. a DICOM preamble, a NRRD magic
     * line, a folder of DICOM slices). Consulted only for paths whose names match no reader's file patterns,
     * so that files without the usual extension and directories can still be read. Must not throw; the
     * default recognises nothing.
     */
    default boolean recognizes(Path path) {
        return false;
    }

    /**
     * Describes the image at {@code location} for {@code osteon info}. The default reads the whole volume and
     * reports it as float32; readers override it to report the stored voxel type and format-specific tags.
     */
    default ImageInfo info(Location location, Path base) throws IOException {
        return ImageInfo.of(getClass().getSimpleName(), "float32", read(location, base), java.util.Map.of());
    }

    /**
     * Reads a label map; by default the volume's values rounded to integers (labels must fit a short).
     */
    default LabelMap readLabels(Location location, Path base) throws IOException {
        Volume v = read(location, base);
        float[] d = v.data();
        short[] labels = new short[d.length];
        for (int i = 0; i < d.length; i++) {
            float r = Math.round(d[i]);
            if (r < Short.MIN_VALUE || r > Short.MAX_VALUE) {
                throw new org.osteon.core.InvalidInputException("label map " + location + " has value " + d[i]
                        + " at voxel " + i + "; expected integer labels in " + Short.MIN_VALUE + ".." + Short.MAX_VALUE);
            }
            labels[i] = (short) r;
        }
        return new LabelMap(v.size(), v.geometry(), labels);
    }
}
