package org.osteon.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;

class ImageNetNormalizationTest {

    @Test
    void windowedGreyBecomesThreeNormalisedPlanes() {
        float[] data = {-200, 0, 100, 400};
        boolean[] mask = {true, true, false, true};
        float[] out = ImageNetNormalization.greyToChannels(data, 1, 3, new IntensityWindow(-100, 300), mask);
        // value 0 HU: (0 + 100) / 400 = 0.25; masked value: 0; 400 HU clamps to 1
        assertEquals((0.25f - 0.485f) / 0.229f, out[0], 1e-6);
        assertEquals((0f - 0.456f) / 0.224f, out[3 + 1], 1e-6);
        assertEquals((1f - 0.406f) / 0.225f, out[6 + 2], 1e-6);
        assertThrows(InvalidInputException.class,
                () -> ImageNetNormalization.greyToChannels(data, 0, 4, new IntensityWindow(0, 1), new boolean[3]));
    }
}
