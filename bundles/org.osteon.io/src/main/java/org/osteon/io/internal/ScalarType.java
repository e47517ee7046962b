package org.osteon.io.internal;

import java.nio.ByteBuffer;

/**
 * The scalar voxel types that the raw-data formats (NRRD, MetaImage, NIfTI) store, with their size and how one
 * value becomes a float. 64-bit integers lose precision above 2^24 like every other value held as float.
 */
public enum ScalarType {
    INT8(1, "int8"), UINT8(1, "uint8"), INT16(2, "int16"), UINT16(2, "uint16"), INT32(4, "int32"),
    UINT32(4, "uint32"), INT64(8, "int64"), UINT64(8, "uint64"), FLOAT32(4, "float32"), FLOAT64(8, "float64");

    private final int bytes;
    private final String label;

    ScalarType(int bytes, String label) {
        this.bytes = bytes;
        this.label = label;
    }

    /** Bytes per value. */
    public int bytes() {
        return bytes;
    }

    /** The name shown in {@code osteon info}, e.g. "uint16". */
    public String label() {
        return label;
    }

    public boolean isInteger() {
        return this != FLOAT32 && this != FLOAT64;
    }

    /** The value at byte {@code position} of {@code buf} (whose byte order is already set). */
    public float decode(ByteBuffer buf, int position) {
        return switch (this) {
            case INT8 -> buf.get(position);
            case UINT8 -> buf.get(position) & 0xff;
            case INT16 -> buf.getShort(position);
            case UINT16 -> buf.getShort(position) & 0xffff;
            case INT32 -> buf.getInt(position);
            case UINT32 -> buf.getInt(position) & 0xffffffffL;
            case INT64 -> buf.getLong(position);
            case UINT64 -> unsigned(buf.getLong(position));
            case FLOAT32 -> buf.getFloat(position);
            case FLOAT64 -> (float) buf.getDouble(position);
        };
    }

    /** Parses one value written as text (NRRD/MetaImage ASCII data); integers are range-checked. */
    public float parse(String text) {
        if (isInteger()) {
            java.math.BigDecimal v = new java.math.BigDecimal(text.startsWith("+") ? text.substring(1) : text);
            java.math.BigInteger i = v.toBigIntegerExact();
            java.math.BigInteger min = switch (this) {
                case INT8 -> java.math.BigInteger.valueOf(Byte.MIN_VALUE);
                case INT16 -> java.math.BigInteger.valueOf(Short.MIN_VALUE);
                case INT32 -> java.math.BigInteger.valueOf(Integer.MIN_VALUE);
                case INT64 -> java.math.BigInteger.valueOf(Long.MIN_VALUE);
                default -> java.math.BigInteger.ZERO;
            };
            java.math.BigInteger max = java.math.BigInteger.TWO.pow(8 * bytes - (min.signum() < 0 ? 1 : 0))
                    .subtract(java.math.BigInteger.ONE);
            if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
                throw new NumberFormatException(text + " is out of the range of " + label + " (" + min + ".." + max + ")");
            }
            return i.floatValue();
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan" -> Float.NaN; // as C's strtod writes and reads them
            case "inf", "+inf", "infinity", "+infinity" -> Float.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Float.NEGATIVE_INFINITY;
            default -> (float) Double.parseDouble(text);
        };
    }

    private static float unsigned(long v) {
        float f = (float) (v >>> 1) * 2f;
        return f + (v & 1);
    }
}
