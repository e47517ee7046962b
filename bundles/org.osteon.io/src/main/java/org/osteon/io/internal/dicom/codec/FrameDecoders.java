package org.osteon.io.internal.dicom.codec;

import java.util.Set;

import org.osteon.core.InvalidInputException;

/**
 * Decoders for the compressed (encapsulated) transfer syntaxes other than RLE: JPEG baseline and extended,
 * JPEG lossless, JPEG 2000. (Placeholder: no compressed syntax is decoded yet.)
 */
public final class FrameDecoders {

    private FrameDecoders() {
    }

    /** The transfer syntax UIDs that {@link #decode} handles. */
    public static Set<String> supported() {
        return Set.of();
    }

    /**
     * Decodes one frame: {@code data} holds the frame's fragments concatenated (without item headers).
     *
     * @param transferSyntaxUid one of {@link #supported()}
     * @param source            the file name, for messages
     * @throws InvalidInputException naming the source and the problem, when the stream is corrupt, truncated
     *                               or does not match {@code expected}
     */
    public static DecodedFrame decode(String transferSyntaxUid, byte[] data, FrameFormat expected, String source) {
        throw new InvalidInputException(source + ": transfer syntax " + transferSyntaxUid + " is not supported");
    }
}
