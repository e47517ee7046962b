package org.osteon.io.internal.dicom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osteon.core.InvalidInputException;

/**
 * The image attributes of one DICOM file, checked: pixel module (PS3.3 C.7.6.3), plane geometry in DICOM's
 * LPS patient frame, rescale and RT dose scaling.
 *
 * @param source           the file, for messages
 * @param rows             (0028,0010), the y size
 * @param columns          (0028,0011), the x size
 * @param frames           (0028,0008), 1 when absent
 * @param samplesPerPixel  (0028,0002): 1 or 3
 * @param photometric      (0028,0004), e.g. MONOCHROME2, RGB
 * @param planarConfiguration (0028,0006): 0 interleaved, 1 one plane per colour
 * @param bitsAllocated    (0028,0100): 8, 16 or 32
 * @param bitsStored       (0028,0101)
 * @param highBit          (0028,0102)
 * @param signed           (0028,0103) == 1
 * @param slope            rescale slope times the RT dose grid scaling (1 when absent)
 * @param intercept        rescale intercept (0 when absent)
 * @param pixelSpacing     column spacing (x) and row spacing (y) in mm, absent when the file has none
 * @param orientation      row cosines then column cosines (LPS), absent when the file has none
 * @param position         position of the first voxel (LPS), absent when the file has none
 * @param sliceSpacing     the spacing between frames of a multi-frame file or of a single slice: from the
 *                         Grid Frame Offset Vector, else Spacing Between Slices, else Slice Thickness
 * @param frameSpacingSource where {@code sliceSpacing} came from, for the info tags
 */
