package org.osteon.io.metaimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.osteon.io.VoxelChecks.sha256Float32;
import static org.osteon.io.VoxelChecks.sum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.MetaImageReader;
import org.osteon.io.MetaImageWriter;
import org.osteon.io.TestFiles;
import org.osteon.io.nifti.NiftiRoundTripTest;

/**
 * Reference values for the real files from releng/parity/io_reference.py (a numpy decoder written from the
 * MetaIO documentation); the other cases are hand-built headers and round trips.
 */
class MetaImageTest {

    @TempDir
    Path dir;

    private final MetaImageReader reader = new MetaImageReader();

    private static final double[] LPS_IDENTITY_IN_RAS = {-1, 0, 0, 0, -1, 0, 0, 0, 1};

    @Test
    void itkBrainThreeSlicesWithDetachedRaw() throws Exception {
        Volume v = reader.read(TestFiles.file("metaimage", "itk__BrainProtonDensity3Slices.mha"));
        assertEquals(new GridSize(181, 217, 3), v.size());
        assertArrayEquals(new double[] {1, 1, 1}, v.geometry().spacing());
        assertArrayEquals(new double[3], v.geometry().origin());
        assertArrayEquals(LPS_IDENTITY_IN_RAS, v.geometry().direction());
        assertEquals(7f, v.value(0, 0, 0));
        assertEquals(18f, v.value(1, 2, 0));
        assertEquals(160f, v.value(64, 64, 0));
        assertEquals(228f, v.value(90, 108, 1));
        assertEquals(1f, v.value(180, 216, 2));
        assertArrayEquals(new float[] {0, 250}, v.range());
        assertEquals(14725708.0, sum(v), 0);
        assertEquals("1794c7ed12044716534900b38c7e5ac2c583cf2a03e6056569f4b8b581103eab", sha256Float32(v));
    }

    @Test
    void itkRatLungTwoDimensional() throws Exception {
        Path file = TestFiles.file("metaimage", "itk__RatLungSlice1.mha");
        Volume v = reader.read(new Location(file.getFileName().toString()), file.getParent());
        assertEquals(new GridSize(128, 128, 1), v.size());
        assertArrayEquals(LPS_IDENTITY_IN_RAS, v.geometry().direction());
        assertEquals(4f, v.value(0, 0, 0));
        assertEquals(6f, v.value(1, 2, 0));
        assertEquals(16f, v.value(64, 64, 0));
        assertEquals(2f, v.value(127, 127, 0));
        assertEquals(857357.0, sum(v), 0);
        assertEquals("18cd9de5671147db156df186debccfabb5212cb60a0f9cf7c94f4e97a73913db", sha256Float32(v));
        ImageInfo info = reader.info(Location.of(file), dir);
        assertEquals("MetaImage", info.format());
        assertEquals("uint8", info.voxelType());
        assertEquals("MET_UCHAR", info.tags().get("ElementType"));
        assertEquals("false", info.tags().get("compressed"));
        assertEquals(255.0, info.max());
    }

