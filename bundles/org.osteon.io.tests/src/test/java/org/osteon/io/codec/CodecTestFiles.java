package org.osteon.io.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.osteon.io.TestFiles;

/**
 * Pixel data of the DICOM test files, found without a DICOM parser: the test files are explicit VR little
 * endian, so the pixel data element is located by its tag and VR bytes. Good enough for these files only.
 */
final class CodecTestFiles {

    private CodecTestFiles() {
    }

    static Path dicom(String name) {
        return TestFiles.file("dicom", name);
    }

    /**
     * The first (and only) frame of an encapsulated pixel data element: (7FE0,0010) OB (or OW, as one test
     * file has it) with undefined length,
     * the basic offset table item skipped, the other items' contents concatenated up to the sequence delimiter.
     */
    static byte[] firstFrame(String name) throws IOException {
        byte[] file = Files.readAllBytes(dicom(name));
        byte[] tag = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        int at = TestFiles.indexOf(file, tag);
        if (at < 0) {
            tag[5] = 'W';
            at = TestFiles.indexOf(file, tag);
        }
        if (at < 0) {
            throw new IllegalStateException(name + " has no encapsulated pixel data");
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        b.position(at + tag.length);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        boolean offsetTable = true;
        while (b.remaining() >= 8) {
            int group = b.getShort() & 0xFFFF;
            int element = b.getShort() & 0xFFFF;
            int length = b.getInt();
            if (group != 0xFFFE || element == 0xE0DD) {
                break;
            }
            byte[] item = new byte[length];
            b.get(item);
            if (!offsetTable) {
                frame.writeBytes(item);
            }
            offsetTable = false;
        }
        return frame.toByteArray();
    }

    /** The native pixel data (7FE0,0010) OW of an uncompressed explicit VR little endian file, as int16. */
    static int[] nativeInt16(String name) throws IOException {
        byte[] file = Files.readAllBytes(dicom(name));
        byte[] tag = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0};
        int at = TestFiles.indexOf(file, tag);
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int length = b.getInt(at + tag.length);
        int[] values = new int[length / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = b.getShort(at + tag.length + 4 + 2 * i);
        }
        return values;
    }

    /** SHA-256 of the samples as little-endian int32, as codec_reference.py computes it. */
    static String sha256(int[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : samples) {
            b.putInt(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The samples on an 8 x 8 grid of pixels, every component, as codec_reference.py samples them. */
    static int[] grid(int[] samples, int rows, int columns, int components) {
        int[] out = new int[64 * components];
        int k = 0;
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                int y = r * (rows - 1) / 7;
                int x = c * (columns - 1) / 7;
                for (int s = 0; s < components; s++) {
                    out[k++] = samples[(y * columns + x) * components + s];
                }
            }
        }
        return out;
    }

    static long sum(int[] samples) {
        long s = 0;
        for (int v : samples) {
            s += v;
        }
        return s;
    }
}