public record DicomImage(String source, int rows, int columns, int frames, int samplesPerPixel, String photometric,
        int planarConfiguration, int bitsAllocated, int bitsStored, int highBit, boolean signed, double slope,
        double intercept, Optional<double[]> pixelSpacing, String pixelSpacingSource, Optional<double[]> orientation,
        Optional<double[]> position, Optional<Double> sliceSpacing, String frameSpacingSource) {

    /** Photometric interpretations read: grey levels, and colour converted to luminance. */
    private static final java.util.Set<String> PHOTOMETRIC = java.util.Set.of("MONOCHROME1", "MONOCHROME2", "RGB",
            "YBR_FULL", "YBR_FULL_422", "YBR_ICT", "YBR_RCT", "PALETTE COLOR");

    /** The image attributes of a parsed file; missing or inconsistent required attributes are refused. */
    public static DicomImage of(DicomDataSet ds) {
        String source = ds.source();
        int rows = required(ds, DicomTags.ROWS, "Rows");
        int columns = required(ds, DicomTags.COLUMNS, "Columns");
        int bitsAllocated = required(ds, DicomTags.BITS_ALLOCATED, "Bits Allocated");
        int samples = (int) range(ds, DicomTags.SAMPLES_PER_PIXEL, 1, 1, 4);
        int frames = (int) range(ds, DicomTags.NUMBER_OF_FRAMES, 1, 1, Integer.MAX_VALUE);
        if (rows < 1 || columns < 1) {
            throw new InvalidInputException(source + " has " + rows + " rows and " + columns
                    + " columns; expected a positive image size");
        }
        if (bitsAllocated != 1 && bitsAllocated != 8 && bitsAllocated != 16 && bitsAllocated != 32) {
            throw new InvalidInputException(source + " has Bits Allocated (0028,0100) = " + bitsAllocated
                    + "; expected 1, 8, 16 or 32");
        }
        int bitsStored = (int) range(ds, DicomTags.BITS_STORED, bitsAllocated, 1, bitsAllocated);
        int highBit = (int) range(ds, DicomTags.HIGH_BIT, bitsStored - 1, bitsStored - 1, bitsAllocated - 1);
        int representation = (int) range(ds, DicomTags.PIXEL_REPRESENTATION, 0, 0, 1);
        String photometric = ds.string(DicomTags.PHOTOMETRIC_INTERPRETATION, samples == 1 ? "MONOCHROME2" : "RGB")
                .toUpperCase(Locale.ROOT);
        if (!PHOTOMETRIC.contains(photometric)) {
            throw new InvalidInputException(source + " has Photometric Interpretation '" + photometric
                    + "', which is not supported; expected MONOCHROME1, MONOCHROME2, PALETTE COLOR, RGB or"
                    + " YBR_FULL/_422/ICT/RCT");
        }
        boolean oneSample = photometric.startsWith("MONOCHROME") || photometric.equals("PALETTE COLOR");
        if (oneSample != (samples == 1) || samples != 1 && samples != 3) {
            throw new InvalidInputException(source + " has " + samples + " samples per pixel with Photometric"
                    + " Interpretation " + photometric + "; expected 1 for MONOCHROME1/2 and PALETTE COLOR, 3 for"
                    + " colour");
        }
        if (bitsAllocated == 1 && (samples != 1 || photometric.equals("PALETTE COLOR"))) {
            throw new InvalidInputException(source + " has Bits Allocated 1 with Photometric Interpretation "
                    + photometric + "; 1-bit pixel data is read for MONOCHROME1/2 only");
        }
        int planar = samples == 3 ? (int) range(ds, DicomTags.PLANAR_CONFIGURATION, 0, 0, 1) : 0;
        double slope = ds.numbers(DicomTags.RESCALE_SLOPE).length > 0 ? ds.numbers(DicomTags.RESCALE_SLOPE)[0] : 1;
        double intercept = ds.numbers(DicomTags.RESCALE_INTERCEPT).length > 0
                ? ds.numbers(DicomTags.RESCALE_INTERCEPT)[0] : 0;
        if (slope == 0) {
            slope = 1;
        }
        if ("RTDOSE".equalsIgnoreCase(ds.string(DicomTags.MODALITY, ""))
                && ds.numbers(DicomTags.DOSE_GRID_SCALING).length > 0) {
            slope *= ds.numbers(DicomTags.DOSE_GRID_SCALING)[0];
        }
        Optional<double[]> spacing = ds.numbers(DicomTags.PIXEL_SPACING, 2);
        String spacingSource = "Pixel Spacing (0028,0030)";
        if (spacing.isEmpty()) {
            spacing = ds.numbers(DicomTags.IMAGER_PIXEL_SPACING, 2);
            spacingSource = "Imager Pixel Spacing (0018,1164), no Pixel Spacing in the file";
        }
        if (spacing.isEmpty()) {
            spacingSource = "not in the file; 1 mm assumed";
        }
        Optional<double[]> xy = spacing.map(s -> new double[] {s[1], s[0]});
        if (xy.isPresent() && !(xy.get()[0] > 0 && xy.get()[1] > 0)) {
            throw new InvalidInputException(source + " has pixel spacing " + xy.get()[1] + "\\" + xy.get()[0]
                    + "; expected positive row and column spacings in mm");
        }
        Optional<double[]> orientation = ds.numbers(DicomTags.IMAGE_ORIENTATION_PATIENT, 6);
        orientation.ifPresent(o -> checkOrientation(o, source));
        Optional<double[]> position = ds.numbers(DicomTags.IMAGE_POSITION_PATIENT, 3);
        Optional<Double> sliceSpacing = Optional.empty();
        String sliceSource = "not in the file; 1 mm assumed";
        double[] offsets = ds.numbers(DicomTags.GRID_FRAME_OFFSET_VECTOR);
        if (frames > 1 && offsets.length == frames) {
            sliceSpacing = Optional.of(uniformStep(offsets, source));
            sliceSource = "Grid Frame Offset Vector (3004,000C)";
        } else if (ds.numbers(DicomTags.SPACING_BETWEEN_SLICES).length > 0
                && ds.numbers(DicomTags.SPACING_BETWEEN_SLICES)[0] != 0) {
            sliceSpacing = Optional.of(Math.abs(ds.numbers(DicomTags.SPACING_BETWEEN_SLICES)[0]));
            sliceSource = "Spacing Between Slices (0018,0088)";
        } else if (ds.numbers(DicomTags.SLICE_THICKNESS).length > 0 && ds.numbers(DicomTags.SLICE_THICKNESS)[0] > 0) {
            sliceSpacing = Optional.of(ds.numbers(DicomTags.SLICE_THICKNESS)[0]);
            sliceSource = "Slice Thickness (0018,0050)";
        }
        return new DicomImage(source, rows, columns, frames, samples, photometric, planar, bitsAllocated, bitsStored,
                highBit, representation == 1, slope, intercept, xy, spacingSource, orientation, position,
                sliceSpacing, sliceSource);
    }

    /**
     * Bytes of one native frame: YBR_FULL_422 stores two samples per pixel (chroma shared by two columns);
     * 1-bit frames are packed without padding, so this is only their size rounded up (see {@link #nativeBytes}).
     */
    public long frameBytes() {
        if (bitsAllocated == 1) {
            return ((long) rows * columns + 7) / 8;
        }
        int stored = ybr422() ? 2 : samplesPerPixel;
        return (long) rows * columns * stored * (bitsAllocated / 8);
    }

    /** Bytes of all native frames. */
    public long nativeBytes() {
        return bitsAllocated == 1 ? ((long) rows * columns * frames + 7) / 8 : frameBytes() * frames;
    }

    /** Uncompressed 4:2:2 colour: Y Y Cb Cr for each pair of pixels of a row. */
    public boolean ybr422() {
        return photometric.equals("YBR_FULL_422") && samplesPerPixel == 3;
    }

    /** Voxels of the decoded (grey) volume. */
    public long voxels() {
        return (long) rows * columns * frames;
    }

    /** The stored voxel type, e.g. "int16", "uint16 (12 bits stored)", "rgb8". */
    public String voxelType() {
        if (samplesPerPixel == 3) {
            return "rgb" + bitsAllocated + (bitsStored != bitsAllocated ? " (" + bitsStored + " bits stored)" : "");
        }
        return (signed ? "int" : "uint") + bitsAllocated
                + (bitsStored != bitsAllocated ? " (" + bitsStored + " bits stored)" : "");
    }

    /** The slice normal (row cosines x column cosines, LPS) of an oriented image. */
    public Optional<double[]> normal() {
        return orientation.map(DicomImage::cross);
    }

    /** The facts that {@code osteon info} shows, keyed by DICOM keyword (values as in the file). */
    public static Map<String, String> tags(DicomDataSet ds, DicomImage image) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("Modality", ds.string(DicomTags.MODALITY, "-"));
        t.put("BodyPartExamined", ds.string(DicomTags.BODY_PART_EXAMINED, "-"));
        t.put("TransferSyntaxUID", ds.transferSyntax().toString());
        String sop = ds.string(DicomTags.SOP_CLASS_UID, "-");
        t.put("SOPClassUID", SopClasses.describe(sop));
        t.put("PhotometricInterpretation", image.photometric());
        t.put("Rows", String.valueOf(image.rows()));
        t.put("Columns", String.valueOf(image.columns()));
        t.put("NumberOfFrames", String.valueOf(image.frames()));
        t.put("SamplesPerPixel", String.valueOf(image.samplesPerPixel()));
        t.put("BitsAllocated", String.valueOf(image.bitsAllocated()));
        t.put("BitsStored", String.valueOf(image.bitsStored()));
        t.put("PixelRepresentation", image.signed() ? "1 (signed)" : "0 (unsigned)");
        t.put("RescaleSlope", ds.string(DicomTags.RESCALE_SLOPE, "-"));
        t.put("RescaleIntercept", ds.string(DicomTags.RESCALE_INTERCEPT, "-"));
        if (ds.contains(DicomTags.DOSE_GRID_SCALING)) {
            t.put("DoseGridScaling", ds.string(DicomTags.DOSE_GRID_SCALING, "-"));
        }
        t.put("Manufacturer", ds.string(DicomTags.MANUFACTURER, "-"));
        t.put("SeriesDescription", ds.string(DicomTags.SERIES_DESCRIPTION, "-"));
        t.put("SeriesInstanceUID", ds.string(DicomTags.SERIES_INSTANCE_UID, "-"));
        t.put("pixel spacing", image.pixelSpacingSource());
        t.put("values", image.valueNote());
        return t;
    }

    /** How stored values became the volume's values, for the info tags. */
    public String valueNote() {
        StringBuilder b = new StringBuilder("stored value x " + slope + " + " + intercept);
        if (photometric.equals("MONOCHROME1")) {
            b.append("; MONOCHROME1 inverted (stored s -> smin + smax - s over the ").append(bitsStored)
                    .append("-bit range, before rescale) so that high is bright");
        }
        if (photometric.equals("PALETTE COLOR")) {
            b.append("; palette colour: stored value -> red, green, blue lookup tables -> luminance"
                    + " 0.299 R + 0.587 G + 0.114 B in the tables' units");
        }
        if (samplesPerPixel == 3) {
            b.append(photometric.startsWith("YBR_FULL") ? "; luminance = the Y channel"
                    : "; colour converted to luminance 0.299 R + 0.587 G + 0.114 B");
        }
        return b.toString();
    }

    static double[] cross(double[] o) {
        double[] n = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
        double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
        return new double[] {n[0] / len, n[1] / len, n[2] / len};
    }

    private static void checkOrientation(double[] o, String source) {
        double r = Math.sqrt(o[0] * o[0] + o[1] * o[1] + o[2] * o[2]);
        double c = Math.sqrt(o[3] * o[3] + o[4] * o[4] + o[5] * o[5]);
        double dot = o[0] * o[3] + o[1] * o[4] + o[2] * o[5];
        if (Math.abs(r - 1) > 0.01 || Math.abs(c - 1) > 0.01 || Math.abs(dot) > 0.01) {
            throw new InvalidInputException(source + " has Image Orientation (Patient) (0020,0037) with row and"
                    + " column cosines of lengths " + r + " and " + c + " and dot product " + dot
                    + "; expected two orthogonal unit vectors");
        }
    }

    /** The step of evenly spaced offsets (absolute value); uneven offsets are refused. */
    private static double uniformStep(double[] offsets, String source) {
        double step = offsets[1] - offsets[0];
        for (int i = 2; i < offsets.length; i++) {
            double d = offsets[i] - offsets[i - 1];
            if (Math.abs(d - step) > Math.max(0.01, 0.01 * Math.abs(step))) {
                throw new InvalidInputException(source + " has uneven Grid Frame Offset Vector (3004,000C): frames "
                        + (i - 1) + " and " + i + " are " + d + " mm apart, frames 0 and 1 " + step
                        + " mm; expected evenly spaced frames");
            }
        }
        if (step == 0) {
            throw new InvalidInputException(source + " has a Grid Frame Offset Vector (3004,000C) whose first two"
                    + " frames are at the same offset; expected distinct frame positions");
        }
        return step;
    }

    private static int required(DicomDataSet ds, int tag, String name) {
        long v = ds.integer(tag).orElseThrow(() -> new InvalidInputException(ds.source() + " has no " + name + " "
                + DicomTags.format(tag) + "; expected it in every DICOM image"));
        if (v < 0 || v > 65535) {
            throw new InvalidInputException(ds.source() + " has " + name + " " + DicomTags.format(tag) + " = " + v
                    + "; expected 0 to 65535");
        }
        return (int) v;
    }

    private static long range(DicomDataSet ds, int tag, long fallback, long min, long max) {
        long v = ds.integer(tag).orElse(fallback);
        if (v < min || v > max) {
            throw new InvalidInputException(ds.source() + " has " + DicomTags.format(tag) + " = " + v
                    + "; expected " + min + " to " + max);
        }
        return v;
    }
}
