package org.osteon.io.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.NiftiReader;
import org.osteon.io.NiftiWriter;

public class NiftiRoundTripTest {

    @TempDir
    Path dir;

    /** Rotated 30 degrees about z, then the z axis flipped (a left-handed frame, qfac = -1). */
    public static Geometry obliqueGeometry() {
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        return new Geometry(new double[] {0.8, 0.7, 1.25}, new double[] {-40.5, 12.25, 7.0},
                new double[] {c, -s, 0, s, c, 0, 0, 0, -1});
    }

    public static Volume randomVolume(GridSize size, Geometry geometry, long seed) {
        Random r = new Random(seed);
        float[] d = new float[size.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (r.nextGaussian() * 500 - 200);
        }
        d[0] = -1024f;
        d[1] = 3071.5f;
        d[2] = Float.MIN_VALUE;
        return new Volume(size, geometry, d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vol.nii", "vol.nii.gz"})
    void floatVolumeRoundTripIsExact(String name) throws IOException {
        GridSize size = new GridSize(13, 7, 5);
        Volume original = randomVolume(size, obliqueGeometry(), 1);
        Path file = dir.resolve(name);
        new NiftiWriter().write(original, file);

        Volume back = new NiftiReader().read(new Location(name), dir);
        assertEquals(size, back.size());
        assertArrayEquals(original.data(), back.data());
        assertGeometry(original.geometry(), back.geometry());
        if (name.endsWith(".gz")) {
            assertEquals(0x1f, Files.readAllBytes(file)[0] & 0xff, "gzip magic");
        } else {
            assertEquals(352 + 4L * size.voxelCount(), Files.size(file));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"labels.nii", "labels.nii.gz"})
    void labelMapRoundTripIsExact(String name) throws IOException {
        GridSize size = new GridSize(6, 9, 4);
        short[] labels = new short[size.voxelCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (short) (i % 3 == 0 ? 0 : i % 7 - 2);
        }
        labels[5] = Short.MAX_VALUE;
        labels[6] = Short.MIN_VALUE;
        LabelMap original = new LabelMap(size, obliqueGeometry(), labels);
        Path file = dir.resolve(name);
        new NiftiWriter().write(original, file);

        LabelMap back = new NiftiReader().readLabels(Location.of(file), dir);
        assertEquals(size, back.size());
        assertArrayEquals(labels, back.labels());
        assertGeometry(original.geometry(), back.geometry());
        if (!name.endsWith(".gz")) {
            ByteBuffer h = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(348, h.getInt(0));
            assertEquals(4, h.getShort(70), "datatype int16");
            assertEquals(16, h.getShort(72), "bitpix");
            assertEquals(352 + 2L * size.voxelCount(), Files.size(file));
        }
    }

    @Test
    void writtenHeaderHoldsSformQformAndQfac() throws IOException {
        Path file = dir.resolve("h.nii");
        Geometry g = obliqueGeometry();
        new NiftiWriter().write(randomVolume(new GridSize(4, 4, 4), g, 2), file);
        ByteBuffer h = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(16, h.getShort(70), "datatype float32");
        assertEquals(352f, h.getFloat(108), "vox_offset");
        assertEquals(1, h.getShort(252), "qform_code");
        assertEquals(1, h.getShort(254), "sform_code");
        assertEquals(-1f, h.getFloat(76), "qfac of a left-handed frame");
        // srow_x = (cos30 * 0.8, -sin30 * 0.7, 0, -40.5)
        assertEquals(Math.cos(Math.toRadians(30)) * 0.8, h.getFloat(280), 1e-6);
        assertEquals(-0.35, h.getFloat(284), 1e-6);
        assertEquals(-40.5f, h.getFloat(292));
        assertEquals(-1.25, h.getFloat(320), 1e-6, "srow_z[2]");
        assertEquals("n+1", new String(new byte[] {h.get(344), h.get(345), h.get(346)}));
    }

    @Test
    void qformIsUsedWhenSformCodeIsZero() throws IOException {
        Path file = dir.resolve("q.nii");
        Geometry g = obliqueGeometry();
        Volume v = randomVolume(new GridSize(5, 4, 3), g, 3);
        new NiftiWriter().write(v, file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(254, (short) 0);
        // spoil the sform so that using it by mistake would show
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putFloat(280, 99f);
        Files.write(file, bytes);
        Volume back = new NiftiReader().read(file);
        assertGeometry(g, back.geometry());
    }

    @Test
    void pixdimIsUsedWithoutSformAndQform() throws IOException {
        Path file = dir.resolve("p.nii");
        new NiftiWriter().write(randomVolume(new GridSize(5, 4, 3), obliqueGeometry(), 4), file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(252, (short) 0);
        b.putShort(254, (short) 0);
        Files.write(file, bytes);
        Geometry g = new NiftiReader().read(file).geometry();
        assertArrayEquals(new double[] {0.8, 0.7, 1.25}, g.spacing(), 1e-6);
        assertArrayEquals(new double[3], g.origin());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, g.direction());
    }

    @Test
    void geometryOfUnitFrameIsExact() throws IOException {
        Path file = dir.resolve("unit.nii.gz");
        Geometry g = new Geometry(new double[] {0.5, 0.25, 2}, new double[] {-16, 8, 1.5},
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        new NiftiWriter().write(randomVolume(new GridSize(3, 3, 3), g, 5), file);
        assertEquals(g, new NiftiReader().read(file).geometry(), "values exact in float32 survive unchanged");
    }

    @Test
    void otherFileNamesAreRefused() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.osteon.core.InvalidInputException.class,
                () -> new NiftiWriter().write(randomVolume(new GridSize(2, 2, 2), Geometry.unit(), 6), dir.resolve("v.mgz")));
        assertTrue(e.getMessage().contains("v.mgz") && e.getMessage().contains(".nii.gz"), e.getMessage());
    }

    public static void assertGeometry(Geometry expected, Geometry actual) {
        assertArrayEquals(expected.spacing(), actual.spacing(), 1e-6, "spacing");
        assertArrayEquals(expected.origin(), actual.origin(), 1e-5, "origin");
        assertArrayEquals(expected.direction(), actual.direction(), 1e-6, "direction");
    }
}
