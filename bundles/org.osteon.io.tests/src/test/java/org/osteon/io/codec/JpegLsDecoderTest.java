package org.osteon.io.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.DicomReader;
import org.osteon.io.TestFiles;
import org.osteon.io.internal.dicom.DicomDataSet;
import org.osteon.io.internal.dicom.DicomElement;
import org.osteon.io.internal.dicom.DicomParser;
import org.osteon.io.internal.dicom.codec.DecodedFrame;
import org.osteon.io.internal.dicom.codec.FrameDecoders;
import org.osteon.io.internal.dicom.codec.FrameFormat;

/**
 * The JPEG-LS decoder on files compressed by dcmtk 3.6.7's dcmcjpls (releng/parity/make_jpegls_fixtures.py,
 * which also checks that dcmtk's dcmdjpls and GDCM's gdcmconv decode each file to the same pixels) and on
 * pydicom's MR_small_jpeg_ls_lossless.dcm (another encoder). Lossless files must give their uncompressed
 * source exactly; near-lossless files must give exactly what dcmdjpls decodes (the *.ref.dcm files) and stay
 * within NEAR of the source.
 */
class JpegLsDecoderTest {

    private final DicomReader reader = new DicomReader();

    private static Path file(String name) {
        return TestFiles.file("dicom-jpegls", name);
    }

    private Volume read(String name) throws IOException {
        return reader.read(file(name));
    }

    @ParameterizedTest
    @CsvSource({"ls_u12.dcm, src_u12.dcm", "ls_u8_presets.dcm, src_u8.dcm",
            "ls_u12_near2.dcm, ls_u12_near2.ref.dcm", "ls_u8_near3.dcm, ls_u8_near3.ref.dcm"})
    void greyFramesEqualTheReference(String compressed, String reference) throws IOException {
        Volume v = read(compressed);
        Volume ref = read(reference);
        assertEquals(new GridSize(64, 64, 3), v.size());
        assertArrayEquals(ref.data(), v.data());
    }

    @ParameterizedTest
    @CsvSource({"ls_u12_near2.dcm, src_u12.dcm, 2", "ls_u8_near3.dcm, src_u8.dcm, 3", "ls_rgb_near2.dcm, src_rgb.dcm, 2"})
    void nearLosslessStaysWithinNearOfTheSource(String compressed, String source, int near) throws IOException {
        int[] decoded = samples(compressed);
        int[] original = nativeSamples(source);
        assertEquals(original.length, decoded.length);
        int worst = 0;
        for (int i = 0; i < decoded.length; i++) {
            worst = Math.max(worst, Math.abs(decoded[i] - original[i]));
        }
        assertEquals(near, worst, "the largest deviation should reach NEAR on these images, never exceed it");
    }

    @ParameterizedTest
    @CsvSource({"ls_rgb_line.dcm, src_rgb.dcm", "ls_rgb_sample.dcm, src_rgb.dcm", "ls_rgb_none.dcm, src_rgb.dcm",
            "ls_rgb_near2.dcm, ls_rgb_near2.ref.dcm"})
    void colourSamplesEqualTheReferenceInEveryInterleaveMode(String compressed, String reference) throws IOException {
        assertArrayEquals(nativeSamples(reference), samples(compressed));
        assertArrayEquals(read(reference).data(), read(compressed).data());
    }

    @Test
    void anotherEncodersSignedFileEqualsTheUncompressedOriginal() throws IOException {
        Volume v = read("pydicom__MR_small_jpeg_ls_lossless.dcm");
        Volume original = reader.read(TestFiles.file("dicom", "pydicom__MR_small.dcm"));
        assertEquals(new GridSize(64, 64, 1), v.size());
        assertArrayEquals(original.data(), v.data());
    }

