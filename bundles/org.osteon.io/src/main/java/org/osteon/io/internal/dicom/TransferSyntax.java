package org.osteon.io.internal.dicom;

import java.nio.ByteOrder;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osteon.io.internal.dicom.codec.FrameDecoders;

/**
 * A transfer syntax: how the data set after the file meta group is encoded, and how the pixel data is
 * compressed (PS3.5 section 10 and Annex A).
 *
 * @param uid  the transfer syntax UID (0002,0010)
 * @param name its name in PS3.6, or "unknown transfer syntax"
 */
public record TransferSyntax(String uid, String name) {

    public static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_LE = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    public static final String RLE = "1.2.840.10008.1.2.5";

    /** Decoded here without a codec: the data set encodings and RLE Lossless. */
    private static final Set<String> NATIVE = Set.of(IMPLICIT_LE, EXPLICIT_LE, DEFLATED_LE, EXPLICIT_BE);

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IMPLICIT_LE, "Implicit VR Little Endian"),
            Map.entry(EXPLICIT_LE, "Explicit VR Little Endian"),
            Map.entry(DEFLATED_LE, "Deflated Explicit VR Little Endian"),
            Map.entry(EXPLICIT_BE, "Explicit VR Big Endian"),
            Map.entry(RLE, "RLE Lossless"),
            Map.entry("1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian"),
            Map.entry("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            Map.entry("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 and 4)"),
            Map.entry("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            Map.entry("1.2.840.10008.1.2.4.70",
                    "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])"),
            Map.entry("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            Map.entry("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            Map.entry("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            Map.entry("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"),
            Map.entry("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            Map.entry("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            Map.entry("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"),
            Map.entry("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"),
            Map.entry("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"),
            Map.entry("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1"),
            Map.entry("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1"),
            Map.entry("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.202",
                    "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"),
            Map.entry("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
            Map.entry("1.2.840.10008.1.2.4.204", "JPIP HTJ2K Referenced"),
            Map.entry("1.2.840.10008.1.2.4.205", "JPIP HTJ2K Referenced Deflate"));

    /** The transfer syntax with this UID (trailing NUL and space padding removed). */
    public static TransferSyntax of(String uid) {
        String clean = uid.strip().replace("\0", "");
        return new TransferSyntax(clean, NAMES.getOrDefault(clean, "unknown transfer syntax"));
    }

    /** The byte order of the data set: big endian only for Explicit VR Big Endian. */
    public ByteOrder order() {
        return EXPLICIT_BE.equals(uid) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** Whether data elements carry their VR; every syntax but Implicit VR Little Endian does. */
    public boolean explicitVr() {
        return !IMPLICIT_LE.equals(uid);
    }

    public boolean deflated() {
        return DEFLATED_LE.equals(uid);
    }

    /** Pixel data stored uncompressed (a native transfer syntax). */
    public boolean nativePixels() {
        return NATIVE.contains(uid);
    }

    public boolean rle() {
        return RLE.equals(uid);
    }

    /** Whether this reader decodes the pixel data: native, RLE, or a syntax the frame decoders handle. */
    public boolean decodable() {
        return nativePixels() || rle() || FrameDecoders.supported().contains(uid);
    }

    /** Every transfer syntax whose pixel data can be decoded now, for messages. */
    public static String supportedList() {
        StringBuilder b = new StringBuilder();
        for (String uid : new String[] {IMPLICIT_LE, EXPLICIT_LE, DEFLATED_LE, EXPLICIT_BE, RLE}) {
            b.append(b.isEmpty() ? "" : ", ").append(NAMES.get(uid));
        }
        FrameDecoders.supported().stream().sorted()
                .forEach(uid -> b.append(", ").append(Optional.ofNullable(NAMES.get(uid)).orElse(uid)));
        return b.toString();
    }

    @Override
    public String toString() {
        return uid + " (" + name + ")";
    }
}
