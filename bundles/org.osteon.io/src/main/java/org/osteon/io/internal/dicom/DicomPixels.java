package org.osteon.io.internal.dicom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.dicom.codec.DecodedFrame;
import org.osteon.io.internal.dicom.codec.FrameDecoders;
import org.osteon.io.internal.dicom.codec.FrameFormat;

/**
 * Decodes the pixel data of one file into grey values, frame after frame (x fastest, rows top to bottom):
 * <ol>
 * <li>stored values: native pixel data (bits allocated 8, 16 or 32, masked to the bits stored below the
 * high bit, sign-extended when the pixel representation is 1), RLE Lossless, or a frame decoded by
 * {@link FrameDecoders};</li>
 * <li>colour to grey: RGB (and YBR_ICT/YBR_RCT, whose component transform the JPEG 2000 decoder undoes)
 * as luminance 0.299 R + 0.587 G + 0.114 B; YBR_FULL and YBR_FULL_422 as their Y channel, which is that
 * luminance;</li>
 * <li>MONOCHROME1: stored value s becomes smin + smax - s, with smin..smax the range that bits stored and
 * pixel representation can hold (0..4095 for 12 bits unsigned). As the rescale is linear this equals
 * v' = max + min - v after rescale, with min and max the rescaled ends of that range; high values are then
 * bright, as with MONOCHROME2 and as dcm2pnm renders MONOCHROME1;</li>
 * <li>rescale: value x slope + intercept (RT dose: x Dose Grid Scaling as well).</li>
 * </ol>
 */
public final class DicomPixels {

    private DicomPixels() {
    }

    /** The decoded volume values of a file: rows x columns x frames grey values. */
    public static float[] decode(DicomDataSet ds, DicomImage image) {
        if (image.voxels() > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException(ds.source() + " has " + image.columns() + " x " + image.rows() + " x "
                    + image.frames() + " voxels; volumes are limited to 2^31");
        }
        float[] out = new float[(int) image.voxels()];
        decodeInto(ds, image, out, 0);
        return out;
    }

    /**
     * Decodes the values of a file into {@code out} from {@code offset} (rows x columns x frames values), so that
     * a series is assembled without copies.
     */
    public static void decodeInto(DicomDataSet ds, DicomImage image, float[] out, int offset) {
        String source = ds.source();
        DicomDataSet.PixelData pixels = ds.pixelData().orElseThrow(() -> new InvalidInputException(source
                + (ds.contains(DicomTags.FLOAT_PIXEL_DATA) || ds.contains(DicomTags.DOUBLE_FLOAT_PIXEL_DATA)
                        ? " holds float pixel data (7FE0,0008/0009), which is not supported"
                        : " has no pixel data (7FE0,0010)")
                + "; expected an image with integer pixel data"));
        TransferSyntax ts = ds.transferSyntax();
        if (!ts.decodable()) {
            throw new InvalidInputException(source + " uses transfer syntax " + ts + ", which is not supported;"
                    + " supported: " + TransferSyntax.supportedList());
        }
        if (image.voxels() > Integer.MAX_VALUE - 16) {
            throw new InvalidInputException(source + " has " + image.columns() + " x " + image.rows() + " x "
                    + image.frames() + " voxels; volumes are limited to 2^31");
        }
        if (ts.nativePixels() == pixels.encapsulated()) {
            throw new InvalidInputException(source + " has " + (pixels.encapsulated() ? "encapsulated" : "native")
                    + " pixel data with transfer syntax " + ts + "; expected "
                    + (ts.nativePixels() ? "native" : "encapsulated") + " pixel data");
        }
        int perFrame = image.rows() * image.columns();
        if (image.bitsAllocated() == 1 && !ts.nativePixels()) {
            throw new InvalidInputException(source + " has 1-bit pixel data with transfer syntax " + ts
                    + "; 1-bit pixel data is read uncompressed only");
        }
        if (ts.nativePixels()) {
            DicomElement value = pixels.fragments().get(0);
            if (image.ybr422() && image.columns() % 2 != 0) {
                throw new InvalidInputException(source + " has YBR_FULL_422 pixel data with an odd number of columns ("
                        + image.columns() + "); expected pairs of pixels sharing their chroma");
            }
            long needed = image.nativeBytes();
            if (value.length() < needed) {
                throw new InvalidInputException(source + ": pixel data (7FE0,0010) has " + value.length()
                        + " bytes; expected " + needed + " for " + image.columns() + " x " + image.rows() + " x "
                        + image.frames() + " frames x " + image.samplesPerPixel() + " samples x "
                        + image.bitsAllocated() + " bits");
            }
        }
        int[][] palette = image.photometric().equals("PALETTE COLOR") ? Palette.tables(ds, image) : null;
        if (ts.nativePixels() && palette == null && fastGrey(pixels.fragments().get(0), pixels.vr(), image, out,
                offset)) {
            return;
        }
        List<byte[]> frames = ts.nativePixels() ? List.of() : frames(pixels, image.frames(), source);
        for (int f = 0; f < image.frames(); f++) {
            long[] samples;
            if (ts.nativePixels() && image.bitsAllocated() == 1) {
                samples = bitFrame(pixels.fragments().get(0), image, f);
            } else if (ts.nativePixels() && image.ybr422()) {
                samples = ybr422Frame(pixels.fragments().get(0), image, f);
            } else if (ts.nativePixels()) {
                samples = nativeFrame(pixels.fragments().get(0), pixels.vr(), image, f);
            } else if (ts.rle()) {
                samples = RleDecoder.decode(frames.get(f), image, f + 1);
            } else {
                samples = codecFrame(ts, frames.get(f), image, f + 1);
            }
            if (palette != null) {
                Palette.toLuminance(samples, palette, out, offset + f * perFrame);
            } else {
                toGrey(samples, image, out, offset + f * perFrame);
            }
        }
    }

