package org.osteon.io.internal.dicom;

import java.nio.ByteOrder;

import org.osteon.core.InvalidInputException;

/**
 * PALETTE COLOR images (PS3.3 C.7.6.3.1.5 and C.7.6.3.1.6): each stored value indexes the red, green and blue
 * lookup tables. A descriptor (0028,1101-1103) holds the number of entries (0 meaning 65536), the first
 * stored value mapped (values below it take the first entry, values past the end the last), and the bits
 * per entry (8 or 16). As pydicom does, the size of an entry is taken from the table's length: one byte per
 * entry, or one 16-bit word. Segmented tables (0028,1221-1223) are refused.
 */
final class Palette {

    static final int RED_DESCRIPTOR = 0x00281101;
    static final int RED_DATA = 0x00281201;
    static final int RED_SEGMENTED = 0x00281221;

    private Palette() {
    }

    /** The red, green and blue tables, each with the first mapped value appended as its last element. */
    static int[][] tables(DicomDataSet ds, DicomImage image) {
        String source = ds.source();
        if (ds.contains(RED_SEGMENTED)) {
            throw new InvalidInputException(source + " has PALETTE COLOR with segmented lookup tables"
                    + " (0028,1221-1223), which are not supported; expected (0028,1201-1203)");
        }
        String[] names = {"Red", "Green", "Blue"};
        int[][] tables = new int[3][];
        for (int c = 0; c < 3; c++) {
            DicomElement descriptor = ds.elements().get(RED_DESCRIPTOR + c);
            DicomElement data = ds.elements().get(RED_DATA + c);
            if (descriptor == null || descriptor.length() < 6 || data == null) {
                throw new InvalidInputException(source + " has PALETTE COLOR without a usable " + names[c]
                        + " Palette Color Lookup Table Descriptor/Data (0028,110" + (1 + c) + ")/(0028,120" + (1 + c)
                        + "); expected both for every colour");
            }
            int entries = u16(descriptor, 0);
            entries = entries == 0 ? 65536 : entries;
            int first = u16(descriptor, 2);
            if (image.signed()) {
                first = (short) first;
            }
            int bits = u16(descriptor, 4);
            int size = data.length() / entries;
            if (bits != 8 && bits != 16 || size != 1 && size != 2 || data.length() < entries * size) {
                throw new InvalidInputException(source + ": the " + names[c] + " palette has " + entries
                        + " entries of " + bits + " bits in " + data.length() + " bytes; expected 8 or 16 bits per"
                        + " entry, stored in one byte or one 16-bit word each");
            }
            int[] t = new int[entries + 1];
            for (int i = 0; i < entries; i++) {
                t[i] = size == 1 ? data.buffer()[data.offset() + i] & 0xFF : u16(data, 2 * i);
            }
            t[entries] = first;
            tables[c] = t;
        }
        return tables;
    }

    /** Stored values to luminance 0.299 R + 0.587 G + 0.114 B of their palette entries. */
    static void toLuminance(long[] samples, int[][] tables, float[] out, int offset) {
        for (int p = 0; p < samples.length; p++) {
            double[] rgb = new double[3];
            for (int c = 0; c < 3; c++) {
                int[] t = tables[c];
                int last = t.length - 2;
                long i = samples[p] - t[t.length - 1];
                rgb[c] = t[(int) Math.max(0, Math.min(last, i))];
            }
            out[offset + p] = (float) (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]);
        }
    }

    private static int u16(DicomElement e, int at) {
        byte[] b = e.buffer();
        int i = e.offset() + at;
        return e.order() == ByteOrder.BIG_ENDIAN ? (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF)
                : (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }
}
