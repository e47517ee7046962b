package org.osteon.io.internal.dicom;

import org.osteon.core.InvalidInputException;

/**
 * Decodes one RLE Lossless frame (transfer syntax 1.2.840.10008.1.2.5, PS3.5 Annex G): a 64-byte header with
 * the number of segments and their offsets, then one PackBits-compressed segment per byte plane, most
 * significant byte of each sample first, one sample (colour channel) after the other.
 */
final class RleDecoder {

    private RleDecoder() {
    }

    /**
     * The stored sample values of one frame, interleaved per pixel, masked to the bits stored and sign
     * extended like native pixel data.
     */
    static long[] decode(byte[] data, DicomImage image, int frame) {
        String where = image.source() + ": RLE frame " + frame;
        if (data.length < 64) {
            throw new InvalidInputException(where + " has " + data.length + " bytes; expected at least the 64-byte"
                    + " RLE header");
        }
        int bytesPerSample = image.bitsAllocated() / 8;
        int expected = image.samplesPerPixel() * bytesPerSample;
        long segments = u32(data, 0);
        if (segments != expected) {
            throw new InvalidInputException(where + " has " + segments + " segments; expected " + expected + " ("
                    + image.samplesPerPixel() + " samples of " + bytesPerSample + " bytes)");
        }
        long[] offsets = new long[expected + 1];
        for (int i = 0; i < expected; i++) {
            offsets[i] = u32(data, 4 + 4 * i);
        }
        offsets[expected] = data.length;
        int pixels = image.rows() * image.columns();
        for (int i = 0; i < expected; i++) {
            if (offsets[i] < 64 || offsets[i] > offsets[i + 1]) {
                throw new InvalidInputException(where + " has segment offsets " + offsets[i] + " and " + offsets[i + 1]
                        + " for segment " + (i + 1) + "; expected increasing offsets from 64 within the "
                        + data.length + "-byte frame");
            }
            // a two-byte PackBits run expands to at most 128 bytes
            if (pixels > 64 * (offsets[i + 1] - offsets[i])) {
                throw new InvalidInputException(where + ": segment " + (i + 1) + " has "
                        + (offsets[i + 1] - offsets[i]) + " bytes, too few for " + pixels + " pixels; the data is corrupt");
            }
        }
        long[] samples = new long[pixels * image.samplesPerPixel()];
        byte[] plane = new byte[pixels];
        int shift = image.highBit() + 1 - image.bitsStored();
        for (int s = 0; s < image.samplesPerPixel(); s++) {
            for (int b = 0; b < bytesPerSample; b++) {
                int segment = s * bytesPerSample + b;
                unpack(data, (int) offsets[segment], (int) offsets[segment + 1], plane, where, segment + 1);
                int byteShift = 8 * (bytesPerSample - 1 - b);
                for (int p = 0; p < pixels; p++) {
                    samples[p * image.samplesPerPixel() + s] |= (plane[p] & 0xFFL) << byteShift;
                }
            }
        }
        for (int i = 0; i < samples.length; i++) {
            samples[i] = DicomPixels.stored(samples[i], shift, image.bitsStored(), image.signed());
        }
        return samples;
    }

    /** PackBits: n in 0..127 copies n + 1 bytes, n in -127..-1 repeats the next byte 1 - n times, -128 is skipped. */
    private static void unpack(byte[] in, int from, int to, byte[] out, String where, int segment) {
        int o = 0;
        int i = from;
        while (o < out.length && i < to) {
            int n = in[i++];
            if (n >= 0) {
                int count = n + 1;
                if (i + count > to || o + count > out.length) {
                    throw corrupt(where, segment, "a literal run of " + count + " bytes passes the end of the "
                            + (i + count > to ? "segment" : "frame"));
                }
                System.arraycopy(in, i, out, o, count);
                i += count;
                o += count;
            } else if (n != -128) {
                int count = 1 - n;
                if (i >= to || o + count > out.length) {
                    throw corrupt(where, segment, "a replicate run of " + count + " bytes passes the end of the "
                            + (i >= to ? "segment" : "frame"));
                }
                java.util.Arrays.fill(out, o, o + count, in[i++]);
                o += count;
            }
        }
        if (o < out.length) {
            throw corrupt(where, segment, "it decodes to " + o + " bytes; expected " + out.length);
        }
    }

    private static InvalidInputException corrupt(String where, int segment, String problem) {
        return new InvalidInputException(where + ", segment " + segment + " is corrupt: " + problem);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
