package org.osteon.io.nrrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.NrrdReader;
import org.osteon.io.TestFiles;

/**
 * Reference values for the real files from releng/parity/io_reference.py (a numpy decoder written from the
 * NRRD specification); the other cases are hand-built headers.
 */
class NrrdReaderTest {

    @TempDir
    Path dir;

    private final NrrdReader reader = new NrrdReader();

    @Test
    void detachedItkHeaderWithTwoDimensionalSpace() throws Exception {
        Volume v = reader.read(TestFiles.file("nrrd", "itk__BrainProtonDensitySliceBorder20.nhdr"));
        assertEquals(new GridSize(221, 257, 1), v.size());
        assertEquals(Geometry.unit(), v.geometry());
        assertEquals(1f, v.value(0, 0, 0));
        assertEquals(171f, v.value(100, 100, 0));
        assertEquals(203f, v.value(110, 128, 0));
        assertEquals(1f, v.value(220, 256, 0));
        assertArrayEquals(new float[] {1, 249}, v.range());
        assertEquals(4861905.0, sum(v), 0);
        assertEquals("1fea13c4205a89f0fb9745f1610e30512a77f3a852eb437cc2615f59f85e8186", sha256Float32(v));
    }

    @Test
    void textEncodingWithCrlfLineEnds() throws Exception {
        Path file = TestFiles.file("nrrd", "nrrd-js__example2_text.nrrd");
        Volume v = reader.read(new Location(file.getFileName().toString()), file.getParent());
        // the packaged copy has LF line ends; the same content with CRLF must read the same
        Path crlf = dir.resolve("crlf.nrrd");
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Files.writeString(crlf, text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.ISO_8859_1);
        assertArrayEquals(v.data(), reader.read(crlf).data());
        assertEquals(new GridSize(3, 4, 1), v.size());
        assertArrayEquals(new float[] {1, 2, 3, 65000, 64000, 63000, 10000, 11000, 12000, 4, 5, 6}, v.data());
        assertEquals(225021.0, sum(v), 0);
        assertEquals("dee008003dcf90d3720a88220cd2335298e8d007d55b95a9c42219fee9d8858e", sha256Float32(v));
        ImageInfo info = reader.info(Location.of(file), dir);
        assertEquals("NRRD", info.format());
        assertEquals("uint16", info.voxelType());
        assertEquals("text", info.tags().get("encoding"));
        assertEquals("NRRD0001", info.tags().get("NRRD version"));
        assertEquals(65000.0, info.max());
    }

    /** A NRRD file: header lines joined with LF, a blank line, then {@code data}. */
    static byte[] nrrd(String header, byte[] data) {
        byte[] h = (header + "\n\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + data.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        return all;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(b)) {
            z.write(data);
        }
        return b.toByteArray();
    }

