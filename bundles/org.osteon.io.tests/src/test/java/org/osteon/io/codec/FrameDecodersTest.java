package org.osteon.io.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.dicom.codec.DecodedFrame;
import org.osteon.io.internal.dicom.codec.FrameDecoders;
import org.osteon.io.internal.dicom.codec.FrameFormat;

/**
 * The decoders on the real compressed test files. Reference values from releng/parity/codec_reference.py:
 * pydicom 2.3 with its GDCM 3.0 handler, dcmtk 3.6.7 dcmdjpeg for the 12-bit file (identical to GDCM), and
 * the uncompressed original for the JPEG 2000 file.
 */
class FrameDecodersTest {

    static final String NM_12BIT = "pydicom__JPGExtended_NM.dcm";
    static final String RGB_SV1 = "pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm";
    static final String MR_J2K = "pydicom__MR_small_jp2klossless.dcm";

    static final FrameFormat NM_FORMAT = new FrameFormat(1024, 256, 1, 16, 12, false);
    static final FrameFormat RGB_FORMAT = new FrameFormat(100, 100, 3, 8, 8, false);
    static final FrameFormat MR_FORMAT = new FrameFormat(64, 64, 1, 16, 16, true);

    @Test
    void supportsTheJpegAndJpeg2000SyntaxesOnly() {
        assertEquals(Set.of("1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.57",
                "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.80", "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.90",
                "1.2.840.10008.1.2.4.91"),
                FrameDecoders.supported());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FrameDecoders.decode("1.2.840.10008.1.2.5", new byte[] {1}, MR_FORMAT, "rle.dcm"));
        assertTrue(e.getMessage().startsWith("rle.dcm: transfer syntax 1.2.840.10008.1.2.5 is not supported"),
                e.getMessage());
    }

    /** 12-bit lossy: equal to GDCM and dcmtk sample for sample (measured max |difference| 0 over all pixels). */
    @Test
    void jpegExtended12BitMatchesLibjpeg() throws IOException {
        DecodedFrame f = FrameDecoders.decode(FrameDecoders.JPEG_EXTENDED, CodecTestFiles.firstFrame(NM_12BIT),
                NM_FORMAT, NM_12BIT);
        assertEquals(1024, f.rows());
        assertEquals(256, f.columns());
        assertEquals(1, f.samplesPerPixel());
        assertEquals(3767007L, CodecTestFiles.sum(f.samples()));
        assertEquals(0, Arrays.stream(f.samples()).min().getAsInt());
        assertEquals(264, Arrays.stream(f.samples()).max().getAsInt());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 52, 95, 1, 1, 1, 1, 23, 22, 37, 64, 29, 16, 1,
                1, 18, 17, 45, 63, 61, 20, 1, 1, 1, 32, 21, 11, 29, 1, 1, 1, 1, 3, 7, 20, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 1, 1, 1, 1}, CodecTestFiles.grid(f.samples(), 1024, 256, 1));
        assertEquals("5a14dfd887a29ac84e9b77a76b38509438bd5a6fe42cbfac137b348ccdfaabca",
                CodecTestFiles.sha256(f.samples()));
    }

    @Test
    void jpegLosslessSv1RgbIsExact() throws IOException {
        DecodedFrame f = FrameDecoders.decode(FrameDecoders.JPEG_LOSSLESS_SV1, CodecTestFiles.firstFrame(RGB_SV1),
                RGB_FORMAT, RGB_SV1);
        assertEquals(3, f.samplesPerPixel());
        assertEquals(3831000L, CodecTestFiles.sum(f.samples()));
        int[] grid = CodecTestFiles.grid(f.samples(), 100, 100, 3);
        // first grid row: pure red; row 2: (255, 128, 128); last row: white
        assertArrayEquals(new int[] {255, 0, 0}, Arrays.copyOfRange(grid, 0, 3));
        assertArrayEquals(new int[] {255, 128, 128}, Arrays.copyOfRange(grid, 24, 27));
        assertArrayEquals(new int[] {64, 64, 64}, Arrays.copyOfRange(grid, 120, 123));
        assertArrayEquals(new int[] {255, 255, 255}, Arrays.copyOfRange(grid, 189, 192));
        assertEquals("89ad10bbda73de0db000da69e9246d9cb7cfa4a2e84d457658aeb40227fdafc3",
                CodecTestFiles.sha256(f.samples()));
    }

    @Test
    void jpeg2000LosslessEqualsTheUncompressedOriginal() throws IOException {
        DecodedFrame f = FrameDecoders.decode(FrameDecoders.JPEG_2000_LOSSLESS, CodecTestFiles.firstFrame(MR_J2K),
                MR_FORMAT, MR_J2K);
        int[] original = CodecTestFiles.nativeInt16("pydicom__MR_small.dcm");
        assertEquals(4096, original.length);
        assertArrayEquals(original, f.samples());
        assertEquals(2125338L, CodecTestFiles.sum(f.samples()));
        assertEquals("b8d9a6cee6ff2ea9edbe8b476e54b80cfab8c6a15aff4d431b6c38840a20f7df",
                CodecTestFiles.sha256(f.samples()));
    }

    /** The syntax UID only picks JPEG or JPEG 2000; the stream's own header picks the process. */
    @Test
    void jpegUidsShareOneDecoder() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(RGB_SV1);
        int[] a = FrameDecoders.decode(FrameDecoders.JPEG_LOSSLESS, frame, RGB_FORMAT, RGB_SV1).samples();
        int[] b = FrameDecoders.decode(FrameDecoders.JPEG_BASELINE, frame, RGB_FORMAT, RGB_SV1).samples();
        assertArrayEquals(a, b);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FrameDecoders.decode(FrameDecoders.JPEG_2000, frame, RGB_FORMAT, RGB_SV1));
        assertTrue(e.getMessage().contains("not a JPEG 2000 codestream"), e.getMessage());
    }

    /** Signed pixel representation: samples are sign-extended from Bits Stored. */
    @Test
    void signedFramesAreSignExtendedFromBitsStored() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(RGB_SV1);
        int[] unsigned = FrameDecoders.decode(FrameDecoders.JPEG_LOSSLESS_SV1, frame, RGB_FORMAT, RGB_SV1).samples();
        int[] signed = FrameDecoders.decode(FrameDecoders.JPEG_LOSSLESS_SV1, frame,
                new FrameFormat(100, 100, 3, 8, 8, true), RGB_SV1).samples();
        for (int i = 0; i < unsigned.length; i++) {
            assertEquals((byte) unsigned[i], signed[i]);
        }
        assertEquals(-1, signed[0]); // 255 as a signed byte
    }

    @Test
    void sizeMismatchNamesBoth() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(NM_12BIT);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FrameDecoders.decode(
                FrameDecoders.JPEG_EXTENDED, frame, new FrameFormat(1024, 512, 1, 16, 12, false), NM_12BIT));
        assertEquals(NM_12BIT + ": the JPEG stream holds 1024 rows x 256 columns x 1 component but the DICOM header"
                + " says 1024 rows x 512 columns x 1 component", e.getMessage());
    }

    @Test
    void componentMismatchNamesBoth() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(RGB_SV1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FrameDecoders.decode(
                FrameDecoders.JPEG_LOSSLESS_SV1, frame, new FrameFormat(100, 100, 1, 8, 8, false), RGB_SV1));
        assertTrue(e.getMessage().contains("100 rows x 100 columns x 3 components")
                && e.getMessage().contains("says 100 rows x 100 columns x 1 component"), e.getMessage());
        byte[] j2k = CodecTestFiles.firstFrame(MR_J2K);
        e = assertThrows(InvalidInputException.class, () -> FrameDecoders.decode(FrameDecoders.JPEG_2000_LOSSLESS,
                j2k, new FrameFormat(64, 64, 3, 16, 16, true), MR_J2K));
        assertTrue(e.getMessage().startsWith(MR_J2K + ": the JPEG 2000 stream holds 64 rows x 64 columns x 1 "
                + "component but the DICOM header says 64 rows x 64 columns x 3 components"), e.getMessage());
    }

    @Test
    void precisionMismatchNamesBoth() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(NM_12BIT);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FrameDecoders.decode(
                FrameDecoders.JPEG_EXTENDED, frame, new FrameFormat(1024, 256, 1, 8, 8, false), NM_12BIT));
        assertEquals(NM_12BIT + ": the JPEG stream has 12-bit samples but the DICOM header allocates 8 bits per "
                + "sample (bits stored 8)", e.getMessage());
        byte[] j2k = CodecTestFiles.firstFrame(MR_J2K);
        e = assertThrows(InvalidInputException.class, () -> FrameDecoders.decode(FrameDecoders.JPEG_2000_LOSSLESS,
                j2k, new FrameFormat(64, 64, 1, 8, 8, true), MR_J2K));
        assertTrue(e.getMessage().contains("the JPEG 2000 stream has 16-bit samples but the DICOM header allocates 8"),
                e.getMessage());
    }

    @Test
    void progressiveAndEmptyStreamsAreRefused() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(NM_12BIT).clone();
        frame[3] = (byte) 0xC2; // SOF1 -> SOF2
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FrameDecoders.decode(FrameDecoders.JPEG_EXTENDED, frame, NM_FORMAT, NM_12BIT));
        assertTrue(e.getMessage().startsWith(NM_12BIT + ": the JPEG stream in the pixel data uses progressive DCT"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> FrameDecoders.decode(FrameDecoders.JPEG_EXTENDED, new byte[0], NM_FORMAT, NM_12BIT));
        assertEquals(NM_12BIT + ": the compressed frame is empty", e.getMessage());
    }

    @Test
    void truncatedStreamSaysTruncated() throws IOException {
        byte[] frame = CodecTestFiles.firstFrame(NM_12BIT);
        byte[] cut = Arrays.copyOf(frame, frame.length / 2);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FrameDecoders.decode(FrameDecoders.JPEG_EXTENDED, cut, NM_FORMAT, NM_12BIT));
        assertTrue(e.getMessage().startsWith(NM_12BIT + ": the JPEG stream in the pixel data is truncated at byte "),
                e.getMessage());
    }
}
