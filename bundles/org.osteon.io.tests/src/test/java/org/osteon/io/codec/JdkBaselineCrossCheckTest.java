package org.osteon.io.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.io.internal.dicom.codec.DecodedFrame;
import org.osteon.io.internal.dicom.codec.FrameDecoders;
import org.osteon.io.internal.dicom.codec.FrameFormat;

/**
 * 8-bit baseline JPEG (no such DICOM test file is at hand): streams written by the JDK's JPEG writer (IJG
 * libjpeg 6b inside the JDK) and decoded both by the JDK's reader and by {@link FrameDecoders}; the results
 * must be identical, sample for sample. {@code readRaster} gives the decoded components without colour
 * conversion (Y, Cb, Cr for the colour images, whose chroma the JDK writes subsampled 2 x 2), which is what
 * the frame decoders return too. The JDK's own plugin is built into ImageIO's registry, so it is found in
 * OSGi as well.
 */
class JdkBaselineCrossCheckTest {

    @ParameterizedTest(name = "{0} x {1}, {2} components")
    @CsvSource({"64, 64, 1", "37, 53, 1", "64, 48, 3", "37, 53, 3", "1, 17, 3", "16, 1, 3"})
    void decodesLikeTheJdk(int rows, int columns, int components) throws IOException {
        BufferedImage image = new BufferedImage(columns, rows,
                components == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(rows * 1000L + columns + components);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                for (int b = 0; b < components; b++) {
                    int smooth = (x * 7 + y * 3 + b * 60) % 256;
                    int v = Math.max(0, Math.min(255, smooth + random.nextInt(41) - 20));
                    image.getRaster().setSample(x, y, b, v);
                }
            }
        }
        byte[] jpeg = write(image);
        DecodedFrame f = FrameDecoders.decode(FrameDecoders.JPEG_BASELINE, jpeg,
                new FrameFormat(rows, columns, components, 8, 8, false), "jdk.jpg");
        Raster expected = read(jpeg);
        assertEquals(components, expected.getNumBands());
        int[] reference = expected.getPixels(0, 0, columns, rows, (int[]) null);
        assertArrayEquals(reference, f.samples());
    }

    private static byte[] write(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Raster read(byte[] jpeg) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            return reader.readRaster(0, null);
        } finally {
            reader.dispose();
        }
    }

    /** A colour baseline stream, for the fuzz test. */
    static byte[] colourStream() throws IOException {
        BufferedImage image = new BufferedImage(40, 24, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, (x * 6) << 16 | (y * 10) << 8 | ((x + y) * 4));
            }
        }
        return write(image);
    }
}
