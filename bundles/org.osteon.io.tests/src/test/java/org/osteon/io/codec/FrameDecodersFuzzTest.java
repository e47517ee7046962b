package org.osteon.io.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.dicom.codec.DecodedFrame;
import org.osteon.io.internal.dicom.codec.FrameDecoders;
import org.osteon.io.internal.dicom.codec.FrameFormat;

/**
 * Truncated and corrupted streams: the only exception that may come out of the decoders, including from
 * inside the JPEG 2000 library, is {@link InvalidInputException}, and its message names the source. A
 * corruption that still decodes must give a frame of the expected size.
 */
class FrameDecodersFuzzTest {

    static Stream<Arguments> streams() throws IOException {
        int[] lossless = new int[31 * 27];
        for (int i = 0; i < lossless.length; i++) {
            lossless[i] = (i * 977) & 0xFFFF;
        }
        return Stream.of(
                Arguments.of(FrameDecodersTest.NM_12BIT, FrameDecoders.JPEG_EXTENDED,
                        CodecTestFiles.firstFrame(FrameDecodersTest.NM_12BIT), FrameDecodersTest.NM_FORMAT),
                Arguments.of(FrameDecodersTest.RGB_SV1, FrameDecoders.JPEG_LOSSLESS_SV1,
                        CodecTestFiles.firstFrame(FrameDecodersTest.RGB_SV1), FrameDecodersTest.RGB_FORMAT),
                Arguments.of(FrameDecodersTest.MR_J2K, FrameDecoders.JPEG_2000_LOSSLESS,
                        CodecTestFiles.firstFrame(FrameDecodersTest.MR_J2K), FrameDecodersTest.MR_FORMAT),
                Arguments.of("baseline.dcm", FrameDecoders.JPEG_BASELINE, JdkBaselineCrossCheckTest.colourStream(),
                        new FrameFormat(24, 40, 3, 8, 8, false)),
                Arguments.of("restarts.dcm", FrameDecoders.JPEG_LOSSLESS,
                        LosslessRoundTripTest.encode(lossless, 31, 27, 1, 16, 6, 10),
                        new FrameFormat(31, 27, 1, 16, 16, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void truncationsAndByteFlipsGiveOnlyInvalidInput(String source, String syntax, byte[] stream, FrameFormat format) {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            int failures = 0;
            int step = Math.max(1, stream.length / 150);
            for (int length = 0; length < stream.length; length += length < 64 ? 1 : step) {
                failures += attempt(source, syntax, Arrays.copyOf(stream, length), format);
            }
            Random random = new Random(20240611L + stream.length);
            for (int i = 0; i < 400; i++) {
                byte[] corrupt = stream.clone();
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    // half of the flips in the first 200 bytes, where the headers are
                    int at = random.nextBoolean() ? random.nextInt(Math.min(200, corrupt.length))
                            : random.nextInt(corrupt.length);
                    corrupt[at] = (byte) random.nextInt(256);
                }
                failures += attempt(source, syntax, corrupt, format);
            }
            assertTrue(failures > 50, "most damaged streams should be refused; refused " + failures);
        });
    }

    /** 1 when the decoder refused the stream properly, 0 when it decoded a frame of the right size. */
    private static int attempt(String source, String syntax, byte[] data, FrameFormat format) {
        try {
            DecodedFrame frame = FrameDecoders.decode(syntax, data, format, source);
            assertEquals(format.rows() * format.columns() * format.samplesPerPixel(), frame.samples().length);
            return 0;
        } catch (InvalidInputException e) {
            assertTrue(e.getMessage().startsWith(source + ": "), e.getMessage());
            return 1;
        } catch (RuntimeException | Error e) {
            if (e instanceof org.opentest4j.AssertionFailedError) {
                throw e;
            }
            fail("decoding a damaged " + source + " (" + data.length + " bytes) threw " + e, e);
            return 0;
        }
    }
}
