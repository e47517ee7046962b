package org.osteon.io.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.io.internal.dicom.codec.FrameDecoders;
import org.osteon.io.internal.dicom.codec.FrameFormat;

/**
 * Lossless JPEG beyond the one real file (predictor 1, 8 bit, no restarts): streams made by a small
 * encoder written here from T.81 Annex H (every predictor, 12 and 16 bit, restart intervals that end inside
 * and at the end of lines, several components, differences of category 16) must decode to the same samples.
 */
class LosslessRoundTripTest {

    @ParameterizedTest(name = "predictor {0}, {1} bit, {2} components, restart every {3}")
    @CsvSource({"1, 16, 1, 0", "2, 16, 1, 0", "3, 16, 1, 0", "4, 16, 1, 0", "5, 16, 1, 0", "6, 16, 1, 0",
            "7, 16, 1, 0", "1, 12, 1, 0", "7, 12, 3, 0", "4, 16, 1, 23", "6, 16, 1, 7", "5, 12, 3, 46",
            "2, 8, 3, 5", "7, 16, 1, 1"})
    void roundTrip(int predictor, int precision, int components, int restart) {
        int rows = 19;
        int columns = 23;
        int[] samples = new int[rows * columns * components];
        Random random = new Random(predictor * 31L + precision * 7L + components + restart);
        for (int i = 0; i < samples.length; i++) {
            int pixel = i / components;
            int smooth = (pixel % columns) * 37 + (pixel / columns) * 91;
            // every fifth sample random over the full range, so that category 16 (difference 32768) occurs
            samples[i] = (random.nextInt(5) == 0 ? random.nextInt(1 << precision) : smooth) & ((1 << precision) - 1);
        }
        byte[] stream = encode(samples, rows, columns, components, precision, predictor, restart);
        int[] decoded = FrameDecoders.decode(FrameDecoders.JPEG_LOSSLESS, stream,
                new FrameFormat(rows, columns, components, 16, precision, false), "lossless.dcm").samples();
        assertArrayEquals(samples, decoded);
    }

    /** A lossless JPEG stream (SOF3, one interleaved scan, all categories coded with 5-bit Huffman codes). */
    static byte[] encode(int[] samples, int rows, int columns, int components, int precision, int predictor,
            int restart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        segment(out, 0xC3, new int[] {precision, rows >> 8, rows & 255, columns >> 8, columns & 255, components},
                components);
        int[] dht = new int[1 + 16 + 17];
        dht[0] = 0x00;
        dht[5] = 17; // 17 codes of length 5: categories 0 to 16
        for (int s = 0; s <= 16; s++) {
            dht[17 + s] = s;
        }
        segment(out, 0xC4, dht, 0);
        if (restart > 0) {
            segment(out, 0xDD, new int[] {restart >> 8, restart & 255}, 0);
        }
        int[] sos = new int[1 + 2 * components + 3];
        sos[0] = components;
        for (int c = 0; c < components; c++) {
            sos[1 + 2 * c] = c + 1;
            sos[2 + 2 * c] = 0;
        }
        sos[1 + 2 * components] = predictor;
        segment(out, 0xDA, sos, 0);
        BitWriter bits = new BitWriter(out);
        int initial = 1 << (precision - 1);
        int startRow = 0;
        int startCol = 0;
        int todo = restart;
        int marker = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                if (restart > 0) {
                    if (todo == 0) {
                        bits.flush();
                        out.write(0xFF);
                        out.write(0xD0 + (marker++ & 7));
                        todo = restart;
                        startRow = y;
                        startCol = x;
                    }
                    todo--;
                }
                for (int c = 0; c < components; c++) {
                    int i = (y * columns + x) * components + c;
                    int stride = columns * components;
                    int prediction;
                    if (y == startRow) {
                        prediction = x == startCol ? initial : samples[i - components];
                    } else if (x == 0) {
                        prediction = samples[i - stride];
                    } else {
                        int ra = samples[i - components];
                        int rb = samples[i - stride];
                        int rc = samples[i - stride - components];
                        prediction = switch (predictor) {
                            case 1 -> ra;
                            case 2 -> rb;
                            case 3 -> rc;
                            case 4 -> ra + rb - rc;
                            case 5 -> ra + ((rb - rc) >> 1);
                            case 6 -> rb + ((ra - rc) >> 1);
                            default -> (ra + rb) >> 1;
                        };
                    }
                    int d = (samples[i] - prediction) & 0xFFFF;
                    if (d > 32768) {
                        d -= 65536;
                    }
                    if (d == 32768) {
                        bits.write(16, 5);
                        continue;
                    }
                    int category = 32 - Integer.numberOfLeadingZeros(Math.abs(d));
                    bits.write(category, 5);
                    if (category > 0) {
                        bits.write(d >= 0 ? d : d + (1 << category) - 1, category);
                    }
                }
            }
        }
        bits.flush();
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, int[] body, int frameComponents) {
        int length = 2 + body.length + 3 * frameComponents;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 255);
        for (int b : body) {
            out.write(b);
        }
        for (int c = 0; c < frameComponents; c++) {
            out.write(c + 1);
            out.write(0x11);
            out.write(0);
        }
    }

    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private int buffer;
        private int count;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int length) {
            for (int i = length - 1; i >= 0; i--) {
                buffer = (buffer << 1) | ((value >> i) & 1);
                if (++count == 8) {
                    emit();
                }
            }
        }

        /** Pads the last byte with 1 bits (T.81 F.1.2.3). */
        void flush() {
            while (count != 0) {
                write(1, 1);
            }
        }

        private void emit() {
            out.write(buffer);
            if (buffer == 0xFF) {
                out.write(0);
            }
            buffer = 0;
            count = 0;
        }
    }
}
