package org.osteon.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;

class OverlayTest {

    @TempDir
    Path dir;

    @Test
    void jetEndsAndMiddleAreMatplotlibs() {
        assertArrayEquals(new int[] {128, 0, 0}, HeatmapOverlay.jet(1)); // (0.5, 0, 0)
        assertArrayEquals(new int[] {0, 0, 128}, HeatmapOverlay.jet(0)); // (0, 0, 0.5)
        // 0.5: red (0.5-0.35)/(0.66-0.35) = 0.4839, green 1, blue 1 - (0.5-0.34)/(0.65-0.34) = 0.4839
        assertArrayEquals(new int[] {123, 255, 123}, HeatmapOverlay.jet(0.5));
    }

    /** Heat 1 at a pixel of grey 0.2 with alpha 0.4: 0.6 * 51 + 0.4 * (128, 0, 0) = (81.8, 30.6, 30.6). */
    @Test
    void heatOfOneGivesJetRedBlendedWithAlpha() throws Exception {
        int w = 4;
        int h = 3;
        float[] grey = new float[w * h];
        java.util.Arrays.fill(grey, 0.2f);
        float[] heat = new float[w * h];
        heat[1 * w + 2] = 1f;
        Path png = dir.resolve("overlay.png");
        HeatmapOverlay.writePng(grey, w, h, heat, w, h, 0.4, "Grad-CAM of study 7, p = 0.83", png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(w, read.getWidth());
        assertEquals(java.util.Optional.of("Grad-CAM of study 7, p = 0.83"), PngFigure.caption(png));
        assertEquals(rgb(82, 31, 31), read.getRGB(2, 1) & 0xFFFFFF);
        // heat 0 elsewhere: 0.6 * 51 + 0.4 * (0, 0, 128) = (30.6, 30.6, 81.8)
        assertEquals(rgb(31, 31, 82), read.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void smallHeatMapIsResizedBilinearly() {
        // a 2 x 1 heat map (0, 1) over 4 x 1 pixels: centres at 0.25, 0.75 of source pixel 0 -> 0, 0.25, 0.75, 1
        BufferedImage img = HeatmapOverlay.render(new float[4], 4, 1, new float[] {0, 1}, 2, 1, 1.0);
        assertEquals(jet(0.25), img.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(jet(0.75), img.getRGB(2, 0) & 0xFFFFFF);
        assertEquals(jet(1), img.getRGB(3, 0) & 0xFFFFFF);
    }

    /**
     * A 20 x 16 x 12 volume of -1000 HU (black) with femur (1) in the upper half (z >= 6) and tibia (2)
     * below (z < 6) inside x 5..14, y 4..11, 1 mm voxels. The panels have 1 mm pixels: axial 20 x 16 at
     * x 0, coronal 20 x 12 at x 28, sagittal 16 x 12 at x 56. Axial mid slice z = 6 is femur.
     */
    @Test
    void midSlicesShowFemurRedAndTibiaGreen() throws Exception {
        GridSize size = new GridSize(20, 16, 12);
        float[] hu = new float[size.voxelCount()];
        short[] labels = new short[size.voxelCount()];
        java.util.Arrays.fill(hu, -1000);
        for (int z = 0; z < 12; z++) {
            for (int y = 4; y < 12; y++) {
                for (int x = 5; x < 15; x++) {
                    labels[size.index(x, y, z)] = (short) (z >= 6 ? 1 : 2);
                    hu[size.index(x, y, z)] = 500; // grey 1500/3000 = 0.5 -> 127.5
                }
            }
        }
        Volume v = new Volume(size, Geometry.unit(), hu);
        LabelMap l = new LabelMap(size, Geometry.unit(), labels);
        Path png = dir.resolve("slices.png");
        LabelSlices.writePng(v, l, -1000, 2000, LabelSlices.KNEE_COLOURS, 0.5, "knee", png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(20 + 8 + 20 + 8 + 16, img.getWidth());
        assertEquals(16, img.getHeight());
        int red = rgb(191, 64, 64); // 0.5 * 127.5 + 0.5 * 255 = 191.25; 0.5 * 127.5 = 63.75
        int green = rgb(64, 191, 64);
        // axial (z = 6, femur): voxel (10, 8) is row 15 - 8 = 7
        assertEquals(red, img.getRGB(10, 15 - 8) & 0xFFFFFF);
        assertEquals(0, img.getRGB(1, 1) & 0xFFFFFF, "background air is black");
        // coronal (y = 8): z = 9 (femur) is row 11 - 9 = 2, z = 2 (tibia) is row 9
        assertEquals(red, img.getRGB(28 + 10, 2) & 0xFFFFFF);
        assertEquals(green, img.getRGB(28 + 10, 9) & 0xFFFFFF);
        // sagittal (x = 10): y = 6, z = 2 -> tibia
        assertEquals(green, img.getRGB(56 + 6, 9) & 0xFFFFFF);
        assertEquals(0, img.getRGB(56 + 6, 14) & 0xFFFFFF, "below the 12-row panel: canvas");
    }

    private static int jet(double v) {
        int[] c = HeatmapOverlay.jet(v);
        return rgb(c[0], c[1], c[2]);
    }

    private static int rgb(int r, int g, int b) {
        return r << 16 | g << 8 | b;
    }
}
