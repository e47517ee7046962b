package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.osteon.app.internal.CommandsTest.osteon;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.preprocess.Clahe;

/** osteon transform and osteon list transforms. */
class TransformCommandTest {

    @TempDir
    Path dir;

    private static Path raster(String name) {
        return Path.of(System.getProperty("osteon.repository.root", "../.."), "releng", "testdata", "raster", name);
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRaster().getSamples(0, 0, img.getWidth(), img.getHeight(), 0,
                new int[img.getWidth() * img.getHeight()]);
    }

    @Test
    void claheOnAn8And16BitPngWritesTheSameKindWithTheAlgorithmsValues() throws IOException {
        for (String name : new String[] {"pil_grey8_300dpi.png", "pil_grey16.png"}) {
            Path out = dir.resolve("out-" + name);
            Result r = osteon("transform", "org.osteon.preprocess.clahe", raster(name).toString(), out.toString(), "--set",
                    "clipLimit=3", "--set", "tiles=4x3");
            assertEquals(0, r.status(), r.err());
            BufferedImage in = ImageIO.read(raster(name).toFile());
            BufferedImage written = ImageIO.read(out.toFile());
            int bits = in.getColorModel().getComponentSize(0);
            assertEquals(bits, written.getColorModel().getComponentSize(0), name);
            int[] expected = new Clahe(3, 4, 3, 1).apply(pixels(in), in.getWidth(), in.getHeight(), bits);
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(pixels(written)), name);
        }
    }

    @Test
    void colourPngStaysColour() throws IOException {
        Path out = dir.resolve("rgb.png");
        Result r = osteon("transform", "org.osteon.preprocess.clahe", raster("pil_rgb8.png").toString(), out.toString());
        assertEquals(0, r.status(), r.err());
        BufferedImage written = ImageIO.read(out.toFile());
        assertEquals(3, written.getRaster().getNumBands());
        assertTrue(r.out().contains("RGB"), r.out());
    }

    @Test
    void badIdParameterOrFileIsOneMessageAndExit2() {
        Path out = dir.resolve("x.png");
        String in = raster("pil_grey8_300dpi.png").toString();
        Result id = osteon("transform", "org.osteon.preprocess.sharpen", in, out.toString());
        assertEquals(2, id.status());
        assertTrue(id.err().startsWith("osteon: unknown transform 'org.osteon.preprocess.sharpen'"), id.err());
        assertEquals(1, id.err().strip().lines().count(), id.err());
        Result param = osteon("transform", "org.osteon.preprocess.clahe", in, out.toString(), "--set", "clipLimit=-2");
        assertEquals(2, param.status());
        assertTrue(param.err().contains("'clipLimit'"), param.err());
        Result tiles = osteon("transform", "org.osteon.preprocess.clahe", in, out.toString(), "--set", "tiles=8by8");
        assertEquals(2, tiles.status());
        assertTrue(tiles.err().contains("tiles"), tiles.err());
        Result missing = osteon("transform", "org.osteon.preprocess.clahe", dir.resolve("none.png").toString(), out.toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("none.png"), missing.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void listTransformsShowsIdsAndParameters() {
        Result r = osteon("list", "transforms");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("transforms (17)"), r.out());
        assertTrue(r.out().contains("org.osteon.preprocess.clahe"), r.out());
        assertTrue(r.out().contains("param clipLimit = 2.0"), r.out());
        assertTrue(r.out().contains("param tiles = 8x8"), r.out());
        assertTrue(r.out().contains("org.osteon.preprocess.randAffine"), r.out());
    }
}