    /**
     * The common case without intermediate arrays: native grey pixels of 8 or 16 bits allocated, read straight
     * into the output with the same arithmetic as {@link #toGrey}. Returns false for every other layout.
     */
    private static boolean fastGrey(DicomElement value, String vr, DicomImage image, float[] out, int offset) {
        int bytes = image.bitsAllocated() / 8;
        boolean bigEndian = value.order() == ByteOrder.BIG_ENDIAN;
        if (image.samplesPerPixel() != 1 || bytes != 1 && bytes != 2 || bytes == 1 && bigEndian && vr.equals("OW")) {
            return false;
        }
        int n = (int) image.voxels();
        byte[] b = value.buffer();
        int at = value.offset();
        int shift = image.highBit() + 1 - image.bitsStored();
        int bits = image.bitsStored();
        int mask = (1 << bits) - 1;
        boolean signed = image.signed();
        long sum = 0;
        boolean invert = image.photometric().equals("MONOCHROME1");
        if (invert) {
            long min = signed ? -(1L << bits - 1) : 0;
            long max = signed ? (1L << bits - 1) - 1 : (1L << bits) - 1;
            sum = min + max;
        }
        double slope = image.slope();
        double intercept = image.intercept();
        boolean identity = slope == 1 && intercept == 0 && !invert;
        int signBit = 1 << bits - 1;
        for (int i = 0; i < n; i++) {
            int raw;
            if (bytes == 1) {
                raw = b[at + i] & 0xFF;
            } else {
                int j = at + 2 * i;
                raw = bigEndian ? (b[j] & 0xFF) << 8 | (b[j + 1] & 0xFF) : (b[j] & 0xFF) | (b[j + 1] & 0xFF) << 8;
            }
            int v = raw >>> shift & mask;
            if (signed && (v & signBit) != 0) {
                v -= 1 << bits;
            }
            out[offset + i] = identity ? v : (float) ((invert ? sum - v : v) * slope + intercept);
        }
        return true;
    }

    /** Masks a raw sample to its stored bits and sign-extends it. */
    static long stored(long raw, int shift, int bitsStored, boolean signed) {
        long v = raw >>> shift & ((1L << bitsStored) - 1);
        if (signed && (v & 1L << bitsStored - 1) != 0) {
            v -= 1L << bitsStored;
        }
        return v;
    }

