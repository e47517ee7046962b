package org.osteon.core.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code osteon info} shows about an image file: its format, grid size, how voxels are stored on disk,
 * the placement in patient space, the value range after any rescaling the reader applies, and
 * format-specific key/value tags (for DICOM: modality, body part, transfer syntax ...).
 *
 * @param format    format name, e.g. "DICOM", "NIfTI-1", "NRRD"
 * @param size      grid size (a 2D image has {@code nz == 1})
 * @param voxelType stored voxel type as the file declares it, e.g. "int16", "uint8", "float32", "rgb8"
 * @param geometry  spacing (mm), origin and direction cosines
 * @param min       smallest value after rescaling
 * @param max       largest value after rescaling
 * @param tags      further facts in display order (never null)
 */
public record ImageInfo(String format, GridSize size, String voxelType, Geometry geometry, double min, double max,
        Map<String, String> tags) {

    public ImageInfo {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Facts that any decoded volume shows, for readers without more to say. */
    public static ImageInfo of(String format, String voxelType, Volume volume, Map<String, String> tags) {
        float[] range = volume.range();
        return new ImageInfo(format, volume.size(), voxelType, volume.geometry(), range[0], range[1], tags);
    }
}
