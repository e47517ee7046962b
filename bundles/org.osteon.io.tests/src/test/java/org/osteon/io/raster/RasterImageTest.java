package org.osteon.io.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

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
import org.osteon.io.RasterImageReader;
import org.osteon.io.RasterImageWriter;

/**
 * PNG/JPEG/TIFF reading and PNG writing. The images are built here with the JDK's encoders from known pixel
 * values (no radiograph files are in the test data); the PNGs that Osteon writes are checked independently
 * with Pillow by releng/parity/io_roundtrip_check.py.
 */
class RasterImageTest {

    @TempDir
    Path dir;

    private final RasterImageReader reader = new RasterImageReader();

    private static Volume ramp(int w, int h, int scale, Geometry g) {
        float[] d = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                d[x + w * y] = (x * 7 + y * 13) * scale % (scale == 1 ? 256 : 65536);
            }
        }
        return new Volume(new GridSize(w, h, 1), g, d);
    }

    @Test
    void png16RoundTripIsExactWithSpacing() throws IOException {
        Volume v = ramp(37, 23, 251, Geometry.of(0.125, 0.2, 1));
        v.data()[0] = 65535;
        v.data()[1] = 0;
        Path file = dir.resolve("r16.png");
        RasterImageWriter.writePng16(v, file);
        Volume back = reader.read(file);
        assertEquals(new GridSize(37, 23, 1), back.size());
        assertArrayEquals(v.data(), back.data());
        assertArrayEquals(new double[] {0.125, 0.2, 1}, back.geometry().spacing(), 1e-12, "8000 and 5000 pixels/m");
        ImageInfo info = reader.info(Location.of(file), dir);
        assertEquals("PNG", info.format());
        assertEquals("uint16", info.voxelType());
        assertEquals("16", info.tags().get("bit depth"));
        assertEquals("grey", info.tags().get("colour type"));
        assertEquals("203.2 x 127.0", info.tags().get("DPI"));
        assertFalse(info.tags().containsKey("pixel spacing unknown"));
    }

    @Test
    void png8RoundTripRoundsAndClamps() throws IOException {
        Volume v = new Volume(new GridSize(4, 1, 1), Geometry.of(0.143, 0.143, 1), new float[] {-5, 12.4f, 12.6f, 300});
        Path file = dir.resolve("r8.png");
        RasterImageWriter.writePng8(v, file);
        Volume back = reader.read(file);
        assertArrayEquals(new float[] {0, 12, 13, 255}, back.data());
        assertEquals(1000.0 / 6993, back.geometry().spacing(0), 1e-12, "1000 / round(1000 / 0.143)");
        assertEquals("uint8", reader.info(Location.of(file), dir).voxelType());
        RasterImageWriter.writePng16(v, file, -5, 300);
        assertArrayEquals(new float[] {0, 3739, 3782, 65535}, reader.read(file).data(), "window -5..300 to 0..65535");
    }

    @Test
    void labelMapsAndVolumesThroughTheWriterInterface() throws IOException {
        Path file = dir.resolve("labels.png");
        new RasterImageWriter().write(new LabelMap(new GridSize(3, 1, 1), Geometry.unit(), new short[] {0, 2, 255}), file);
        assertEquals("uint8", reader.info(Location.of(file), dir).voxelType());
        assertArrayEquals(new short[] {0, 2, 255}, reader.readLabels(Location.of(file), dir).labels());
        new RasterImageWriter().write(new LabelMap(new GridSize(2, 1, 1), Geometry.unit(), new short[] {0, 1000}), file);
        assertEquals("uint16", reader.info(Location.of(file), dir).voxelType());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RasterImageWriter()
                .write(new Volume(new GridSize(2, 2, 2), Geometry.unit(), new float[8]), dir.resolve("v.png")));
        assertTrue(e.getMessage().contains("v.png") && e.getMessage().contains("one slice"), e.getMessage());
    }

    @Test
    void paletteAndColourBecomeGreyWithBt601Weights() throws IOException {
        byte[] r = {0, (byte) 255, 0, 0, 10};
        byte[] g = {0, 0, (byte) 255, 0, 10};
        byte[] b = {0, 0, 0, (byte) 255, 10};
        BufferedImage palette = new BufferedImage(5, 1, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 5, r, g, b));
        for (int x = 0; x < 5; x++) {
            palette.getRaster().setSample(x, 0, 0, x);
        }
        Path file = dir.resolve("palette.png");
        ImageIO.write(palette, "png", file.toFile());
        Volume v = reader.read(file);
        assertArrayEquals(new float[] {0, 76.245f, 149.685f, 29.07f, 10}, v.data(), 1e-4f);
        assertTrue(reader.info(Location.of(file), dir).tags().get("colour type").startsWith("palette (colour"));
        assertTrue(reader.info(Location.of(file), dir).tags().containsKey("pixel spacing unknown"));
        assertEquals(Geometry.unit(), v.geometry());

        BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0x102030);
        rgb.setRGB(1, 0, 0xffffff);
        Path rgbFile = dir.resolve("rgb.png");
        ImageIO.write(rgb, "png", rgbFile.toFile());
        assertArrayEquals(new float[] {(float) (0.299 * 16 + 0.587 * 32 + 0.114 * 48), 255}, reader.read(rgbFile).data(),
                1e-4f);
    }

    @Test
    void greyJpegIsReadWithItsDensity() throws IOException {
        BufferedImage grey = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                grey.getRaster().setSample(x, y, 0, x < 8 ? 40 : 200);
            }
        }
        Path file = dir.resolve("grey.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(grey), null);
        javax.imageio.metadata.IIOMetadataNode tree = (javax.imageio.metadata.IIOMetadataNode) meta.getAsTree(
                "javax_imageio_jpeg_image_1.0");
        javax.imageio.metadata.IIOMetadataNode jfif = (javax.imageio.metadata.IIOMetadataNode) tree
                .getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", "254");
        jfif.setAttribute("Ydensity", "127");
        meta.setFromTree("javax_imageio_jpeg_image_1.0", tree);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(1f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(grey, null, meta), param);
        }
        writer.dispose();
        Volume v = reader.read(file);
        assertEquals(new GridSize(16, 16, 1), v.size());
        assertEquals(40, v.value(2, 5, 0), 2);
        assertEquals(200, v.value(13, 5, 0), 2);
        assertArrayEquals(new double[] {0.1, 0.2, 1}, v.geometry().spacing(), 1e-12, "254 and 127 dots per inch");
        ImageInfo info = reader.info(Location.of(file), dir);
        assertEquals("JPEG", info.format());
        assertEquals("uint8", info.voxelType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LZW", "Deflate", "PackBits"})
    void sixteenBitTiffWithResolution(String compression) throws IOException {
        Volume v = ramp(19, 11, 331, Geometry.unit());
        BufferedImage image = new BufferedImage(19, 11, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < 11; y++) {
            for (int x = 0; x < 19; x++) {
                image.getRaster().setSample(x, y, 0, (int) v.value(x, y, 0));
            }
        }
        Path file = dir.resolve("t" + compression + ".tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (!compression.isEmpty()) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        TIFFDirectory tiff = TIFFDirectory.createFromMetadata(meta);
        BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
        tiff.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                new long[][] {{50, 1}}));
        tiff.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                new long[][] {{25, 1}}));
        tiff.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, tiff.getAsMetadata()), param);
        }
        writer.dispose();
        Volume back = reader.read(file);
        assertArrayEquals(v.data(), back.data());
        assertArrayEquals(new double[] {0.2, 0.4, 1}, back.geometry().spacing(), 1e-12, "50 and 25 per cm");
        ImageInfo info = reader.info(Location.of(file), dir);
        assertEquals("TIFF", info.format());
        assertEquals("16", info.tags().get("bit depth"));
    }

    @Test
    void recognitionAndProblems() throws IOException {
        Path png = dir.resolve("image");
        RasterImageWriter.writePng8(ramp(4, 4, 1, Geometry.unit()), dir.resolve("a.png"));
        Files.copy(dir.resolve("a.png"), png);
        assertTrue(reader.recognizes(png));
        Path text = dir.resolve("text.png");
        Files.writeString(text, "not an image at all");
        assertFalse(reader.recognizes(text));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(text));
        assertTrue(e.getMessage().contains("text.png") && e.getMessage().contains("not a PNG, JPEG or TIFF"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> reader.read(new Location("gone.png"), dir));
        assertTrue(e.getMessage().contains("gone.png") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    /** Truncations and random byte changes give an image or an InvalidInputException, nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"png8", "png16", "jpeg", "tiff"})
    void damagedFilesFailOnlyWithInvalidInput(String kind) throws IOException {
        Volume v = ramp(40, 30, kind.equals("png16") ? 257 : 1, Geometry.of(0.5, 0.5, 1));
        Path file = dir.resolve("f" + kind + "." + (kind.startsWith("png") ? "png" : kind));
        switch (kind) {
            case "png8" -> RasterImageWriter.writePng8(v, file);
            case "png16" -> RasterImageWriter.writePng16(v, file);
            default -> {
                BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
                for (int i = 0; i < 1200; i++) {
                    image.getRaster().setSample(i % 40, i / 40, 0, (int) v.data()[i]);
                }
                Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(kind);
                ImageWriter w = writers.next();
                try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                    w.setOutput(out);
                    w.write(image);
                }
                w.dispose();
            }
        }
        byte[] good = Files.readAllBytes(file);
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            byte[] bad;
            if (round < 50) {
                bad = Arrays.copyOf(good, round < 25 ? round * good.length / 25 : random.nextInt(good.length));
            } else {
                bad = good.clone();
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    int at = round % 2 == 0 ? random.nextInt(Math.min(100, bad.length)) : random.nextInt(bad.length);
                    bad[at] = (byte) random.nextInt(256);
                }
            }
            Files.write(file, bad);
            try {
                reader.read(file);
            } catch (InvalidInputException expected) {
                assertTrue(expected.getMessage().contains(file.toString()), expected.getMessage());
            } catch (Throwable t) {
                fail("round " + round + " of " + kind + ": " + t, t);
            }
        }
    }
}
