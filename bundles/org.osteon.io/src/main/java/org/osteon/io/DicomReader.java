package org.osteon.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.io.internal.dicom.DicomSeries;

/**
 * Reads DICOM images: one Part 10 file (a single image, or a multi-frame image whose frames become the z axis),
 * or a folder holding the files of one series, which becomes one volume.
 * <ul>
 * <li>Transfer syntaxes: Implicit VR Little Endian, Explicit VR Little and Big Endian, Deflated Explicit VR
 * Little Endian, RLE Lossless, and the JPEG / JPEG-LS / JPEG 2000 syntaxes that the frame decoders support.
 * Any other (MPEG, HEVC, HTJ2K, JPEG 2000 Part 2 ...) is refused with a message naming its UID and name.</li>
 * <li>Values: stored values with bits stored and high bit honoured (sign-extended when pixel representation
 * is 1), then Rescale Slope / Intercept (CT in HU) and, for RTDOSE, Dose Grid Scaling (dose in Gy).
 * MONOCHROME1 is inverted so that high values are bright as in MONOCHROME2: v' = max + min - v, with min and
 * max the rescaled ends of the range that bits stored can hold. Colour (RGB) becomes luminance
 * 0.299 R + 0.587 G + 0.114 B; YBR_FULL(_422) its Y channel. The info tag "values" says which applied.</li>
 * <li>Geometry in Osteon's RAS+ world frame: DICOM's LPS positions and orientations with x and y negated.
 * Pixel Spacing (0028,0030) is row spacing (y) then column spacing (x); without it Imager Pixel Spacing
 * (0018,1164), else 1 mm. Index axis x follows the row cosines, y the column cosines, z their cross product.
 * A multi-frame file is spaced by its Grid Frame Offset Vector (3004,000C), else Spacing Between Slices,
 * else Slice Thickness, else 1 mm; a series by the distance between its slice positions. Without Image
 * Orientation / Position, rows along +x and columns along +y of LPS at 0 are assumed. The info tags
 * "pixel spacing", "slice spacing", "orientation" and "origin" say where each came from.</li>
 * </ul>
 * <b>Locations.</b> A file path; a folder path (see {@link DicomSeries} for how files become a series: one
 * level, non-DICOM files skipped, slices sorted along the normal, uneven spacing and duplicates refused); or
 * {@code FOLDER#SERIES_UID} to choose one series in a folder that holds several (without it such a folder is
 * refused with a list of the series, their descriptions and file counts).
 * <p>
 * Every problem is an {@link InvalidInputException} naming the file: not DICOM, truncated, malformed
 * elements, missing Rows / Columns / Bits Allocated / pixel data, unsupported transfer syntax, corrupt
 * compressed data, and the series problems above.
 */
public final class DicomReader implements VolumeReader {

    @Override
    public Volume read(Location location, Path base) throws IOException {
        return load(location, base).volume();
    }

    /** Reads a DICOM file, or the single series in a folder. */
    public Volume read(Path path) throws IOException {
        return read(Location.of(path), Path.of(""));
    }

    /**
     * Describes the image: format "DICOM", the stored voxel type (e.g. "int16", "uint16 (12 bits stored)",
     * "rgb8"), the geometry, the value range after rescale, and the main attributes by DICOM keyword
     * (Modality, BodyPartExamined, TransferSyntaxUID, SOPClassUID, PhotometricInterpretation, Rows, Columns,
     * NumberOfFrames, BitsAllocated, BitsStored, RescaleSlope, RescaleIntercept, Manufacturer,
     * SeriesDescription, ...), with "files" for a folder. The value range needs the pixels, so they are decoded.
     */
    @Override
    public ImageInfo info(Location location, Path base) throws IOException {
        DicomSeries.Result r = load(location, base);
        float[] range = r.volume().range();
        return new ImageInfo("DICOM", r.volume().size(), r.voxelType(), r.volume().geometry(), range[0], range[1],
                r.tags());
    }

    /** A file with "DICM" at byte 128, or a folder holding at least one such file (one level). */
    @Override
    public boolean recognizes(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return DicomSeries.isDicomFile(path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    return list.filter(Files::isRegularFile).anyMatch(DicomSeries::isDicomFile);
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static DicomSeries.Result load(Location location, Path base) throws IOException {
        Path path = location.file(base).orElseThrow(() -> new InvalidInputException("location '" + location
                + "' is not a file or folder; the DICOM reader reads DICOM files and folders of DICOM files"));
        Optional<String> series = Optional.empty();
        if (!Files.exists(path)) {
            String text = location.text();
            int hash = text.lastIndexOf('#');
            if (hash > 0) {
                path = base.resolve(text.substring(0, hash)).normalize();
                series = Optional.of(text.substring(hash + 1).strip());
            }
            if (!Files.exists(path)) {
                throw new InvalidInputException("file " + path + " does not exist; expected a DICOM file or a folder"
                        + " of DICOM files (FOLDER#SERIES_UID to choose a series)");
            }
        }
        return Files.isDirectory(path) ? DicomSeries.readFolder(path, series) : DicomSeries.readFile(path, series);
    }
}
