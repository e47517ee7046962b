package org.osteon.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.DicomReader;
import org.osteon.io.VoxelChecks;
import org.osteon.io.internal.dicom.DicomParser;
import org.osteon.io.internal.dicom.TransferSyntax;

/**
 * The JPEG and JPEG 2000 files, decoded through the frame decoders. References: pydicom 2.3 for JPEG 2000,
 * pydicom 2.3 after dcmtk's dcmdjpeg for the JPEG files (releng/parity/dicom_reference.py). Each transfer
 * syntax must be decodable: a decoder that dropped out of FrameDecoders.supported() fails here.
 */
class DicomCompressedTest {

    private final DicomReader reader = new DicomReader();

    private Volume read(String name) throws IOException {
        Path file = DicomFiles.file(name);
        String uid = DicomParser.parse(Files.readAllBytes(file), name).transferSyntax().uid();
        assertTrue(TransferSyntax.of(uid).decodable(), "no frame decoder for " + TransferSyntax.of(uid));
        return reader.read(file);
    }

    @Test
    void jpeg2000LosslessEqualsTheUncompressedFile() throws IOException {
        Volume expected = reader.read(DicomFiles.file("pydicom__MR_small.dcm"));
        Volume v = read("pydicom__MR_small_jp2klossless.dcm");
        assertEquals(expected.geometry(), v.geometry());
        assertArrayEquals(expected.data(), v.data());
    }

    @Test
    void jpegExtended12BitNuclearMedicine() throws IOException {
        Volume v = read("pydicom__JPGExtended_NM.dcm");
        assertEquals(new GridSize(256, 1024, 1), v.size());
        assertArrayEquals(new double[] {2.26, 2.26, 1}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new float[] {0, 264}, v.range());
        assertEquals(3767007.0, VoxelChecks.sum(v), 1e-3);
        assertEquals(1f, v.value(0, 0, 0));
        assertEquals(1f, v.value(255, 1023, 0));
        assertEquals(14f, v.value(128, 512, 0));
        assertEquals(1f, v.value(1, 2, 0));
        assertEquals(50f, v.value(85, 256, 0));
    }

    @Test
    void jpegLosslessRgbBecomesLuminance() throws IOException {
        Volume v = read("pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm");
        assertEquals(new GridSize(100, 100, 1), v.size());
        assertArrayEquals(new double[] {1, 1, 1}, v.geometry().spacing(), 0);
        assertEquals(0f, v.range()[0], 1e-4f);
        assertEquals(255f, v.range()[1], 1e-4f);
        assertEquals(1277000.0, VoxelChecks.sum(v), 0.5);
        assertEquals(76.245f, v.value(0, 0, 0), 1e-3f);
        assertEquals(255f, v.value(99, 99, 0), 1e-3f);
        assertEquals(142.478f, v.value(50, 50, 0), 1e-3f);
        assertEquals(149.685f, v.value(33, 25, 0), 1e-3f);
    }
}
