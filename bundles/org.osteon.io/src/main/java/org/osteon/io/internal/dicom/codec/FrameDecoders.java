package org.osteon.io.internal.dicom.codec;

import java.util.Set;

import org.osteon.core.InvalidInputException;

/**
 * Decoders for the compressed (encapsulated) transfer syntaxes other than RLE: JPEG baseline and extended
 * (8 and 12 bit, Huffman-coded sequential DCT), JPEG lossless (process 14, every predictor), JPEG-LS (lossless
 * and near-lossless) and JPEG 2000.
 *
 * <p>JPEG is decoded by {@link JpegDecoder}, written for this bundle (ITU-T T.81; the inverse DCT is the
 * accurate integer one of the IJG library, so results match libjpeg, dcmtk and GDCM). JPEG-LS is decoded by
 * {@link JpegLsDecoder}, also written for this bundle (ITU-T T.87). JPEG 2000 goes to the
 * JJ2000 decoder of {@code jai-imageio-jpeg2000} 1.4.0 ({@link Jpeg2000Decoder}). Licences and the reasons
 * for these choices: CODECS.md in this bundle.
 *
 * <p>What a decoded frame holds: the decoded components as they are in the stream, interleaved per pixel,
 * with no colour transform. A lossy three-component frame whose header says YBR_FULL_422 or YBR_FULL is
 * returned as Y, Cb, Cr (chroma upsampled to full size like libjpeg's default "fancy" upsampling); the
 * caller converts to RGB from the photometric interpretation, which describes the decompressed data
 * (PS3.5 8.2.1). When {@link FrameFormat#signed()} is true, every sample is sign-extended from
 * {@link FrameFormat#bitsStored()} bits (JPEG has no signed samples; a JPEG 2000 stream may declare either);
 * when it is false, a negative sample keeps its low {@code bitsStored} bits.
 */
public final class FrameDecoders {

    /** JPEG Baseline (process 1), 8 bit. */
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    /** JPEG Extended (processes 2 and 4), 8 or 12 bit. */
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    /** JPEG Lossless, non-hierarchical (process 14), any predictor. */
    public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    /** JPEG Lossless, non-hierarchical, first-order prediction (process 14, selection value 1). */
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    /** JPEG-LS lossless. */
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    /** JPEG-LS near-lossless (lossy). */
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    /** JPEG 2000, lossless only. */
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    /** JPEG 2000, lossless or lossy. */
    public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";

    private static final Set<String> SUPPORTED = Set.of(JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS,
            JPEG_LOSSLESS_SV1, JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS, JPEG_2000_LOSSLESS, JPEG_2000);

    private FrameDecoders() {
    }

    /** The transfer syntax UIDs that {@link #decode} handles. */
    public static Set<String> supported() {
        return SUPPORTED;
    }

    /**
     * Decodes one frame: {@code data} holds the frame's fragments concatenated (without item headers).
     *
     * <p>The stream's own header decides how it is decoded (a baseline stream under the extended UID, or a
     * lossless one under .4.50, decodes all the same); the UID only chooses between JPEG and JPEG 2000.
     *
     * @param transferSyntaxUid one of {@link #supported()}
     * @param source            the file name, for messages
     * @throws InvalidInputException naming the source and the problem, when the stream is corrupt, truncated
     *                               or does not match {@code expected}
     */
    public static DecodedFrame decode(String transferSyntaxUid, byte[] data, FrameFormat expected, String source) {
        if (!SUPPORTED.contains(transferSyntaxUid)) {
            throw new InvalidInputException(source + ": transfer syntax " + transferSyntaxUid
                    + " is not supported; compressed frames can be decoded for " + String.join(", ",
                            SUPPORTED.stream().sorted().toList()));
        }
        if (data == null || data.length == 0) {
            throw new InvalidInputException(source + ": the compressed frame is empty");
        }
        boolean j2k = transferSyntaxUid.equals(JPEG_2000) || transferSyntaxUid.equals(JPEG_2000_LOSSLESS);
        boolean jpegLs = transferSyntaxUid.equals(JPEG_LS_LOSSLESS) || transferSyntaxUid.equals(JPEG_LS_NEAR_LOSSLESS);
        int[] samples = j2k ? Jpeg2000Decoder.decode(data, expected, source)
                : jpegLs ? new JpegLsDecoder(data, expected, source).decode()
                        : new JpegDecoder(data, expected, source).decode();
        finishSamples(samples, expected);
        return new DecodedFrame(expected.rows(), expected.columns(), expected.samplesPerPixel(), samples);
    }

    /**
     * Checks a stream's header against what the DICOM header says, before any pixel is decoded (so that a
     * corrupt header cannot make the decoder allocate a huge frame).
     *
     * @param kind      "JPEG" or "JPEG 2000", for the message
     * @param precision the stream's sample precision in bits
     */
    static void checkHeader(String kind, int rows, int columns, int components, int precision,
            FrameFormat expected, String source) {
        if (rows != expected.rows() || columns != expected.columns()
                || components != expected.samplesPerPixel()) {
            throw new InvalidInputException(source + ": the " + kind + " stream holds " + describe(rows, columns,
                    components) + " but the DICOM header says " + describe(expected.rows(), expected.columns(),
                            expected.samplesPerPixel()));
        }
        if (precision > expected.bitsAllocated() || precision < 1) {
            throw new InvalidInputException(source + ": the " + kind + " stream has " + precision
                    + "-bit samples but the DICOM header allocates " + expected.bitsAllocated()
                    + " bits per sample (bits stored " + expected.bitsStored() + ")");
        }
    }

    private static String describe(int rows, int columns, int components) {
        return rows + " rows x " + columns + " columns x " + components
                + (components == 1 ? " component" : " components");
    }

    /** Sign extension (or masking) by the pixel representation; see the class comment. */
    private static void finishSamples(int[] samples, FrameFormat expected) {
        int bits = expected.bitsStored();
        if (bits <= 0 || bits >= 32) {
            return;
        }
        int shift = 32 - bits;
        int mask = (1 << bits) - 1;
        for (int i = 0; i < samples.length; i++) {
            int v = samples[i];
            if (expected.signed()) {
                samples[i] = (v << shift) >> shift;
            } else if (v < 0) {
                samples[i] = v & mask;
            }
        }
    }
}