    private Volume read(String name, String header, byte[] data) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, nrrd(header, data));
        return reader.read(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"little", "big"})
    void everyScalarTypeInBothByteOrders(String endian) throws IOException {
        ByteOrder order = endian.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        String common = "dimension: 2\nsizes: 3 1\nendian: " + endian + "\nencoding: raw";
        assertArrayEquals(new float[] {-3, 0, 127}, read("i8.nrrd", "NRRD0004\ntype: signed char\n" + common,
                new byte[] {-3, 0, 127}).data());
        assertArrayEquals(new float[] {253, 0, 127}, read("u8.nrrd", "NRRD0004\ntype: uchar\n" + common,
                new byte[] {-3, 0, 127}).data());
        byte[] s = ByteBuffer.allocate(6).order(order).putShort((short) -3).putShort((short) 0).putShort((short) 32767)
                .array();
        assertArrayEquals(new float[] {-3, 0, 32767}, read("i16.nrrd", "NRRD0004\ntype: short\n" + common, s).data());
        assertArrayEquals(new float[] {65533, 0, 32767}, read("u16.nrrd", "NRRD0004\ntype: unsigned short int\n"
                + common, s).data());
        byte[] i = ByteBuffer.allocate(12).order(order).putInt(-3).putInt(70000).putInt(Integer.MAX_VALUE).array();
        assertArrayEquals(new float[] {-3, 70000, Integer.MAX_VALUE}, read("i32.nrrd", "NRRD0004\ntype: int32\n"
                + common, i).data());
        assertArrayEquals(new float[] {4294967293f, 70000, Integer.MAX_VALUE}, read("u32.nrrd",
                "NRRD0004\ntype: uint\n" + common, i).data());
        byte[] l = ByteBuffer.allocate(24).order(order).putLong(-3).putLong(1L << 40).putLong(-1).array();
        assertArrayEquals(new float[] {-3, 1L << 40, -1}, read("i64.nrrd", "NRRD0004\ntype: long long\n" + common, l)
                .data());
        assertArrayEquals(new float[] {1.8446744e19f, 1L << 40, 1.8446744e19f}, read("u64.nrrd",
                "NRRD0004\ntype: uint64\n" + common, l).data());
        byte[] f = ByteBuffer.allocate(12).order(order).putFloat(-3.5f).putFloat(0.25f).putFloat(1e20f).array();
        assertArrayEquals(new float[] {-3.5f, 0.25f, 1e20f}, read("f.nrrd", "NRRD0004\ntype: float\n" + common, f)
                .data());
        byte[] d = ByteBuffer.allocate(24).order(order).putDouble(-3.5).putDouble(0.1).putDouble(1e20).array();
        assertArrayEquals(new float[] {-3.5f, 0.1f, 1e20f}, read("d.nrrd", "NRRD0004\ntype: double\n" + common, d)
                .data());
    }

    private static byte[] shorts(short... values) {
        ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.BIG_ENDIAN);
        for (short v : values) {
            b.putShort(v);
        }
        return b.array();
    }

    @Test
    void gzipHexAndTextEncodingsGiveTheSameValues() throws IOException {
        byte[] raw = shorts((short) -2, (short) 7, (short) 300, (short) 4, (short) 5, (short) -32768);
        float[] expected = {-2, 7, 300, 4, 5, -32768};
        String h = "NRRD0005\n# a comment\ntype: int16\ndimension: 3\nsizes: 3 2 1\nendian: big\n";
        assertArrayEquals(expected, read("raw.nrrd", h + "encoding: raw", raw).data());
        assertArrayEquals(expected, read("gz.nrrd", h + "encoding: gz", gzip(raw)).data());
        assertArrayEquals(expected, read("gzip.nrrd", h + "encoding: gzip", gzip(raw)).data());
        String hex = HexFormat.of().formatHex(raw);
        assertArrayEquals(expected, read("hex.nrrd", h + "encoding: hex",
                (hex.substring(0, 10) + "\n " + hex.substring(10)).getBytes(StandardCharsets.US_ASCII)).data());
        assertArrayEquals(expected, read("txt.nrrd", h.replace("endian: big\n", "") + "encoding: ascii",
                "-2 7 300\n4\t5 -32768\n".getBytes(StandardCharsets.US_ASCII)).data());
        assertArrayEquals(new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e-3f, 2.5e10f, -0f},
                read("floats.nrrd", "NRRD0004\ntype: float\ndimension: 2\nsizes: 6 1\nencoding: text",
                        "nan inf -inf 1e-3 2.5E10 -0".getBytes(StandardCharsets.US_ASCII)).data());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("range.nrrd",
                "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 2 1\nencoding: text", "7 256".getBytes(
                        StandardCharsets.US_ASCII)));
        assertTrue(e.getMessage().contains("range.nrrd") && e.getMessage().contains("value 2 '256', which is not a"
                + " valid uint8"), e.getMessage());
    }

    @Test
    void lpsSpaceIsConvertedToRas() throws IOException {
        Volume v = read("lps.nrrd", "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 2 2\nspace: left-posterior-superior\n"
                + "space directions: (0,0.5,0) (-0.75,0,0) (0,0,2.5)\nspace origin: (10,-20,30)\nencoding: raw",
                new byte[8]);
        assertArrayEquals(new double[] {0.5, 0.75, 2.5}, v.geometry().spacing(), 1e-15);
        assertArrayEquals(new double[] {-10, 20, 30}, v.geometry().origin(), 0);
        // axis 0 points posterior (+y in LPS, -y in RAS), axis 1 to the right (-x in LPS, +x in RAS)
        assertArrayEquals(new double[] {0, 1, 0, -1, 0, 0, 0, 0, 1}, v.geometry().direction(), 0);

        Volume las = read("las.nrrd", "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 2 2\nspace: LAS\n"
                + "space directions: (1,0,0) (0,1,0) (0,0,1)\nspace origin: (10,-20,30)\nencoding: raw", new byte[8]);
        assertArrayEquals(new double[] {-10, -20, 30}, las.geometry().origin(), 0);
        assertArrayEquals(new double[] {-1, 0, 0, 0, 1, 0, 0, 0, 1}, las.geometry().direction(), 0);

        Volume ras = read("ras.nrrd", "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 2 2\nspace: RAS\n"
                + "space directions: (1,0,0) (0,1,0) (0,0,1)\nspace origin: (10,-20,30)\nencoding: raw", new byte[8]);
        assertArrayEquals(new double[] {10, -20, 30}, ras.geometry().origin(), 0);
    }

    @Test
    void spacingsWithoutSpaceAndSliceInThreeDimensionalSpace() throws IOException {
        Volume v = read("sp.nrrd", "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 1 1\nspacings: 0.5 nan 3\n"
                + "encoding: raw", new byte[2]);
        assertEquals(Geometry.of(0.5, 1, 3), v.geometry());
        Volume slice = read("slice.nrrd", "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 2 1\nspace: RAS\n"
                + "space directions: (0,2,0) (0,0,3)\nencoding: raw", new byte[2]);
        assertArrayEquals(new double[] {2, 3, 1}, slice.geometry().spacing(), 0);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, slice.geometry().direction(), 0,
                "third axis = normal of the slice's plane");
    }

    @Test
    void lineSkipByteSkipAndDataAtTheEnd() throws IOException {
        byte[] data = {9, 8, 7, 6};
        Path sub = Files.createDirectories(dir.resolve("data"));
        byte[] withJunk = "junk line one\nline two\nXYZ".getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[withJunk.length + 4];
        System.arraycopy(withJunk, 0, file, 0, withJunk.length);
        System.arraycopy(data, 0, file, withJunk.length, 4);
        Files.write(sub.resolve("d.raw"), file);
        String h = "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 2 2\nencoding: raw\ndata file: data/d.raw\n";
        assertArrayEquals(new float[] {9, 8, 7, 6}, read("skip.nhdr", h + "line skip: 2\nbyte skip: 3", new byte[0])
                .data());
        assertArrayEquals(new float[] {9, 8, 7, 6}, read("end.nhdr", h + "byte skip: -1", new byte[0]).data());
        Volume attached = read("att.nrrd", "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 2 2\nencoding: raw\n"
                + "byte skip: -1", new byte[] {1, 2, 3, 9, 8, 7, 6});
        assertArrayEquals(new float[] {9, 8, 7, 6}, attached.data());
    }

    @Test
    void detachedListAndPatternFilesAndKeyValues() throws IOException {
        Files.write(dir.resolve("s1.raw"), new byte[] {1, 2});
        Files.write(dir.resolve("s2.raw"), new byte[] {3, 4});
        Files.write(dir.resolve("s3.raw"), new byte[] {5, 6});
        String h = "NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 1 3\nencoding: raw\nmodality:=CT\n";
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, read("list.nhdr", h + "data file: LIST\ns1.raw\ns2.raw\ns3.raw",
                new byte[0]).data());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, read("pattern.nhdr", h + "data file: s%d.raw 1 3 1 2",
                new byte[0]).data());
        assertArrayEquals(new float[] {5, 6, 3, 4, 1, 2}, read("down.nhdr", h + "data file: s%d.raw 3 1 -1",
                new byte[0]).data());
        ImageInfo info = reader.info(Location.of(dir.resolve("list.nhdr")), dir);
        assertEquals("CT", info.tags().get("modality"));
        assertEquals("detached: 3 file(s), first s1.raw", info.tags().get("data"));
    }

    @Test
    void fourDimensionalFileGivesItsFirstVolume() throws IOException {
        Volume v = read("4d.nrrd", "NRRD0004\ntype: uchar\ndimension: 4\nsizes: 2 1 1 3\nspace: RAS\n"
                + "space directions: (1,0,0) (0,1,0) (0,0,1) none\nkinds: domain domain domain list\nencoding: raw",
                new byte[] {1, 2, 3, 4, 5, 6});
        assertEquals(new GridSize(2, 1, 1), v.size());
        assertArrayEquals(new float[] {1, 2}, v.data());
    }

    @Test
    void problemsNameTheFileFieldAndLine() throws IOException {
        assertMessage("bad.nrrd", "NRRD0004\ntype: uchar\nthis line has no colon\n", "bad NRRD header line 3");
        assertMessage("block.nrrd", "NRRD0004\ntype: block\ndimension: 2\nsizes: 1 1\nencoding: raw",
                "'type' (line 2) = block");
        assertMessage("dim.nrrd", "NRRD0004\ntype: uchar\ndimension: 5\nsizes: 1 1 1 1 1\nencoding: raw",
                "'dimension' (line 3) = 5");
        assertMessage("enc.nrrd", "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 1 1\nencoding: zip",
                "'encoding' (line 5) = 'zip'");
        assertMessage("vec.nrrd", "NRRD0004\ntype: float\nendian: little\ndimension: 3\nsizes: 3 2 2\n"
                + "kinds: vector domain domain\nencoding: raw", "per-voxel vectors");
        assertMessage("endian.nrrd", "NRRD0004\ntype: short\ndimension: 2\nsizes: 1 1\nencoding: raw",
                "no NRRD field 'endian'");
        assertMessage("missing.nhdr", "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 1 1\nencoding: raw\n"
                + "data file: nowhere/absent.raw", "absent.raw, which does not exist");
        assertMessage("magic.nrrd", "NRRD9\ntype: uchar", "expected the magic NRRD0001 to NRRD0005");
        assertMessage("sizes.nrrd", "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 1 x\nencoding: raw",
                "'sizes' (line 4)");
        Path file = dir.resolve("cut.nrrd");
        Files.write(file, nrrd("NRRD0004\ntype: short\nendian: little\ndimension: 2\nsizes: 10 10\nencoding: raw",
                new byte[123]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertEquals("file " + file + " is truncated: expected 200 bytes of voxel data, found 123", e.getMessage());
        Path gz = dir.resolve("cutgz.nrrd");
        byte[] data = gzip(new byte[20000]);
        Files.write(gz, nrrd("NRRD0004\ntype: uchar\ndimension: 2\nsizes: 100 200\nencoding: gzip",
                java.util.Arrays.copyOf(data, data.length / 2)));
        e = assertThrows(InvalidInputException.class, () -> reader.read(gz));
        assertTrue(e.getMessage().startsWith("file " + gz + " is truncated: expected 20000 bytes of voxel data, found "),
                e.getMessage());
    }

    private void assertMessage(String name, String header, String part) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, nrrd(header, new byte[4]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void recognisesNrrdByContent() throws IOException {
        Path file = dir.resolve("noextension");
        Files.write(file, nrrd("NRRD0004\ntype: uchar\ndimension: 2\nsizes: 1 1\nencoding: raw", new byte[1]));
        assertTrue(reader.recognizes(file));
        Files.writeString(dir.resolve("other"), "NDims = 3\n");
        assertFalse(reader.recognizes(dir.resolve("other")));
        assertFalse(reader.recognizes(dir));
    }

    @Test
    void bzip2EncodingThroughCommonsCompress() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            try (OutputStream z = new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(b)) {
                z.write(new byte[] {5, 6, 7, 8, 9, 10});
            }
        } catch (NoClassDefFoundError e) {
            org.junit.jupiter.api.Assumptions.abort("Apache Commons Compress is not installed in the test runtime");
        }
        Volume v = read("bz.nrrd", "NRRD0004\ntype: uchar\ndimension: 2\nsizes: 3 2\nencoding: bzip2", b.toByteArray());
        assertArrayEquals(new float[] {5, 6, 7, 8, 9, 10}, v.data());
        byte[] bad = java.util.Arrays.copyOf(b.toByteArray(), 12);
        Path file = dir.resolve("badbz.nrrd");
        Files.write(file, nrrd("NRRD0004\ntype: uchar\ndimension: 2\nsizes: 3 2\nencoding: bz2", bad));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("badbz.nrrd"), e.getMessage());
    }

    @Test
    void readersAreContributedWithTheirPatterns() throws Exception {
        var registry = org.eclipse.core.runtime.RegistryFactory.getRegistry();
        java.util.Map<String, String> patterns = new java.util.TreeMap<>();
        for (var e : registry.getConfigurationElementsFor("org.osteon.core.readers")) {
            patterns.put(e.getAttribute("id"), e.getAttribute("filePatterns") + " -> " + e.getAttribute("class"));
        }
        assertEquals("*.nrrd,*.nhdr -> org.osteon.io.NrrdReader", patterns.get("org.osteon.io.nrrd"));
        assertEquals("*.mha,*.mhd -> org.osteon.io.MetaImageReader", patterns.get("org.osteon.io.metaimage"));
        assertEquals("*.png,*.jpg,*.jpeg,*.tif,*.tiff -> org.osteon.io.RasterImageReader",
                patterns.get("org.osteon.io.raster"));
        assertEquals("*.nii,*.nii.gz,*.hdr,*.img,*.img.gz -> org.osteon.io.NiftiReader", patterns.get("org.osteon.io.nifti"));
    }
}
