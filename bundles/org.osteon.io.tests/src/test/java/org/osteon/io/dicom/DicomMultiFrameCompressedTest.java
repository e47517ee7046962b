package org.osteon.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.osteon.io.VoxelChecks.sha256Int32;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.DicomReader;
import org.osteon.io.TestFiles;
import org.osteon.io.VoxelChecks;

/**
 * Multi-frame files compressed by dcmtk 3.6.7 (dcmcrle, dcmcjpeg, dcmcjpls) from 3 frames built on the
 * MR_small pixels (releng/parity/make_dcmtk_fixtures.py, which prints every number held here). Lossless
 * files must give the source pixels exactly; lossy ones are compared with dcmtk's own decoder (dcmdjpeg).
 */
class DicomMultiFrameCompressedTest {

    private final DicomReader reader = new DicomReader();

    private Volume read(String name) throws IOException {
        return reader.read(TestFiles.file("dicom-dcmtk", name));
    }

    private static void assertFrames(Volume v, double sum, float min, float max, String sha, float f0, float f1,
            float f2) throws NoSuchAlgorithmException {
        assertEquals(new GridSize(64, 64, 3), v.size());
        assertEquals(sum, VoxelChecks.sum(v), 0);
        assertArrayEquals(new float[] {min, max}, v.range());
        assertEquals(f0, v.value(0, 0, 0));
        assertEquals(f1, v.value(10, 20, 1));
        assertEquals(f2, v.value(63, 63, 2));
        assertEquals(sha, sha256Int32(v).substring(0, 16));
    }

    @Test
    void rleOneFragmentPerFrame() throws Exception {
        assertFrames(read("mf_rle.dcm"), 6376014, 127, 2145, "bf8ce606050af01c", 905, 305, 378);
    }

    @Test
    void jpegLosslessFramesEqualTheSource() throws Exception {
        Volume v = read("mf_jpeg_lossless.dcm");
        assertFrames(v, 6376014, 127, 2145, "bf8ce606050af01c", 905, 305, 378);
        assertArrayEquals(read("mf_rle.dcm").data(), v.data());
    }

    @Test
    void jpegExtended12BitFramesEqualDcmtksDecoding() throws Exception {
        assertFrames(read("mf_jpeg_extended.dcm"), 9771420, 4, 4095, "8c3dc60d54ce2015", 1583, 359, 509);
    }

    @Test
    void jpegBaselineFramesEqualDcmtksDecoding() throws Exception {
        assertFrames(read("mf_jpeg_baseline.dcm"), 608389, 0, 255, "36cf9b4c1b470a63", 94, 24, 33);
    }

    @Test
    void jpegLsLosslessFramesEqualTheSource() throws Exception {
        assertFrames(read("mf_jpegls.dcm"), 6376014, 127, 2145, "bf8ce606050af01c", 905, 305, 378);
    }
}
