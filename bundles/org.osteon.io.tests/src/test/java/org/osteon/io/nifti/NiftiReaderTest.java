package org.osteon.io.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.io.VoxelChecks.sum;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.NiftiReader;
import org.osteon.io.NiftiWriter;
import org.osteon.io.TestFiles;

/** Reference values were taken by decoding the files independently with numpy. */
class NiftiReaderTest {

    @TempDir
    Path dir;

    private final NiftiReader reader = new NiftiReader();

    @Test
    void bigEndianInt16WithSformAndQform() throws IOException {
        Volume v = reader.read(TestFiles.nifti("nibabel__anatomical.nii"));
        assertEquals(new GridSize(33, 41, 25), v.size());
        assertArrayEquals(new double[] {2, 2, 2}, v.geometry().spacing(), 1e-9);
        assertArrayEquals(new double[] {32, -40, -16}, v.geometry().origin(), 1e-9);
        assertArrayEquals(new double[] {-1, 0, 0, 0, 1, 0, 0, 0, 1}, v.geometry().direction(), 1e-9);
        assertEquals(10712f, v.value(0, 0, 0));
        assertEquals(11881f, v.value(16, 20, 12));
        assertEquals(2971f, v.value(32, 40, 24));
        assertEquals(9798f, v.value(1, 2, 3));
        assertEquals(284166082.0, sum(v), 0.5);
        assertArrayEquals(new float[] {-610, 30393}, v.range());
    }

    @Test
    void gzipUint8WithAnisotropicZooms() throws IOException {
        Volume v = reader.read(new Location("nibabel__standard.nii.gz"),
                TestFiles.nifti("nibabel__standard.nii.gz").getParent());
        assertEquals(new GridSize(4, 5, 7), v.size());
        assertArrayEquals(new double[] {1, 3, 2}, v.geometry().spacing(), 1e-9);
        assertEquals(255f, v.value(3, 4, 6));
        assertEquals(255f, v.value(1, 2, 3));
        assertEquals(0f, v.value(2, 2, 3));
        assertEquals(7650.0, sum(v), 1e-9);
    }

    @Test
    void uint8WithoutTransformsUsesPixdim() throws IOException {
        Volume v = reader.read(TestFiles.nifti("nifti-js__minimal.nii"));
        assertEquals(new GridSize(64, 64, 10), v.size());
        assertEquals(Geometry.of(3, 3, 3), v.geometry());
        assertEquals(32f, v.value(32, 32, 5));
        assertEquals(63f, v.value(63, 63, 9));
        assertEquals(2f, v.value(1, 2, 3));
        assertEquals(1290240.0, sum(v), 1e-9);
    }

    @Test
    void fourDimensionalFileGivesItsFirstVolume() throws IOException {
        Volume v = reader.read(TestFiles.nifti("nibabel__example4d.nii.gz"));
        assertEquals(new GridSize(128, 96, 24), v.size());
        assertArrayEquals(new double[] {2, 2, 2.2}, v.geometry().spacing(), 1e-5);
        assertArrayEquals(new double[] {117.8551025390625, -35.72294235229492, -7.248798370361328},
                v.geometry().origin(), 1e-9);
        assertEquals(265f, v.value(64, 48, 12));
        assertEquals(50994397.0, sum(v), 0.5);
    }

