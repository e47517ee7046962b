package org.osteon.io.internal.dicom.codec;

/**
 * One decoded frame: stored pixel values (before rescale slope/intercept and before any MONOCHROME1
 * inversion), sign-extended when the pixel representation is signed, samples interleaved per pixel
 * (R, G, B, R, G, B ... for colour), rows top to bottom.
 */
public record DecodedFrame(int rows, int columns, int samplesPerPixel, int[] samples) {

    public DecodedFrame {
        if (samples.length != rows * columns * samplesPerPixel) {
            throw new IllegalArgumentException("frame of " + rows + " x " + columns + " x " + samplesPerPixel
                    + " needs " + rows * columns * samplesPerPixel + " samples, got " + samples.length);
        }
    }
}
