package org.osteon.io.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.osteon.io.VoxelChecks.sha256Float32;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.NiftiReader;
import org.osteon.io.NiftiWriter;
import org.osteon.io.TestFiles;

/**
 * .hdr/.img pairs, ANALYZE 7.5, NIfTI-2 in both byte orders and NIfTI-2 writing, info() and content
 * recognition. Checksums and geometry of the real files are nibabel 5.0's (releng/parity/io_reference.py).
 */
class NiftiPairsAndVersionsTest {

    @TempDir
    Path dir;

    private final NiftiReader reader = new NiftiReader();

    @ParameterizedTest
    @CsvSource({
        "nibabel__anatomical.nii, a30adcd615b9289f8b101b2c59c29e891540bfb5ee23c2270aba9c39481f102f",
        "nibabel__example4d.nii.gz, 554315efb76ed73ae70c4bba400cd56aa209ce155fc21dff6f4da34eb3457e18",
        "nibabel__example_nifti2.nii.gz, 144e6f80778227e3c58f5a9d30ddfe803124ce22eb694d314030bbfc7727e0d5",
        "nibabel__standard.nii.gz, 63c5454014c0c724e2167b9eb98d4954d322bd5fbde1412cae82e9b2a9a49199",
        "nifti-js__minimal.nii, a9e91a3ee8245d28cfdad9f5d772c4dbd9b62beaafbe1a1c20a083ffd9a4d146"})
    void realFilesMatchNibabel(String name, String sha) throws Exception {
        assertEquals(sha, sha256Float32(reader.read(TestFiles.nifti(name))), name);
    }

    @Test
    void obliqueQformMatchesNibabelAffine() throws IOException {
        // nibabel's affine of example4d.nii.gz: columns normalised, x flipped, tilted about x by 9.3 degrees
        Geometry g = reader.read(TestFiles.nifti("nibabel__example4d.nii.gz")).geometry();
        assertArrayEquals(new double[] {2.0, 2.0000000529526707, 2.1999991881052705}, g.spacing(), 1e-6);
        assertArrayEquals(new double[] {-1, 0, 0, 0, 0.986855719187, -0.161603803019, 0, 0.161603804124, 0.986855719368},
                g.direction(), 1e-6);
    }

