package org.osteon.io.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.osteon.io.VoxelChecks.sha256Int32;
import static org.osteon.io.VoxelChecks.sum;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.core.image.Volume;
import org.osteon.io.RasterImageReader;
import org.osteon.io.TestFiles;

/**
 * Radiograph files written by other tools (Pillow 9.4, OpenCV 4.6; releng/parity/make_raster_fixtures.py,
 * which prints every number held here) read to the values those tools decode.
 */
class RasterFilesTest {

    @ParameterizedTest
    @CsvSource({
            "pil_grey16.png,        54255235, 65535, 0df5bd4c0c4aec24, 60000, 20780",
            "pil_grey16.tif,        54255235, 65535, 0df5bd4c0c4aec24, 60000, 20780",
            "cv_grey16_deflate.tif, 54255235, 65535, 0df5bd4c0c4aec24, 60000, 20780",
            "pil_grey8_300dpi.png,  210474,   255,   950e04f6690edb62, 234,   81",
            "pil_grey8_lzw.tif,     210474,   255,   950e04f6690edb62, 234,   81" })
    void losslessFilesGiveTheWrittenValues(String name, long sum, float max, String sha, float bar, float corner)
            throws Exception {
        Volume v = new RasterImageReader().read(TestFiles.file("raster", name));
        assertEquals(64, v.size().nx());
        assertEquals(48, v.size().ny());
        assertEquals(1, v.size().nz());
        assertEquals(sum, sum(v), 0);
        assertEquals(max, v.value(7, 5, 0));
        assertEquals(bar, v.value(25, 10, 0));
        assertEquals(corner, v.value(63, 47, 0));
        assertEquals(sha, sha256Int32(v).substring(0, 16));
    }

    @org.junit.jupiter.api.Test
    void pngResolutionBecomesSpacing() throws IOException {
        // 300 dpi as Pillow writes it: 11811 pixels per metre
        Volume v = new RasterImageReader().read(TestFiles.file("raster", "pil_grey8_300dpi.png"));
        assertEquals(1000.0 / 11811, v.geometry().spacing(0), 1e-9);
        assertEquals(1000.0 / 11811, v.geometry().spacing(1), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void jpegIsWithinOneGreyLevelOfPillowsDecoding() throws IOException {
        // Pillow (libjpeg-turbo) decodes sum 210447, (25,10) = 234, (63,47) = 80; IDCTs may differ by 1
        Volume v = new RasterImageReader().read(TestFiles.file("raster", "pil_grey8_q90.jpg"));
        assertEquals(210447, sum(v), 64 * 48 * 0.5);
        assertEquals(234, v.value(25, 10, 0), 1);
        assertEquals(80, v.value(63, 47, 0), 1);
    }

    @org.junit.jupiter.api.Test
    void rgbBecomesLuminance() throws IOException {
        Volume v = new RasterImageReader().read(TestFiles.file("raster", "pil_rgb8.png"));
        assertEquals(189627.429, sum(v), 0.5);
        assertEquals(29.070, v.value(0, 0, 0), 1e-3);
        assertEquals(141.039, v.value(25, 10, 0), 1e-3);
    }
}
