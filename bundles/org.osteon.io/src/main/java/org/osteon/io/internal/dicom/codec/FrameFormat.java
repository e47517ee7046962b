package org.osteon.io.internal.dicom.codec;

/**
 * What the DICOM header says one frame holds: the decoder checks the decoded stream against it.
 *
 * @param rows            (0028,0010)
 * @param columns         (0028,0011)
 * @param samplesPerPixel (0028,0002): 1 for grey, 3 for colour
 * @param bitsAllocated   (0028,0100)
 * @param bitsStored      (0028,0101)
 * @param signed          pixel representation (0028,0103) == 1
 */
public record FrameFormat(int rows, int columns, int samplesPerPixel, int bitsAllocated, int bitsStored,
        boolean signed) {
}