    @Test
    void infoShowsHeaderFacts() throws IOException {
        Path file = TestFiles.nifti("nibabel__anatomical.nii");
        ImageInfo info = reader.info(Location.of(file), dir);
        assertEquals("NIfTI-1", info.format());
        assertEquals("int16", info.voxelType());
        assertEquals(new GridSize(33, 41, 25), info.size());
        assertEquals(-610.0, info.min());
        assertEquals(30393.0, info.max());
        assertEquals("4 (int16)", info.tags().get("datatype"));
        assertEquals("big-endian", info.tags().get("byte order"));
        assertEquals("2 (aligned_anat)", info.tags().get("sform_code"));
        assertEquals("sform", info.tags().get("geometry from"));
        assertEquals("spm - 3D normalized", info.tags().get("descrip"));
        ImageInfo four = reader.info(Location.of(TestFiles.nifti("nibabel__example4d.nii.gz")), dir);
        assertEquals("128 x 96 x 24 x 2", four.tags().get("dim"));
        assertEquals("2 (the first is read)", four.tags().get("volumes"));
        assertEquals("NIfTI-2", reader.info(Location.of(TestFiles.nifti("nibabel__example_nifti2.nii.gz")), dir).format());
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /** A little-endian single-file NIfTI-2 with int16 or float32 voxels, rewritten big-endian field by field. */
    static byte[] nifti2ToBigEndian(byte[] le) {
        ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(le.clone()).order(ByteOrder.BIG_ENDIAN);
        int[][] fields = { // {offset, bytes, count}
            {0, 4, 1}, {12, 2, 2}, {16, 8, 8}, {80, 8, 3}, {104, 8, 8}, {168, 8, 1}, {176, 8, 6}, {224, 8, 2},
            {344, 4, 2}, {352, 8, 18}, {496, 4, 3}};
        for (int[] f : fields) {
            for (int i = 0; i < f[2]; i++) {
                int at = f[0] + i * f[1];
                switch (f[1]) {
                    case 2 -> out.putShort(at, in.getShort(at));
                    case 4 -> out.putInt(at, in.getInt(at));
                    default -> out.putLong(at, in.getLong(at));
                }
            }
        }
        int bpv = in.getShort(14) / 8;
        for (int at = (int) in.getLong(168); at + bpv <= le.length; at += bpv) {
            if (bpv == 2) {
                out.putShort(at, in.getShort(at));
            } else {
                out.putInt(at, in.getInt(at));
            }
        }
        return out.array();
    }

    @Test
    void nifti2IsReadInBothByteOrders() throws Exception {
        Path le = TestFiles.nifti("nibabel__example_nifti2.nii.gz");
        Volume little = reader.read(le);
        Path be = dir.resolve("be.nii");
        Files.write(be, nifti2ToBigEndian(gunzip(le)));
        Volume big = reader.read(be);
        assertArrayEquals(little.data(), big.data());
        assertEquals(little.geometry(), big.geometry());
        assertEquals("144e6f80778227e3c58f5a9d30ddfe803124ce22eb694d314030bbfc7727e0d5", sha256Float32(big));
        assertEquals("big-endian", reader.info(Location.of(be), dir).tags().get("byte order"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.nii", "v2.nii.gz", "v2.hdr"})
    void nifti2WritingIsExactIncludingGeometry(String name) throws IOException {
        Volume original = NiftiRoundTripTest.randomVolume(new GridSize(6, 5, 4), NiftiRoundTripTest.obliqueGeometry(), 31);
        Path file = dir.resolve(name);
        NiftiWriter.nifti2().write(original, file);
        Volume back = reader.read(file);
        assertArrayEquals(original.data(), back.data());
        assertArrayEquals(original.geometry().spacing(), back.geometry().spacing(), 1e-12);
        assertArrayEquals(original.geometry().origin(), back.geometry().origin(), 0);
        assertArrayEquals(original.geometry().direction(), back.geometry().direction(), 1e-12);
        assertEquals("NIfTI-2", reader.info(Location.of(file), dir).format());
        if (name.equals("v2.nii")) {
            assertEquals(544 + 4L * 120, Files.size(file));
            Volume be = reader.read(Files.write(dir.resolve("v2be.nii"), nifti2ToBigEndian(Files.readAllBytes(file))));
            assertArrayEquals(original.data(), be.data());
            assertEquals(back.geometry(), be.geometry());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pair.hdr", "pair.img", "pair.img.gz"})
    void pairsAreWrittenAndFoundFromEitherFile(String name) throws IOException {
        GridSize size = new GridSize(7, 3, 2);
        Volume original = NiftiRoundTripTest.randomVolume(size, NiftiRoundTripTest.obliqueGeometry(), 32);
        new NiftiWriter().write(original, dir.resolve(name));
        Path hdr = dir.resolve("pair.hdr");
        Path img = dir.resolve(name.endsWith(".gz") ? "pair.img.gz" : "pair.img");
        assertEquals(352, Files.size(hdr));
        ByteBuffer h = ByteBuffer.wrap(Files.readAllBytes(hdr)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("ni1", new String(new byte[] {h.get(344), h.get(345), h.get(346)}));
        assertEquals(0f, h.getFloat(108), "vox_offset of a pair");
        for (Path p : new Path[] {hdr, img}) {
            Volume back = reader.read(new Location(p.getFileName().toString()), dir);
            assertArrayEquals(original.data(), back.data(), p.toString());
            NiftiRoundTripTest.assertGeometry(original.geometry(), back.geometry());
        }
        assertEquals("pair.hdr + " + img.getFileName(), reader.info(Location.of(hdr), dir).tags().get("files"));
        LabelMap labels = new LabelMap(size, Geometry.unit(), new short[size.voxelCount()]);
        labels.labels()[3] = 7;
        new NiftiWriter().write(labels, dir.resolve("labels.hdr"));
        assertArrayEquals(labels.labels(), reader.readLabels(Location.of(dir.resolve("labels.img")), dir).labels());
    }

    @Test
    void analyzePairUsesPixdimOnly() throws IOException {
        Volume original = NiftiRoundTripTest.randomVolume(new GridSize(4, 3, 2), NiftiRoundTripTest.obliqueGeometry(), 33);
        Path hdr = dir.resolve("old.hdr");
        new NiftiWriter().write(original, hdr);
        byte[] bytes = Files.readAllBytes(hdr);
        Arrays.fill(bytes, 344, 348, (byte) 0); // no magic: ANALYZE 7.5
        Files.write(hdr, bytes);
        Volume back = reader.read(hdr);
        assertArrayEquals(original.data(), back.data());
        assertArrayEquals(new double[] {0.8, 0.7, 1.25}, back.geometry().spacing(), 1e-6);
        assertArrayEquals(new double[3], back.geometry().origin());
        assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, back.geometry().direction());
        assertEquals("ANALYZE 7.5", reader.info(Location.of(hdr), dir).format());
    }

    @Test
    void missingHalvesOfPairsAreNamed() throws IOException {
        new NiftiWriter().write(NiftiRoundTripTest.randomVolume(new GridSize(2, 2, 2), Geometry.unit(), 34),
                dir.resolve("a.hdr"));
        Files.delete(dir.resolve("a.img"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(dir.resolve("a.hdr")));
        assertTrue(e.getMessage().contains("a.hdr") && e.getMessage().contains("a.img") && e.getMessage()
                .contains("does not exist"), e.getMessage());
        Files.write(dir.resolve("b.img"), new byte[32]);
        e = assertThrows(InvalidInputException.class, () -> reader.read(dir.resolve("b.img")));
        assertTrue(e.getMessage().contains("b.img") && e.getMessage().contains("b.hdr does not exist"), e.getMessage());
        new NiftiWriter().write(NiftiRoundTripTest.randomVolume(new GridSize(4, 4, 4), Geometry.unit(), 35),
                dir.resolve("c.hdr"));
        Files.write(dir.resolve("c.img"), new byte[100]);
        e = assertThrows(InvalidInputException.class, () -> reader.read(dir.resolve("c.hdr")));
        assertEquals("file " + dir.resolve("c.img") + " is truncated: expected 256 bytes of voxel data, found 100",
                e.getMessage());
    }

    @Test
    void recognisesNiftiByContent() throws IOException {
        Path plain = Files.copy(TestFiles.nifti("nibabel__anatomical.nii"), dir.resolve("anatomy"));
        Path gz = Files.copy(TestFiles.nifti("nibabel__example_nifti2.nii.gz"), dir.resolve("functional"));
        assertTrue(reader.recognizes(plain));
        assertTrue(reader.recognizes(gz));
        Files.writeString(dir.resolve("text"), "NRRD0004\n");
        assertFalse(reader.recognizes(dir.resolve("text")));
        assertFalse(reader.recognizes(dir));
    }

    /** Truncations and random byte changes give a volume or an InvalidInputException, nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"f.nii", "f.nii.gz", "f.hdr", "g2.nii"})
    void damagedFilesFailOnlyWithInvalidInput(String name) throws IOException {
        Path file = dir.resolve(name);
        Volume v = NiftiRoundTripTest.randomVolume(new GridSize(9, 8, 7), NiftiRoundTripTest.obliqueGeometry(), 36);
        (name.startsWith("g2") ? NiftiWriter.nifti2() : new NiftiWriter()).write(v, file);
        byte[] good = Files.readAllBytes(file);
        Random random = new Random(3);
        int headerEnd = name.endsWith(".gz") ? good.length : Math.min(good.length, 544);
        for (int round = 0; round < 400; round++) {
            byte[] bad;
            if (round < 60) {
                bad = Arrays.copyOf(good, round < 30 ? round * good.length / 30 : random.nextInt(good.length));
            } else {
                bad = good.clone();
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    bad[round % 2 == 0 ? random.nextInt(headerEnd) : random.nextInt(bad.length)] = (byte) random
                            .nextInt(256);
                }
            }
            Files.write(file, bad);
            try {
                reader.read(file);
            } catch (InvalidInputException expected) {
                assertTrue(expected.getMessage().contains(dir.toString()), expected.getMessage());
            } catch (Throwable t) {
                fail("round " + round + " of " + name + ": " + t, t);
            }
        }
    }

}
