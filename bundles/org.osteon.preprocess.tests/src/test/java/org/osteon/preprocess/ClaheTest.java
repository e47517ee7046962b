package org.osteon.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osteon.core.InvalidInputException;

/**
 * CLAHE against OpenCV 4.6's {@code cv2.createCLAHE(clipLimit, tileGridSize).apply}: sha256 of every output
 * pixel, produced by releng/parity/clahe_reference.py on real images (releng/testdata) and synthetic 8- and
 * 16-bit images of sizes divisible and not divisible by the tile grid.
 */
class ClaheTest {

    /** "input|clipLimit|tilesXxtilesY|sha256 of OpenCV's output (little-endian pixels)". */
    private static final String[] OPENCV = {
            "raster/pil_grey8_300dpi.png|2.0|8x8|65c42bb71b6e46db252f47fe792a277f84e63b1335f3087108e4898f06f90050",
            "raster/pil_grey8_300dpi.png|4.0|3x5|95b03a53c999c176927ef69f4b4c204f0411cce25703c05e86017b5ea97721ae",
            "raster/pil_grey8_300dpi.png|0.0|8x8|f9ea1496989628dd560a1504b4d0e989ef69b78402dadb2d43a3a3f4af70beae",
            "raster/pil_grey8_300dpi.png|40.0|7x3|e1a919a5be6230d7804ecf4167e10bdce709a020f5d29b2ca1a9e00577afa6dc",
            "raster/pil_grey8_300dpi.png|1.0|2x2|8a85c3dd826fd289d908d71a9f9c04f8f131efbaa289325d78f0b412952dd0b0",
            "raster/pil_grey16.png|2.0|8x8|4d74e9d0be966176bf11337c99392664910fe626ee130465a1fdec8ce0f32eff",
            "raster/pil_grey16.png|4.0|3x5|b423a4c6bb754f49a9bcd1dcdf5d7eadf61c833103fd49341238b0f43f3901a9",
            "raster/pil_grey16.png|0.0|8x8|19dc43040cf0329e9164221aad5b130ef05e79ba032cdbaf1ff57304d5082197",
            "raster/pil_grey16.png|40.0|7x3|0ff9f14c7eea5a585c9e56edfe7e6367acb1ff77db0ffbb69d812104a26fefd0",
            "raster/pil_grey16.png|1.0|2x2|49390ce11b6e6dd7e1b320841d63e2b7dfdcfcec76fd22da544f77e4df4a1468",
            "nrrd/BrainProtonDensitySliceBorder20.raw|2.0|8x8|d603e0f965421597a2e9b1f46af9e19562648eecf06aca5c512e7107248a43e8",
            "nrrd/BrainProtonDensitySliceBorder20.raw|4.0|3x5|ec19e4e4541fc17eb338960ef11d690d98c62eeae50710b0f8d90694bd3a40ab",
            "nrrd/BrainProtonDensitySliceBorder20.raw|0.0|8x8|f19f15b5f9b07da19a624ac17a37043114068a194917c0f02121a5508700c3e5",
            "nrrd/BrainProtonDensitySliceBorder20.raw|40.0|7x3|144e54ecefd1a759b1cd8db9a042106c0c9b7006481e316c5c048f1869dc345a",
            "nrrd/BrainProtonDensitySliceBorder20.raw|1.0|2x2|1f0ac3ec581d219963dcf8d2139e5890d24380f6cce96ba10b9cbf648b666256",
            "metaimage/RatLungSlice1.raw|2.0|8x8|7e42b1fce05d1b23c4c5069bd95184542761198149e9897715472f10f5d4d884",
            "metaimage/RatLungSlice1.raw|4.0|3x5|33fc51bf3ba93baae2e759a42096c9cd166f4655eac8f49f690fc3ccd78efa79",
            "metaimage/RatLungSlice1.raw|0.0|8x8|76e0471f8bbb668af6a4bb1dba67b0cbc81e87d15e5c56ac9aaee07f1b077e2f",
            "metaimage/RatLungSlice1.raw|40.0|7x3|a30c4de31b2d18c07cab4596f2fe25247fa21a3511eee2b5b5ef94e80346992f",
            "metaimage/RatLungSlice1.raw|1.0|2x2|f95960c69ba387a5e781b0b6dea799407abc64ae518ab164dcf8dee17c0766d0",
            "synthetic 301x217 16|2.0|8x8|7dbc2d54de9573587477c2dcabc6649ef67b63e5bbd8dafe04be0cf9638b58dc",
            "synthetic 301x217 16|4.0|3x5|64f0e8b915f42c09ee183f9517c0712427a92ab112403580200f465da950a9d2",
            "synthetic 301x217 16|0.0|8x8|4638fed480314cfdd588e85f4e538f1e9dda7ef1d541c8d27feab69f7f1e2fc7",
            "synthetic 301x217 16|40.0|7x3|a51307b295fdc6f83eb24e7f534ec83bdaa86997c1dc50652b4a5bbaa91247e4",
            "synthetic 301x217 16|1.0|2x2|9ae5f0d3649caf8bd492f71f0d8e5fbe63fd377fae6ffdd0eef0a5bb39a353c1",
            "synthetic 256x256 16|2.0|8x8|9ae019f19daa0860bc9877bc4a1585bc5576cdf2e098071063cfceab60e82ce0",
            "synthetic 256x256 16|4.0|3x5|9b0d84c5f6e621df63c8729037569ee271411ad009172c6d3a3f80a65c4db8de",
            "synthetic 256x256 16|0.0|8x8|bb76a70ef7bd29530147c82214dd57329f7e14833a1a562959e278c822b1281c",
            "synthetic 256x256 16|40.0|7x3|89497e9dceed2849f6b916656164ff2adcc128f9e44967898669d790507ca6eb",
            "synthetic 256x256 16|1.0|2x2|37e593b2ca706ad340c2d5c995d56e31f2af3a122c6e22736cd98442666dc0f3",
            "synthetic 97x61 8|2.0|8x8|cc8bc3118fbcce81273664e497351cf91aec06c61009d2a369a6dff110d90da8",
            "synthetic 97x61 8|4.0|3x5|89f861b9e1f0aa5fc1cc715d6d364ad39a73dda6d5f8c6cdf86d209f244b4f1f",
            "synthetic 97x61 8|0.0|8x8|2c5687467e1f32f0573fc69752058bff69ef1aba2d370b2b39ea8500f9fc7e67",
            "synthetic 97x61 8|40.0|7x3|aa3973ffffefa0b5f93988b83eff4466ba99dc8c5adbb7faa1de56ab52ed351b",
            "synthetic 97x61 8|1.0|2x2|0cea544227c9533b6fca607042a55717bb36ae2079ececf13b2371350be70ae8",
    };

