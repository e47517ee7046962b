package org.osteon.io.internal.dicom;

import java.util.Map;

/**
 * The data elements this reader uses, with their VRs from PS3.6: the dictionary that gives Implicit VR
 * Little Endian data sets their value representations. Tags are {@code group << 16 | element}.
 */
public final class DicomTags {

    public static final int TRANSFER_SYNTAX_UID = 0x00020010;
    public static final int SOP_CLASS_UID = 0x00080016;
    public static final int MODALITY = 0x00080060;
    public static final int MANUFACTURER = 0x00080070;
    public static final int SERIES_DESCRIPTION = 0x0008103E;
    public static final int BODY_PART_EXAMINED = 0x00180015;
    public static final int SLICE_THICKNESS = 0x00180050;
    public static final int SPACING_BETWEEN_SLICES = 0x00180088;
    public static final int IMAGER_PIXEL_SPACING = 0x00181164;
    public static final int SERIES_INSTANCE_UID = 0x0020000E;
    public static final int INSTANCE_NUMBER = 0x00200013;
    public static final int IMAGE_POSITION_PATIENT = 0x00200032;
    public static final int IMAGE_ORIENTATION_PATIENT = 0x00200037;
    public static final int SAMPLES_PER_PIXEL = 0x00280002;
    public static final int PHOTOMETRIC_INTERPRETATION = 0x00280004;
    public static final int PLANAR_CONFIGURATION = 0x00280006;
    public static final int NUMBER_OF_FRAMES = 0x00280008;
    public static final int ROWS = 0x00280010;
    public static final int COLUMNS = 0x00280011;
    public static final int PIXEL_SPACING = 0x00280030;
    public static final int BITS_ALLOCATED = 0x00280100;
    public static final int BITS_STORED = 0x00280101;
    public static final int HIGH_BIT = 0x00280102;
    public static final int PIXEL_REPRESENTATION = 0x00280103;
    public static final int RESCALE_INTERCEPT = 0x00281052;
    public static final int RESCALE_SLOPE = 0x00281053;
    public static final int GRID_FRAME_OFFSET_VECTOR = 0x3004000C;
    public static final int DOSE_GRID_SCALING = 0x3004000E;
    public static final int FLOAT_PIXEL_DATA = 0x7FE00008;
    public static final int DOUBLE_FLOAT_PIXEL_DATA = 0x7FE00009;
    public static final int PIXEL_DATA = 0x7FE00010;
    public static final int TRAILING_PADDING = 0xFFFCFFFC;
    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private static final Map<Integer, String> VRS = Map.ofEntries(
            Map.entry(0x00020000, "UL"), Map.entry(0x00020001, "OB"), Map.entry(0x00020002, "UI"),
            Map.entry(0x00020003, "UI"), Map.entry(TRANSFER_SYNTAX_UID, "UI"), Map.entry(0x00020012, "UI"),
            Map.entry(0x00020013, "SH"), Map.entry(0x00080008, "CS"), Map.entry(SOP_CLASS_UID, "UI"),
            Map.entry(0x00080018, "UI"), Map.entry(MODALITY, "CS"), Map.entry(MANUFACTURER, "LO"),
            Map.entry(SERIES_DESCRIPTION, "LO"), Map.entry(BODY_PART_EXAMINED, "CS"),
            Map.entry(SLICE_THICKNESS, "DS"), Map.entry(SPACING_BETWEEN_SLICES, "DS"),
            Map.entry(IMAGER_PIXEL_SPACING, "DS"), Map.entry(0x0020000D, "UI"), Map.entry(SERIES_INSTANCE_UID, "UI"),
            Map.entry(INSTANCE_NUMBER, "IS"), Map.entry(IMAGE_POSITION_PATIENT, "DS"),
            Map.entry(IMAGE_ORIENTATION_PATIENT, "DS"), Map.entry(0x00201041, "DS"),
            Map.entry(SAMPLES_PER_PIXEL, "US"), Map.entry(PHOTOMETRIC_INTERPRETATION, "CS"),
            Map.entry(PLANAR_CONFIGURATION, "US"), Map.entry(NUMBER_OF_FRAMES, "IS"), Map.entry(0x00280009, "AT"),
            Map.entry(ROWS, "US"), Map.entry(COLUMNS, "US"), Map.entry(PIXEL_SPACING, "DS"),
            Map.entry(BITS_ALLOCATED, "US"), Map.entry(BITS_STORED, "US"), Map.entry(HIGH_BIT, "US"),
            Map.entry(PIXEL_REPRESENTATION, "US"), Map.entry(0x00281050, "DS"), Map.entry(0x00281051, "DS"),
            Map.entry(RESCALE_INTERCEPT, "DS"), Map.entry(RESCALE_SLOPE, "DS"), Map.entry(0x30040002, "CS"),
            Map.entry(0x30040004, "CS"), Map.entry(GRID_FRAME_OFFSET_VECTOR, "DS"), Map.entry(DOSE_GRID_SCALING, "DS"),
            Map.entry(FLOAT_PIXEL_DATA, "OF"), Map.entry(DOUBLE_FLOAT_PIXEL_DATA, "OD"), Map.entry(PIXEL_DATA, "OW"));

    private DicomTags() {
    }

    /** The VR of a tag in this dictionary, or "UN" (group lengths are "UL"). */
    public static String vr(int tag) {
        if ((tag & 0xFFFF) == 0 && tag != 0) {
            return "UL";
        }
        return VRS.getOrDefault(tag, "UN");
    }

    /** The tag as DICOM writes it, e.g. "(7FE0,0010)". */
    public static String format(int tag) {
        return String.format("(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