    @Test
    void nifti2IsRead() throws IOException {
        Volume v = reader.read(TestFiles.nifti("nibabel__example_nifti2.nii.gz"));
        assertEquals(new GridSize(32, 20, 12), v.size());
        assertArrayEquals(new double[] {2, 2, 2.2}, v.geometry().spacing(), 1e-5);
        assertEquals(424f, v.value(0, 0, 0));
        assertEquals(265f, v.value(16, 10, 6));
        assertEquals(484f, v.value(31, 19, 11));
        assertEquals(367f, v.value(1, 2, 3));
        assertEquals(3461748.0, sum(v), 0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void everySupportedDatatypeInBothByteOrders(String orderName) throws IOException {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        // {datatype, bitpix}: values -3 (or its unsigned wrap), 0, 250, 70000 (where it fits)
        check(order, 2, 1, new byte[] {(byte) 250, 0, 7}, new float[] {250, 0, 7});
        check(order, 256, 1, new byte[] {(byte) -3, 0, 127}, new float[] {-3, 0, 127});
        ByteBuffer s = ByteBuffer.allocate(6).order(order).putShort((short) -3).putShort((short) 0).putShort((short) 32767);
        check(order, 4, 2, s.array(), new float[] {-3, 0, 32767});
        check(order, 512, 2, s.array(), new float[] {65533, 0, 32767});
        ByteBuffer i = ByteBuffer.allocate(12).order(order).putInt(-3).putInt(70000).putInt(Integer.MAX_VALUE);
        check(order, 8, 4, i.array(), new float[] {-3, 70000, Integer.MAX_VALUE});
        check(order, 768, 4, i.array(), new float[] {4294967293f, 70000, Integer.MAX_VALUE});
        ByteBuffer f = ByteBuffer.allocate(12).order(order).putFloat(-3.5f).putFloat(0.25f).putFloat(1e20f);
        check(order, 16, 4, f.array(), new float[] {-3.5f, 0.25f, 1e20f});
        ByteBuffer d = ByteBuffer.allocate(24).order(order).putDouble(-3.5).putDouble(0.1).putDouble(1e20);
        check(order, 64, 8, d.array(), new float[] {-3.5f, 0.1f, 1e20f});
    }

    private void check(ByteOrder order, int datatype, int bytes, byte[] voxels, float[] expected) throws IOException {
        Path file = dir.resolve("dt" + datatype + order + ".nii");
        Files.write(file, NiftiTestHeaders.nifti1(order, 3, 1, 1, datatype, 8 * bytes, 0, 0, voxels));
        Volume v = reader.read(file);
        assertArrayEquals(expected, v.data(), "datatype " + datatype + " " + order);
        assertArrayEquals(new double[] {0.5, 0.75, 2.5}, v.geometry().spacing(), 1e-7);
    }

    @Test
    void slopeAndInterceptAreApplied() throws IOException {
        ByteBuffer s = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putShort((short) 10).putShort((short) -4);
        Path file = dir.resolve("scaled.nii");
        Files.write(file, NiftiTestHeaders.nifti1(ByteOrder.BIG_ENDIAN, 2, 1, 1, 4, 16, 2.5f, -1000f, s.array()));
        assertArrayEquals(new float[] {-975, -1010}, reader.read(file).data());
    }

    @Test
    void unsupportedDatatypeIsNamed() throws IOException {
        Path file = dir.resolve("rgb.nii");
        Files.write(file, NiftiTestHeaders.nifti1(ByteOrder.LITTLE_ENDIAN, 1, 1, 1, 128, 24, 0, 0, new byte[3]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("rgb.nii") && e.getMessage().contains("datatype code 128"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.read(new Location("nowhere/absent.nii.gz"), dir));
        assertTrue(e.getMessage().contains("absent.nii.gz") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void otherFilesAreNotNifti() throws IOException {
        Path file = dir.resolve("notes.nii");
        Files.writeString(file, "this is not an image, just some text that is long enough".repeat(10));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("notes.nii") && e.getMessage().contains("not a NIfTI file")
                && e.getMessage().contains("348"), e.getMessage());

        Path gz = dir.resolve("plain.nii.gz");
        Files.writeString(gz, "plain text, not gzip");
        e = assertThrows(InvalidInputException.class, () -> reader.read(gz));
        assertTrue(e.getMessage().contains("plain.nii.gz") && e.getMessage().contains("not a valid gzip stream"),
                e.getMessage());
    }

    @Test
    void badMagicIsReported() throws IOException {
        Path file = dir.resolve("magic.nii");
        byte[] bytes = NiftiTestHeaders.nifti1(ByteOrder.LITTLE_ENDIAN, 1, 1, 1, 2, 8, 0, 0, new byte[1]);
        bytes[345] = 'x';
        Files.write(file, bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("magic.nii") && e.getMessage().contains("n+1"), e.getMessage());
    }

    @Test
    void truncatedNiiReportsExpectedAndFoundBytes() throws IOException {
        Path file = dir.resolve("cut.nii");
        GridSize size = new GridSize(10, 10, 10);
        new NiftiWriter().write(new Volume(size, Geometry.unit(), new float[1000]), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 352 + 1234));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertEquals("file " + file + " is truncated: expected 4000 bytes of voxel data, found 1234", e.getMessage());

        Files.write(file, Arrays.copyOf(bytes, 200));
        e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("cut.nii") && e.getMessage().contains("348-byte NIfTI header"), e.getMessage());
    }

    @Test
    void truncatedGzipNamesTheFile() throws IOException {
        Path file = dir.resolve("cut.nii.gz");
        GridSize size = new GridSize(40, 40, 30);
        new NiftiWriter().write(NiftiRoundTripTest.randomVolume(size, Geometry.unit(), 9), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith("file " + file + " is truncated: expected 192000 bytes of voxel data, found "),
                e.getMessage());
        long found = Long.parseLong(e.getMessage().replaceAll(".*found ", ""));
        assertTrue(found > 0 && found < 192000, e.getMessage());
    }

    @Test
    void corruptGzipNamesTheFile() throws IOException {
        Path file = dir.resolve("corrupt.nii.gz");
        new NiftiWriter().write(NiftiRoundTripTest.randomVolume(new GridSize(40, 40, 30), Geometry.unit(), 10), file);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 40; i < 400; i++) {
            bytes[i] = (byte) 0xff;
        }
        Files.write(file, bytes);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("corrupt.nii.gz") && e.getMessage().contains("not a valid gzip stream"),
                e.getMessage());
    }

    @Test
    void schemeLocationsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.read(new Location("phantom:knee-ct"), dir));
        assertTrue(e.getMessage().contains("phantom:knee-ct"), e.getMessage());
    }
}