    private static byte[] bytes(String header, byte[] data) {
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(h, h.length + data.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        return all;
    }

    private Volume read(String name, String header, byte[] data) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes(header, data));
        return reader.read(file);
    }

    static byte[] zlib(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }

    @Test
    void typesByteOrderCompressionAndText() throws IOException {
        byte[] big = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putShort((short) -5).putShort((short) 1000)
                .putShort((short) 7).putShort((short) -32768).array();
        float[] expected = {-5, 1000, 7, -32768};
        String h = "ObjectType = Image\nNDims = 2\nDimSize = 2 2\nElementType = MET_SHORT\n";
        assertArrayEquals(expected, read("msb.mha", h + "BinaryDataByteOrderMSB = True\nElementDataFile = LOCAL\n", big)
                .data());
        assertArrayEquals(expected, read("emsb.mha", h + "ElementByteOrderMSB = True\nElementDataFile = LOCAL\n", big)
                .data());
        byte[] z = zlib(big);
        assertArrayEquals(expected, read("z.mha", h + "BinaryDataByteOrderMSB = True\nCompressedData = True\n"
                + "CompressedDataSize = " + z.length + "\nElementDataFile = LOCAL\n", z).data());
        assertArrayEquals(expected, read("txt.mha", h + "BinaryData = False\nElementDataFile = LOCAL\n",
                "-5 1000\n7 -32768\n".getBytes(StandardCharsets.US_ASCII)).data());
        byte[] u = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(-1).putInt(3).putFloat(2.5f)
                .putFloat(-0.5f).array();
        assertArrayEquals(new float[] {4294967295f, 3, 1075838976, 3204448256f}, read("uint.mha",
                h.replace("MET_SHORT", "MET_ULONG") + "ElementDataFile = LOCAL\n", u).data());
        assertArrayEquals(new float[] {Float.intBitsToFloat(-1), 3e-45f, 2.5f, -0.5f}, read("float.mha",
                h.replace("MET_SHORT", "MET_FLOAT") + "ElementDataFile = LOCAL\n", u).data(), 1e-44f);
        byte[] d = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).putDouble(-2).putDouble(1e30)
                .putDouble(4).array();
        assertArrayEquals(new float[] {0.1f, -2, 1e30f, 4}, read("double.mha",
                h.replace("MET_SHORT", "MET_DOUBLE") + "ElementDataFile = LOCAL\n", d).data());
    }

    @Test
    void geometryIsConvertedFromLpsToRas() throws IOException {
        Volume v = read("geo.mha", "ObjectType = Image\nNDims = 3\nDimSize = 1 1 1\nElementType = MET_UCHAR\n"
                + "TransformMatrix = 0 1 0 -1 0 0 0 0 1\nOffset = 10 -20 30\nElementSpacing = 0.5 0.75 2\n"
                + "AnatomicalOrientation = PLS\nElementDataFile = LOCAL\n", new byte[1]);
        assertArrayEquals(new double[] {0.5, 0.75, 2}, v.geometry().spacing(), 1e-15);
        assertArrayEquals(new double[] {-10, 20, 30}, v.geometry().origin(), 0);
        // axis 0 = (0,1,0) in LPS = (0,-1,0) in RAS; axis 1 = (-1,0,0) in LPS = (1,0,0) in RAS
        assertArrayEquals(new double[] {0, 1, 0, -1, 0, 0, 0, 0, 1}, v.geometry().direction(), 0);
        ImageInfo info = reader.info(Location.of(dir.resolve("geo.mha")), dir);
        assertTrue(info.tags().get("AnatomicalOrientation").startsWith("PLS"), info.tags().toString());
        Volume size = read("size.mha", "NDims = 2\nDimSize = 1 1\nElementType = MET_UCHAR\nElementSize = 0.25 4\n"
                + "Position = 1 2\nElementDataFile = LOCAL\n", new byte[1]);
        assertArrayEquals(new double[] {0.25, 4, 1}, size.geometry().spacing(), 0);
        assertArrayEquals(new double[] {-1, -2, 0}, size.geometry().origin(), 0);
    }

    @Test
    void headerSizeListPatternAndFourDimensions() throws IOException {
        Files.write(dir.resolve("a.raw"), new byte[] {99, 99, 1, 2});
        Files.write(dir.resolve("b.raw"), new byte[] {98, 3, 4});
        String h = "NDims = 3\nDimSize = 2 1 2\nElementType = MET_UCHAR\nHeaderSize = -1\n";
        assertArrayEquals(new float[] {1, 2, 3, 4}, read("list.mhd", h + "ElementDataFile = LIST 2\na.raw\nb.raw\n",
                new byte[0]).data());
        Files.write(dir.resolve("s01.raw"), new byte[] {1, 2});
        Files.write(dir.resolve("s02.raw"), new byte[] {3, 4});
        assertArrayEquals(new float[] {1, 2, 3, 4}, read("pattern.mhd", "NDims = 3\nDimSize = 2 1 2\n"
                + "ElementType = MET_UCHAR\nElementDataFile = s%02d.raw 1 2 1\n", new byte[0]).data());
        assertArrayEquals(new float[] {7, 8}, read("skip.mha", "NDims = 2\nDimSize = 2 1\nElementType = MET_UCHAR\n"
                + "HeaderSize = 3\nElementDataFile = LOCAL\n", new byte[] {0, 0, 0, 7, 8}).data());
        Volume four = read("4d.mha", "NDims = 4\nDimSize = 2 1 1 3\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n",
                new byte[] {1, 2, 3, 4, 5, 6});
        assertEquals(new GridSize(2, 1, 1), four.size());
        assertArrayEquals(new float[] {1, 2}, four.data());
    }

    @Test
    void problemsNameTheFileAndField() throws IOException {
        assertMessage("chan.mha", "NDims = 2\nDimSize = 1 1\nElementType = MET_UCHAR\nElementNumberOfChannels = 3\n"
                + "ElementDataFile = LOCAL\n", "ElementNumberOfChannels = 3 (line 4); multi-channel");
        assertMessage("type.mha", "NDims = 2\nDimSize = 1 1\nElementType = MET_FLOAT_ARRAY\nElementDataFile = LOCAL\n",
                "ElementType = 'MET_FLOAT_ARRAY' (line 3)");
        assertMessage("ndims.mha", "NDims = 5\nDimSize = 1 1 1 1 1\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n",
                "NDims = '5' (line 1)");
        assertMessage("line.mha", "NDims = 2\nthis is not a field\n", "bad MetaImage header line 2");
        Path nodata = dir.resolve("nodata.mha");
        Files.writeString(nodata, "NDims = 2\nDimSize = 1 1\nElementType = MET_UCHAR\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> reader.read(nodata)).getMessage()
                .contains("no MetaImage field ElementDataFile"));
        assertMessage("missing.mhd", "NDims = 2\nDimSize = 1 1\nElementType = MET_UCHAR\nElementDataFile = gone.raw\n",
                "gone.raw, which does not exist");
        Path cut = dir.resolve("cut.mha");
        Files.write(cut, bytes("NDims = 2\nDimSize = 10 10\nElementType = MET_USHORT\nElementDataFile = LOCAL\n",
                new byte[77]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(cut));
        assertEquals("file " + cut + " is truncated: expected 200 bytes of voxel data, found 77", e.getMessage());
    }

    private void assertMessage(String name, String header, String part) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes(header, new byte[4]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void recognisesHeadersByContent() throws IOException {
        assertTrue(reader.recognizes(TestFiles.file("metaimage", "itk__BrainProtonDensity3Slices.mha")),
                "starts with NDims");
        assertTrue(reader.recognizes(TestFiles.file("metaimage", "itk__RatLungSlice1.mha")), "starts with ObjectType");
        Path nrrd = dir.resolve("x");
        Files.writeString(nrrd, "NRRD0004\ntype: uchar\n");
        assertFalse(reader.recognizes(nrrd));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vol.mha", "vol.mhd"})
    void roundTripIsExactCompressedOrNot(String name) throws IOException {
        for (MetaImageWriter writer : new MetaImageWriter[] {MetaImageWriter.raw(), MetaImageWriter.compressed()}) {
            Volume original = NiftiRoundTripTest.randomVolume(new GridSize(13, 7, 5), NiftiRoundTripTest
                    .obliqueGeometry(), 21);
            Path file = dir.resolve(name);
            writer.write(original, file);
            Volume back = reader.read(file);
            assertEquals(original.size(), back.size());
            assertArrayEquals(original.data(), back.data());
            assertArrayEquals(original.geometry().spacing(), back.geometry().spacing(), 1e-12);
            assertArrayEquals(original.geometry().origin(), back.geometry().origin(), 0);
            assertArrayEquals(original.geometry().direction(), back.geometry().direction(), 1e-12);
            String header = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            // ITK's LPS: origin (-40.5, 12.25, 7) in RAS is written as (40.5, -12.25, 7)
            assertTrue(header.contains("Offset = 40.5 -12.25 7\n") && header.contains("ElementType = MET_FLOAT\n"),
                    header.substring(0, 300));
            if (name.endsWith(".mhd")) {
                assertTrue(Files.exists(dir.resolve(header.contains("CompressedData = True") ? "vol.zraw" : "vol.raw")));
            }
        }
    }

    @Test
    void labelMapRoundTrip() throws IOException {
        short[] labels = {0, 1, 2, -3, Short.MAX_VALUE, Short.MIN_VALUE};
        Geometry g = new Geometry(new double[] {0.3, 1.1, 2.7}, new double[] {1e-3, -7.125, 123.456},
                new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0});
        Path file = dir.resolve("labels.mha");
        new MetaImageWriter().write(new LabelMap(new GridSize(3, 2, 1), g, labels), file);
        LabelMap back = reader.readLabels(Location.of(file), dir);
        assertArrayEquals(labels, back.labels());
        assertTrue(back.geometry().matches(g, 1e-12), back.geometry().toString());
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("MET_SHORT"));
    }

    /** Truncations and random byte changes give a volume or an InvalidInputException, nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"raw.mha", "zlib.mha", "detached.mhd"})
    void damagedFilesFailOnlyWithInvalidInput(String name) throws IOException {
        Path file = dir.resolve(name);
        Volume v = NiftiRoundTripTest.randomVolume(new GridSize(9, 8, 7), NiftiRoundTripTest.obliqueGeometry(), 22);
        (name.startsWith("zlib") ? MetaImageWriter.compressed() : MetaImageWriter.raw()).write(v, file);
        byte[] good = Files.readAllBytes(file);
        int headerEnd = Math.min(good.length, new String(good, StandardCharsets.ISO_8859_1).indexOf("ElementDataFile")
                + 30);
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            byte[] bad;
            if (round < 60) {
                bad = Arrays.copyOf(good, round < 30 ? round * good.length / 30 : random.nextInt(good.length));
            } else {
                bad = good.clone();
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    int at = round % 2 == 0 ? random.nextInt(headerEnd) : random.nextInt(bad.length);
                    bad[at] = round % 3 == 0 ? (byte) (' ' + random.nextInt(95)) : (byte) random.nextInt(256);
                }
            }
            Files.write(file, bad);
            try {
                reader.read(file);
            } catch (InvalidInputException expected) {
                assertTrue(expected.getMessage().contains(name.substring(0, name.indexOf('.'))), expected.getMessage());
            } catch (Throwable t) {
                fail("round " + round + " of " + name + ": " + t, t);
            }
        }
    }
}
