package org.osteon.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.osteon.core.image.Volume;

/**
 * Checksums of decoded volumes, computed the way the reference scripts in releng/parity print them: values in
 * storage order (x fastest, then y, then z; numpy's C order for (z, y, x) arrays).
 */
public final class VoxelChecks {

    private VoxelChecks() {
    }

    /** The sum of all values, in double precision. */
    public static double sum(Volume v) {
        double s = 0;
        for (float f : v.data()) {
            s += f;
        }
        return s;
    }

    /** sha256 (hex) of the values as little-endian float32. */
    public static String sha256Float32(Volume v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.data().length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v.data()) {
            b.putFloat(f);
        }
        return sha256(b.array());
    }

    /** sha256 (hex) of the values rounded to little-endian int32. */
    public static String sha256Int32(Volume v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.data().length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v.data()) {
            b.putInt(Math.round(f));
        }
        return sha256(b.array());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
