package org.osteon.dl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.testing.dl.ScopedTest;

/**
 * 3x3 convolutions (padding 1) of many input widths against a plain double-precision loop. libtorch 2.7.1's CPU
 * convolution is wrong by O(1) on AVX-512 machines when more than 16 input channels are not a multiple of 16
 * (20, 24, 28, 36, 40, 56, 72 at 32 to 128 pixels; KNEEL's blocks have 24); Tensor.conv pads such inputs with
 * zero channels, and this test keeps it honest.
 */
class ConvShapesTest extends ScopedTest {

    @ParameterizedTest
    @CsvSource({"24,24,64", "24,12,64", "24,48,64", "48,24,64", "20,16,64", "28,16,32", "40,16,64", "72,16,32", "96,16,64", "12,16,64", "3,24,64"})
    void convolutionEqualsTheDefinition(int cin, int cout, int size) {
        SplittableRandom r = new SplittableRandom(cin * 1000L + cout * 10L + size);
        float[] x = new float[cin * size * size];
        float[] w = new float[cout * cin * 9];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (r.nextGaussian() / Math.sqrt(cin * 9.0));
        }
        Tensor out = Tensor.fromFloatArray(scope, x, 1, cin, size, size).conv(
                Tensor.fromFloatArray(scope, w, cout, cin, 3, 3), new long[] {1, 1}, new long[] {1, 1},
                new long[] {1, 1}, 1);
        float[] got = out.toFloatArray();
        double worst = 0;
        for (int o = 0; o < cout; o++) {
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    double s = 0;
                    for (int c = 0; c < cin; c++) {
                        for (int di = -1; di <= 1; di++) {
                            for (int dj = -1; dj <= 1; dj++) {
                                int y = i + di;
                                int xx = j + dj;
                                if (y >= 0 && y < size && xx >= 0 && xx < size) {
                                    s += (double) x[(c * size + y) * size + xx] * w[((o * cin + c) * 3 + di + 1) * 3 + dj + 1];
                                }
                            }
                        }
                    }
                    worst = Math.max(worst, Math.abs(s - got[(o * size + i) * size + j]));
                }
            }
        }
        assertTrue(worst < 1e-4, cin + "->" + cout + " at " + size + "x" + size + ": max abs error " + worst);
    }
}
