package org.osteon.preprocess.internal;

import org.osteon.core.InvalidInputException;
import org.osteon.preprocess.Clahe;
import org.osteon.preprocess.Image2D;

/**
 * 8-bit sRGB to CIE L*a*b* (D65) and back in OpenCV's 8-bit encoding (L scaled to 0..255, a and b offset by
 * 128). The forward conversion is OpenCV's fixed-point one ({@code COLOR_RGB2LAB} on 8-bit images: sRGB gamma
 * table scaled by 2^3, XYZ coefficients scaled by 2^12, cube-root table scaled by 2^15, integer rounding shifts),
 * so the L plane that CLAHE equalises is OpenCV's value for value (a and b differ by one on about 0.01 % of
colours, where OpenCV's soft-float cube root rounds differently). The way back is computed in double precision;
 * OpenCV's own 8-bit {@code COLOR_LAB2RGB} uses integer tables, so a colour can differ from OpenCV's by a level
 * or two.
 */
public final class LabColor {

    private static final double XN = 0.950456;
    private static final double ZN = 1.088754;

    private static final int GAMMA_SHIFT = 3;
    private static final int LAB_SHIFT = 12;
    private static final int LAB_SHIFT2 = LAB_SHIFT + GAMMA_SHIFT;
    private static final int[] GAMMA_B = new int[256];
    private static final int[] CBRT_B = new int[256 * 3 / 2 * (1 << GAMMA_SHIFT)];
    private static final int[] COEFFS = new int[9];

    static {
        for (int i = 0; i < 256; i++) {
            double x = i / 255.0;
            GAMMA_B[i] = (int) Math.rint(255 * (1 << GAMMA_SHIFT) * (x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4)));
        }
        // OpenCV builds this table in single-precision soft float (its own cube root): the argument and the
        // linear part are float here, the cube root double; this matches its L everywhere on a 52^3 colour
        // cube, and a or b differ by one on 13 of those 140608 colours
        float cbScale = 1f / (255f * (1 << GAMMA_SHIFT));
        for (int i = 0; i < CBRT_B.length; i++) {
            float x = cbScale * i;
            double f = x < 0.008856f ? Math.fma(x, 7.787f, 16f / 116f) : Math.cbrt(x);
            CBRT_B[i] = (int) Math.rint((1 << LAB_SHIFT2) * f);
        }
        double[] m = {0.412453, 0.357580, 0.180423, 0.212671, 0.715160, 0.072169, 0.019334, 0.119193, 0.950227};
        double[] white = {XN, 1, ZN};
        for (int i = 0; i < 9; i++) {
            COEFFS[i] = (int) Math.rint((1 << LAB_SHIFT) * m[i] / white[i / 3]);
        }
    }

    private LabColor() {
    }

    private static int descale(int x, int n) {
        return (x + (1 << (n - 1))) >> n;
    }

    private static int saturate8(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static int byteValue(float v) {
        if (!(v >= 0 && v <= 255 && v == Math.rint(v))) {
            throw new InvalidInputException("CLAHE of a colour image needs integer RGB values 0..255, got " + v);
        }
        return (int) v;
    }

    /** OpenCV's 8-bit RGB to LAB: {L, a, b} each 0..255. */
    public static int[] toLab8(int r8, int g8, int b8) {
        int r = GAMMA_B[r8];
        int g = GAMMA_B[g8];
        int b = GAMMA_B[b8];
        int fx = CBRT_B[descale(r * COEFFS[0] + g * COEFFS[1] + b * COEFFS[2], LAB_SHIFT)];
        int fy = CBRT_B[descale(r * COEFFS[3] + g * COEFFS[4] + b * COEFFS[5], LAB_SHIFT)];
        int fz = CBRT_B[descale(r * COEFFS[6] + g * COEFFS[7] + b * COEFFS[8], LAB_SHIFT)];
        int lScale = (116 * 255 + 50) / 100;
        int lShift = -((16 * 255 * (1 << LAB_SHIFT2) + 50) / 100);
        return new int[] {saturate8(descale(lScale * fy + lShift, LAB_SHIFT2)),
                saturate8(descale(500 * (fx - fy) + 128 * (1 << LAB_SHIFT2), LAB_SHIFT2)),
                saturate8(descale(200 * (fy - fz) + 128 * (1 << LAB_SHIFT2), LAB_SHIFT2))};
    }

    static Image2D equaliseLightness(Image2D rgb, Clahe clahe) {
        int n = rgb.width() * rgb.height();
        float[] d = rgb.data();
        int[] l = new int[n];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            int[] lab = toLab8(byteValue(d[3 * i]), byteValue(d[3 * i + 1]), byteValue(d[3 * i + 2]));
            l[i] = lab[0];
            a[i] = lab[1];
            b[i] = lab[2];
        }
        int[] eq = clahe.apply(l, rgb.width(), rgb.height(), 8);
        float[] out = new float[3 * n];
        for (int i = 0; i < n; i++) {
            double[] c = toRgb(eq[i] * 100.0 / 255, a[i] - 128, b[i] - 128);
            for (int k = 0; k < 3; k++) {
                out[3 * i + k] = (float) Math.max(0, Math.min(255, Math.rint(c[k] * 255)));
            }
        }
        return new Image2D(rgb.width(), rgb.height(), 3, out);
    }

    static double[] toRgb(double l, double a, double b) {
        double fy = (l + 16) / 116;
        double y = l > 903.3 * 0.008856 ? fy * fy * fy : l / 903.3;
        fy = y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16.0 / 116;
        double fx = fy + a / 500;
        double fz = fy - b / 200;
        double x = inv(fx) * XN;
        double z = inv(fz) * ZN;
        double[] lin = {3.240479 * x - 1.53715 * y - 0.498535 * z, -0.969256 * x + 1.875991 * y + 0.041556 * z,
                0.055648 * x - 0.204043 * y + 1.057311 * z};
        for (int k = 0; k < 3; k++) {
            double v = Math.max(0, Math.min(1, lin[k]));
            lin[k] = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
        }
        return lin;
    }

    private static double inv(double t) {
        return t > 0.206893 ? t * t * t : (t - 16.0 / 116) / 7.787;
    }
}
