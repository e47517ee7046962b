package org.osteon.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The fields of a NIfTI-1 (348-byte) or NIfTI-2 (540-byte) header that reading and describing a volume needs,
 * decoded in the byte order the file declares through {@code sizeof_hdr}. An ANALYZE 7.5 header has the
 * NIfTI-1 layout and size but no magic.
 */
public record NiftiHeader(int version, ByteOrder order, long[] dim, int datatype, double[] pixdim, long voxOffset,
        double sclSlope, double sclInter, int qformCode, int sformCode, double[] quatern, double[] qoffset,
        double[][] srow, String magic, int bitpix, int intentCode, String intentName, String descrip,
        int xyztUnits) {

    public static final int NIFTI1_SIZE = 348;
    public static final int NIFTI2_SIZE = 540;

    public static final int DT_UINT8 = 2;
    public static final int DT_INT16 = 4;
    public static final int DT_INT32 = 8;
    public static final int DT_FLOAT32 = 16;
    public static final int DT_FLOAT64 = 64;
    public static final int DT_INT8 = 256;
    public static final int DT_UINT16 = 512;
    public static final int DT_UINT32 = 768;

    /**
     * The NIfTI version (1 or 2) and byte order announced by the first four bytes, or {@code null} when
     * {@code sizeof_hdr} is neither 348 nor 540 in either byte order.
     */
    static Object[] sniff(byte[] first4) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int size = ByteBuffer.wrap(first4, 0, 4).order(order).getInt();
            if (size == NIFTI1_SIZE) {
                return new Object[] {1, order};
            }
            if (size == NIFTI2_SIZE) {
                return new Object[] {2, order};
            }
        }
        return null;
    }

    /** Header length (348 or 540) announced by the first four bytes, or -1 when not a NIfTI header. */
    public static int headerSize(byte[] first4) {
        Object[] s = sniff(first4);
        return s == null ? -1 : ((Integer) s[0] == 1 ? NIFTI1_SIZE : NIFTI2_SIZE);
    }

    /** Decodes a complete header ({@link #headerSize} bytes); the caller has checked the size field. */
    public static NiftiHeader parse(byte[] bytes) {
        Object[] s = sniff(bytes);
        int version = (Integer) s[0];
        ByteOrder order = (ByteOrder) s[1];
        ByteBuffer b = ByteBuffer.wrap(bytes).order(order);
        long[] dim = new long[8];
        double[] pixdim = new double[8];
        double[] quatern = new double[3];
        double[] qoffset = new double[3];
        double[][] srow = new double[3][4];
        if (version == 1) {
            for (int i = 0; i < 8; i++) {
                dim[i] = b.getShort(40 + 2 * i);
                pixdim[i] = b.getFloat(76 + 4 * i);
            }
            int datatype = b.getShort(70);
            long voxOffset = (long) b.getFloat(108);
            double slope = b.getFloat(112);
            double inter = b.getFloat(116);
            int qform = b.getShort(252);
            int sform = b.getShort(254);
            for (int i = 0; i < 3; i++) {
                quatern[i] = b.getFloat(256 + 4 * i);
                qoffset[i] = b.getFloat(268 + 4 * i);
            }
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    srow[r][c] = b.getFloat(280 + 16 * r + 4 * c);
                }
            }
            String magic = new String(bytes, 344, 4, StandardCharsets.ISO_8859_1);
            return new NiftiHeader(1, order, dim, datatype, pixdim, voxOffset, slope, inter, qform, sform, quatern,
                    qoffset, srow, magic, b.getShort(72), b.getShort(68), text(bytes, 328, 16), text(bytes, 148, 80),
                    bytes[123] & 0xff);
        }
        String magic = new String(bytes, 4, 8, StandardCharsets.ISO_8859_1);
        int datatype = b.getShort(12);
        for (int i = 0; i < 8; i++) {
            dim[i] = b.getLong(16 + 8 * i);
            pixdim[i] = b.getDouble(104 + 8 * i);
        }
        long voxOffset = b.getLong(168);
        double slope = b.getDouble(176);
        double inter = b.getDouble(184);
        int qform = b.getInt(344);
        int sform = b.getInt(348);
        for (int i = 0; i < 3; i++) {
            quatern[i] = b.getDouble(352 + 8 * i);
            qoffset[i] = b.getDouble(376 + 8 * i);
        }
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 4; c++) {
                srow[r][c] = b.getDouble(400 + 32 * r + 8 * c);
            }
        }
        return new NiftiHeader(2, order, dim, datatype, pixdim, voxOffset, slope, inter, qform, sform, quatern,
                qoffset, srow, magic, b.getShort(14), b.getInt(504), text(bytes, 508, 16), text(bytes, 240, 80),
                b.getInt(500));
    }

    /** A NUL-terminated ASCII field, non-printable characters shown as '?'. */
    private static String text(byte[] bytes, int offset, int length) {
        StringBuilder t = new StringBuilder();
        for (int i = offset; i < offset + length && bytes[i] != 0; i++) {
            char c = (char) (bytes[i] & 0xff);
            t.append(c >= 32 && c < 127 ? c : '?');
        }
        return t.toString().strip();
    }

    /** True for an ANALYZE 7.5 header: NIfTI-1 size, but neither NIfTI-1 magic. */
    public boolean analyze() {
        return version == 1 && !singleFile() && !headerImagePair();
    }

    /** NIfTI's name of a qform/sform code, for {@code osteon info}. */
    public static String xformName(int code) {
        return switch (code) {
            case 0 -> "unknown";
            case 1 -> "scanner_anat";
            case 2 -> "aligned_anat";
            case 3 -> "talairach";
            case 4 -> "mni_152";
            case 5 -> "template_other";
            default -> "undefined";
        };
    }

    /** True for the single-file magic ("n+1" / "n+2"). */
    public boolean singleFile() {
        return magic.startsWith(version == 1 ? "n+1\0" : "n+2\0");
    }

    /** True for the two-file (.hdr/.img) magic ("ni1" / "ni2"). */
    public boolean headerImagePair() {
        return magic.startsWith(version == 1 ? "ni1\0" : "ni2\0");
    }

    /** Bytes per voxel of a supported datatype, or -1 for any other code. */
    public static int bytesPerVoxel(int datatype) {
        return switch (datatype) {
            case DT_UINT8, DT_INT8 -> 1;
            case DT_INT16, DT_UINT16 -> 2;
            case DT_INT32, DT_UINT32, DT_FLOAT32 -> 4;
            case DT_FLOAT64 -> 8;
            default -> -1;
        };
    }

    /** NIfTI's name of a datatype code, for messages. */
    public static String datatypeName(int datatype) {
        return switch (datatype) {
            case 0 -> "unknown";
            case 1 -> "binary";
            case DT_UINT8 -> "uint8";
            case DT_INT16 -> "int16";
            case DT_INT32 -> "int32";
            case DT_FLOAT32 -> "float32";
            case 32 -> "complex64";
            case DT_FLOAT64 -> "float64";
            case 128 -> "rgb24";
            case DT_INT8 -> "int8";
            case DT_UINT16 -> "uint16";
            case DT_UINT32 -> "uint32";
            case 1024 -> "int64";
            case 1280 -> "uint64";
            case 1536 -> "float128";
            case 1792 -> "complex128";
            case 2048 -> "complex256";
            case 2304 -> "rgba32";
            default -> "undefined";
        };
    }

    /** The supported datatypes, for messages. */
    public static String supportedDatatypes() {
        return "2 (uint8), 256 (int8), 4 (int16), 512 (uint16), 8 (int32), 768 (uint32), 16 (float32), 64 (float64)";
    }
}
