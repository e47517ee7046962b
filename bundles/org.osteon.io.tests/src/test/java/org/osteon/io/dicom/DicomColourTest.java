package org.osteon.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.DicomReader;
import org.osteon.io.TestFiles;

/**
 * Palette colour, uncompressed YBR_FULL_422 and 1-bit files (releng/parity/make_colour_fixtures.py, pydicom
 * 2.3) against pydicom's decoding of the same files: the luminance of apply_color_lut's colours, the Y
 * channel of pixel_array (which expands the 4:2:2 chroma), and the bits of pixel_array (MONOCHROME1 as 1 - v).
 * The references are NAME.ref.f32 beside each file.
 */
class DicomColourTest {

    private final DicomReader reader = new DicomReader();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"palette8.dcm, 32, 24, 1", "palette16.dcm, 32, 24, 1", "ybr422.dcm, 100, 100, 1",
            "bits1.dcm, 13, 7, 2", "bits1_mono1.dcm, 16, 5, 1"})
    void valuesEqualPydicomsDecoding(String name, int x, int y, int z) throws IOException {
        Volume v = reader.read(TestFiles.file("dicom-colour", name));
        assertEquals(new GridSize(x, y, z), v.size());
        assertArrayEquals(reference(name), v.data());
    }

    @Test
    void infoSaysHowColourBecameGrey() throws IOException {
        var info = reader.info(org.osteon.core.io.Location.of(TestFiles.file("dicom-colour", "palette16.dcm")),
                Path.of(""));
        assertEquals("PALETTE COLOR", info.tags().get("PhotometricInterpretation"));
        assertTrue(info.tags().get("values").contains("palette colour"), info.tags().get("values"));
    }

    @Test
    void segmentedPaletteIsRefusedByName() throws IOException {
        byte[] file = Files.readAllBytes(TestFiles.file("dicom-colour", "palette8.dcm"));
        // rename the red LUT data (0028,1201) to the segmented red LUT data (0028,1221)
        byte[] tag = {0x28, 0x00, 0x01, 0x12, 'O', 'W'};
        int at = indexOf(file, tag);
        file[at + 2] = 0x21;
        Path path = Files.write(dir.resolve("segmented.dcm"), file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(path));
        assertTrue(e.getMessage().startsWith(path + " has PALETTE COLOR with segmented lookup tables"), e.getMessage());
    }

    @Test
    void otherPhotometricInterpretationsAreStillRefusedByName() throws IOException {
        byte[] file = Files.readAllBytes(TestFiles.file("dicom-colour", "ybr422.dcm"));
        byte[] name = "YBR_FULL_422".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = indexOf(file, name);
        System.arraycopy("YBR_PARTIAL_".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, file, at, 12);
        Path path = Files.write(dir.resolve("partial.dcm"), file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(path));
        assertTrue(e.getMessage().contains("Photometric Interpretation 'YBR_PARTIAL_'"), e.getMessage());
    }

    private static float[] reference(String name) throws IOException {
        byte[] b = Files.readAllBytes(TestFiles.file("dicom-colour", name.replace(".dcm", ".ref.f32")));
        float[] f = new float[b.length / 4];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        return f;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        int at = TestFiles.indexOf(data, pattern);
        if (at < 0) {
            throw new IllegalStateException("pattern not found");
        }
        return at;
    }
}