    private static long[] nativeFrame(DicomElement value, String vr, DicomImage image, int frame) {
        int spp = image.samplesPerPixel();
        int pixels = image.rows() * image.columns();
        int bytes = image.bitsAllocated() / 8;
        long start = value.offset() + image.frameBytes() * frame;
        byte[] b = value.buffer();
        boolean bigEndian = value.order() == ByteOrder.BIG_ENDIAN;
        // 8-bit samples in an OW value of a big endian file are byte-swapped in pairs
        boolean swapPairs = bigEndian && bytes == 1 && vr.equals("OW");
        int shift = image.highBit() + 1 - image.bitsStored();
        long[] samples = new long[pixels * spp];
        for (int i = 0; i < samples.length; i++) {
            // planar configuration 1: all red values, then green, then blue
            int target = image.planarConfiguration() == 1 ? (i % pixels) * spp + i / pixels : i;
            int at = (int) (start + (long) i * bytes);
            long raw;
            switch (bytes) {
                case 1 -> raw = b[swapPairs ? swapped(at, value.offset()) : at] & 0xFFL;
                case 2 -> raw = bigEndian ? (b[at] & 0xFFL) << 8 | (b[at + 1] & 0xFFL)
                        : (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8;
                default -> raw = bigEndian
                        ? (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL)
                        : (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
            }
            samples[target] = stored(raw, shift, image.bitsStored(), image.signed());
        }
        return samples;
    }

    /** 1-bit pixels, packed from the least significant bit of each byte; frames follow without padding. */
    private static long[] bitFrame(DicomElement value, DicomImage image, int frame) {
        int pixels = image.rows() * image.columns();
        long first = (long) frame * pixels;
        byte[] b = value.buffer();
        long[] samples = new long[pixels];
        for (int i = 0; i < pixels; i++) {
            long bit = first + i;
            samples[i] = b[value.offset() + (int) (bit >>> 3)] >> (int) (bit & 7) & 1;
        }
        return samples;
    }

    /**
     * Uncompressed YBR_FULL_422 (PS3.3 C.7.6.3.1.2): each pair of pixels of a row is stored as Y1 Y2 Cb Cr; the
     * pair's Cb and Cr are given to both pixels, which gives Y, Cb, Cr per pixel.
     */
    private static long[] ybr422Frame(DicomElement value, DicomImage image, int frame) {
        int pixels = image.rows() * image.columns();
        int bytes = image.bitsAllocated() / 8;
        long start = value.offset() + image.frameBytes() * frame;
        byte[] b = value.buffer();
        boolean bigEndian = value.order() == ByteOrder.BIG_ENDIAN;
        int shift = image.highBit() + 1 - image.bitsStored();
        long[] samples = new long[pixels * 3];
        for (int p = 0; p < pixels; p += 2) {
            long[] four = new long[4];
            for (int k = 0; k < 4; k++) {
                int at = (int) (start + (long) (2 * p + k) * bytes);
                long raw = bytes == 1 ? b[at] & 0xFFL : bigEndian ? (b[at] & 0xFFL) << 8 | (b[at + 1] & 0xFFL)
                        : (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8;
                four[k] = stored(raw, shift, image.bitsStored(), false);
            }
            samples[3 * p] = four[0];
            samples[3 * p + 3] = four[1];
            samples[3 * p + 1] = samples[3 * p + 4] = four[2];
            samples[3 * p + 2] = samples[3 * p + 5] = four[3];
        }
        return samples;
    }

    private static int swapped(int at, int valueStart) {
        return ((at - valueStart) & 1) == 0 ? at + 1 : at - 1;
    }

    private static long[] codecFrame(TransferSyntax ts, byte[] data, DicomImage image, int frame) {
        FrameFormat format = new FrameFormat(image.rows(), image.columns(), image.samplesPerPixel(),
                image.bitsAllocated(), image.bitsStored(), image.signed());
        DecodedFrame decoded;
        try {
            decoded = FrameDecoders.decode(ts.uid(), data, format, image.source() + " frame " + frame);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException(image.source() + ": frame " + frame + " could not be decoded as "
                    + ts.name() + " (" + e + "); the compressed data is corrupt", e);
        }
        if (decoded.rows() != image.rows() || decoded.columns() != image.columns()
                || decoded.samplesPerPixel() != image.samplesPerPixel()) {
            throw new InvalidInputException(image.source() + ": frame " + frame + " decodes to " + decoded.columns()
                    + " x " + decoded.rows() + " x " + decoded.samplesPerPixel() + " samples; the header says "
                    + image.columns() + " x " + image.rows() + " x " + image.samplesPerPixel());
        }
        int[] s = decoded.samples();
        long[] samples = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            samples[i] = image.bitsAllocated() == 32 && !image.signed() ? s[i] & 0xFFFFFFFFL : s[i];
        }
        return samples;
    }

    /** Colour to luminance, MONOCHROME1 inversion and rescale (see the class comment). */
    private static void toGrey(long[] samples, DicomImage image, float[] out, int offset) {
        int pixels = image.rows() * image.columns();
        double slope = image.slope();
        double intercept = image.intercept();
        if (image.samplesPerPixel() == 3) {
            boolean yOnly = image.photometric().startsWith("YBR_FULL");
            for (int p = 0; p < pixels; p++) {
                double v = yOnly ? samples[3 * p]
                        : 0.299 * samples[3 * p] + 0.587 * samples[3 * p + 1] + 0.114 * samples[3 * p + 2];
                out[offset + p] = (float) (v * slope + intercept);
            }
            return;
        }
        long sum = 0;
        if (image.photometric().equals("MONOCHROME1")) {
            long min = image.signed() ? -(1L << image.bitsStored() - 1) : 0;
            long max = image.signed() ? (1L << image.bitsStored() - 1) - 1 : (1L << image.bitsStored()) - 1;
            sum = min + max;
        }
        boolean invert = image.photometric().equals("MONOCHROME1");
        for (int p = 0; p < pixels; p++) {
            long v = invert ? sum - samples[p] : samples[p];
            out[offset + p] = (float) (v * slope + intercept);
        }
    }

    /**
     * Splits encapsulated fragments into frames (PS3.5 A.4): by the basic offset table when it is present;
     * else one fragment per frame when the counts match; else all fragments as one frame for a single-frame
     * image; else a new frame at each fragment that starts with a JPEG (FFD8) or JPEG 2000 (FF4F) start
     * marker.
     */
    static List<byte[]> frames(DicomDataSet.PixelData pixels, int frameCount, String source) {
        List<DicomElement> fragments = pixels.fragments();
        if (fragments.isEmpty()) {
            throw new InvalidInputException(source + ": the encapsulated pixel data has no fragments; expected at"
                    + " least one per frame");
        }
        long[] table = pixels.offsetTable();
        long[] at = pixels.fragmentItemOffsets();
        List<List<DicomElement>> groups = new ArrayList<>();
        if (table.length > 0) {
            if (table.length != frameCount) {
                throw new InvalidInputException(source + ": the basic offset table has " + table.length
                        + " entries; expected one per frame (" + frameCount + ")");
            }
            for (int k = 0; k < frameCount; k++) {
                long from = table[k];
                long to = k + 1 < frameCount ? table[k + 1] : Long.MAX_VALUE;
                List<DicomElement> group = new ArrayList<>();
                for (int i = 0; i < fragments.size(); i++) {
                    if (at[i] >= from && at[i] < to) {
                        group.add(fragments.get(i));
                    }
                }
                int first = indexOf(at, from);
                if (group.isEmpty() || first < 0) {
                    throw new InvalidInputException(source + ": basic offset table entry " + (k + 1) + " (" + from
                            + ") does not point to the start of a fragment; the pixel data is corrupt");
                }
                groups.add(group);
            }
        } else if (fragments.size() == frameCount) {
            for (DicomElement f : fragments) {
                groups.add(List.of(f));
            }
        } else if (frameCount == 1) {
            groups.add(fragments);
        } else {
            for (DicomElement f : fragments) {
                boolean start = f.length() >= 2 && (f.buffer()[f.offset()] & 0xFF) == 0xFF
                        && ((f.buffer()[f.offset() + 1] & 0xFF) == 0xD8 || (f.buffer()[f.offset() + 1] & 0xFF) == 0x4F);
                if (start || groups.isEmpty()) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(f);
            }
            if (groups.size() != frameCount) {
                throw new InvalidInputException(source + " has " + fragments.size() + " pixel data fragments for "
                        + frameCount + " frames and no basic offset table; cannot tell which fragments form each frame");
            }
        }
        List<byte[]> frames = new ArrayList<>();
        for (List<DicomElement> group : groups) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (DicomElement f : group) {
                b.write(f.buffer(), f.offset(), f.length());
            }
            frames.add(b.toByteArray());
        }
        return frames;
    }

    private static int indexOf(long[] values, long value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