    static Stream<String> references() {
        return Stream.of(OPENCV);
    }

    static Path testdata(String relative) {
        return Path.of(System.getProperty("osteon.repository.root", "../.."), "releng", "testdata", relative);
    }

    /** The synthetic image of clahe_reference.py: a smooth ramp plus pseudo-random noise, integer arithmetic. */
    static int[] synthetic(int w, int h, int bits) {
        int[] v = new int[w * h];
        for (long y = 0; y < h; y++) {
            for (long x = 0; x < w; x++) {
                long smooth = (x * 40503 + y * 7919 + (x * y) * 13) % 65536;
                long noise = ((x * 2654435761L + y * 40503 * 97) >> 7) % 4096;
                long p = (smooth + noise) % 65536;
                v[(int) (y * w + x)] = (int) (bits == 8 ? p >> 8 : p);
            }
        }
        return v;
    }

    /** {width, height, bits, pixels...} of a named input, read as the reference script reads it. */
    record Input(int width, int height, int bits, int[] pixels) {
    }

    static Input input(String name) throws IOException {
        if (name.startsWith("synthetic ")) {
            String[] p = name.split(" ");
            String[] wh = p[1].split("x");
            int w = Integer.parseInt(wh[0]);
            int h = Integer.parseInt(wh[1]);
            int bits = Integer.parseInt(p[2]);
            return new Input(w, h, bits, synthetic(w, h, bits));
        }
        if (name.endsWith(".raw")) {
            byte[] b = Files.readAllBytes(testdata(name));
            int w = name.contains("Brain") ? 221 : 128;
            int h = b.length / w;
            int[] v = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                v[i] = b[i] & 0xff;
            }
            return new Input(w, h, 8, v);
        }
        BufferedImage img = ImageIO.read(testdata(name).toFile());
        Raster r = img.getRaster();
        int bits = img.getColorModel().getComponentSize(0);
        int[] v = r.getSamples(0, 0, r.getWidth(), r.getHeight(), 0, new int[r.getWidth() * r.getHeight()]);
        return new Input(r.getWidth(), r.getHeight(), bits, v);
    }

    static String sha256(int[] pixels, int bits) {
        byte[] bytes = new byte[pixels.length * (bits / 8)];
        for (int i = 0; i < pixels.length; i++) {
            if (bits == 8) {
                bytes[i] = (byte) pixels[i];
            } else {
                bytes[2 * i] = (byte) pixels[i];
                bytes[2 * i + 1] = (byte) (pixels[i] >> 8);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("references")
    void equalsOpenCv(String reference) throws IOException {
        String[] f = reference.split("\\|");
        Input in = input(f[0]);
        String[] tiles = f[2].split("x");
        for (int threads : new int[] {1, 3}) {
            int[] out = new Clahe(Double.parseDouble(f[1]), Integer.parseInt(tiles[0]), Integer.parseInt(tiles[1]), threads)
                    .apply(in.pixels(), in.width(), in.height(), in.bits());
            assertEquals(f[3], sha256(out, in.bits()), reference + " with " + threads + " threads");
        }
    }

    @Test
    void inputsAreReadAsTheScriptReadThem() throws IOException {
        // the script prints the input checksums; a changed reader or formula would fail here first
        assertEquals("ecc7c5af437e1544dc442ab6a3e96c2c24626aab9b5be5b9b104fab3c4f01aba",
                sha256(input("synthetic 301x217 16").pixels(), 16));
        assertEquals("a2a6343e7a773d15209150c977a65fe37d2d62649f7e7118a0eba33c2d8933a2",
                sha256(input("nrrd/BrainProtonDensitySliceBorder20.raw").pixels(), 8));
        assertEquals("a159ebcdfddff733a3f07ef9f58c5a0c4dc3b386ed7c9f2f17884c01deac2d85",
                sha256(input("raster/pil_grey16.png").pixels(), 16));
    }

    @Test
    void constantImageStaysFlatAndOutOfRangeValuesAreRefused() {
        int[] flat = new int[40 * 30];
        java.util.Arrays.fill(flat, 100);
        int[] out = new Clahe(2, 4, 4, 2).apply(flat, 40, 30, 8);
        // a single-valued tile maps its value to 255 * (count up to it) / area = 255
        assertTrue(java.util.Arrays.stream(out).allMatch(v -> v == out[0]));
        assertThrows(InvalidInputException.class, () -> new Clahe(2, 8, 8, 1).apply(new int[] {300, 0, 0, 0}, 2, 2, 8));
        assertThrows(InvalidInputException.class, () -> new Clahe(-1, 8, 8, 1));
        assertThrows(InvalidInputException.class, () -> new Clahe(2, 0, 8, 1));
        assertArrayEquals(new int[] {255, 255, 255, 255}, new Clahe(0, 1, 1, 1).apply(new int[] {7, 7, 7, 7}, 2, 2, 8));
    }
}
