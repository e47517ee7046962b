package org.osteon.preprocess.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class LabColorTest {

    /** L plane of cv2.cvtColor(cube, COLOR_RGB2LAB), OpenCV 4.6 (releng/parity/clahe_reference.py --lab). */
    private static final String OPENCV_CUBE_L = "9cf1d0bec9af20448c35041c95fcbf578c6a13bd61093ecb09261f4196944b57";

    /** The L that CLAHE equalises is OpenCV's on every colour with components 0, 5, ..., 255. */
    @Test
    void lightnessEqualsOpenCvOnTheColourCube() throws Exception {
        byte[] l = new byte[52 * 52 * 52];
        int k = 0;
        for (int r = 0; r < 256; r += 5) {
            for (int g = 0; g < 256; g += 5) {
                for (int b = 0; b < 256; b += 5) {
                    l[k++] = (byte) LabColor.toLab8(r, g, b)[0];
                }
            }
        }
        assertEquals(OPENCV_CUBE_L, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(l)));
        // hand-checked corners: black is L 0, white L 255 (100 scaled by 255 / 100), a and b neutral at 128
        assertEquals("[0, 128, 128]", java.util.Arrays.toString(LabColor.toLab8(0, 0, 0)));
        assertEquals("[255, 128, 128]", java.util.Arrays.toString(LabColor.toLab8(255, 255, 255)));
    }
}