    @Test
    void multiFrameSignedLosslessEqualsTheSource() throws IOException {
        Volume v = reader.read(TestFiles.file("dicom-dcmtk", "mf_jpegls.dcm"));
        assertArrayEquals(reader.read(TestFiles.file("dicom-dcmtk", "mf_rle.dcm")).data(), v.data());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ls_u12.dcm", "ls_u8_near3.dcm", "ls_rgb_sample.dcm", "ls_rgb_line.dcm"})
    void truncatedOrDamagedStreamsGiveOnlyInvalidInput(String name) throws IOException {
        byte[] frame = firstFrame(name);
        FrameFormat format = format(name);
        String uid = DicomParser.parse(Files.readAllBytes(file(name)), name).transferSyntax().uid();
        // the last bytes are the EOI marker (and its padding), without which the scan still decodes
        for (int cut : new int[] {0, 1, 2, 10, 30, frame.length / 3, frame.length / 2, frame.length - 8}) {
            byte[] truncated = java.util.Arrays.copyOf(frame, cut);
            assertThrows(InvalidInputException.class, () -> FrameDecoders.decode(uid, truncated, format, name),
                    name + " cut at " + cut);
        }
        Random random = new Random(11);
        for (int k = 0; k < 200; k++) {
            byte[] damaged = frame.clone();
            for (int j = 0; j < 3; j++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                DecodedFrame f = FrameDecoders.decode(uid, damaged, format, name);
                assertEquals(format.rows() * format.columns() * format.samplesPerPixel(), f.samples().length);
            } catch (InvalidInputException e) {
                assertTrue(e.getMessage().startsWith(name), e.getMessage());
            }
        }
    }

    /** The decoded samples of every frame, as FrameDecoders returns them (interleaved per pixel). */
    private static int[] samples(String name) throws IOException {
        DicomDataSet ds = DicomParser.parse(Files.readAllBytes(file(name)), name);
        FrameFormat format = format(name);
        var fragments = ds.pixelData().orElseThrow().fragments();
        int perFrame = format.rows() * format.columns() * format.samplesPerPixel();
        int[] out = new int[perFrame * fragments.size()];
        for (int f = 0; f < fragments.size(); f++) {
            DicomElement e = fragments.get(f);
            byte[] frame = java.util.Arrays.copyOfRange(e.buffer(), e.offset(), e.offset() + e.length());
            DecodedFrame d = FrameDecoders.decode(ds.transferSyntax().uid(), frame, format, name);
            System.arraycopy(d.samples(), 0, out, f * perFrame, perFrame);
        }
        return out;
    }

    private static byte[] firstFrame(String name) throws IOException {
        DicomElement e = DicomParser.parse(Files.readAllBytes(file(name)), name).pixelData().orElseThrow().fragments()
                .get(0);
        return java.util.Arrays.copyOfRange(e.buffer(), e.offset(), e.offset() + e.length());
    }

    private static FrameFormat format(String name) throws IOException {
        DicomDataSet ds = DicomParser.parse(Files.readAllBytes(file(name)), name);
        int bits = (int) (long) ds.integer(0x00280100).orElseThrow();
        return new FrameFormat((int) (long) ds.integer(0x00280010).orElseThrow(),
                (int) (long) ds.integer(0x00280011).orElseThrow(), (int) (long) ds.integer(0x00280002).orElse(1L), bits,
                (int) (long) ds.integer(0x00280101).orElse((long) bits), false);
    }

    /** The samples of a native (uncompressed, little endian, interleaved) file, unsigned. */
    private static int[] nativeSamples(String name) throws IOException {
        DicomDataSet ds = DicomParser.parse(Files.readAllBytes(file(name)), name);
        DicomElement e = ds.pixelData().orElseThrow().fragments().get(0);
        boolean wide = ds.integer(0x00280100).orElseThrow() == 16;
        int[] out = new int[wide ? e.length() / 2 : e.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = wide ? (e.buffer()[e.offset() + 2 * i] & 0xFF) | (e.buffer()[e.offset() + 2 * i + 1] & 0xFF) << 8
                    : e.buffer()[e.offset() + i] & 0xFF;
        }
        return out;
    }
}
