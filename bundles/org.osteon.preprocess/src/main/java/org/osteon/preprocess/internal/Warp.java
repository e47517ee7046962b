package org.osteon.preprocess.internal;

import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Landmarks;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.MatrixTransform.Canvas;
import org.osteon.preprocess.MatrixTransform.Placement;

/**
 * Resampling of a sample through a projective map (3 x 3 matrix, row-major) from input pixel coordinates to
 * output pixel coordinates, pixel centres at integer coordinates as {@link Landmarks} defines them. The image is
 * sampled bilinearly (0 outside), the mask with nearest neighbour (so labels stay labels) and the landmarks are
 * mapped forward by the same matrix, so a landmark on a feature stays on it.
 */
public final class Warp {

    private Warp() {
    }

    /** The sample mapped by {@code forward} onto an output grid of {@code width} x {@code height}. */
    public static ImageSample apply(ImageSample s, double[] forward, int width, int height) {
        return window(s, forward, width, height, 0, 0, width, height);
    }

    /**
     * The window of {@code width} x {@code height} pixels whose top-left pixel is (x0, y0) of the output grid of
     * {@code forward} ({@code gridWidth} x {@code gridHeight}): the same pixels as mapping onto the whole grid and
     * cropping, 0 outside the grid; landmarks mapped and shifted by (-x0, -y0).
     */
    public static ImageSample window(ImageSample s, double[] forward, int gridWidth, int gridHeight, int x0, int y0, int width, int height) {
        double[] inv = invert(forward);
        int[] grid = {gridWidth, gridHeight, x0, y0};
        Image2D image = sample(s.image(), inv, grid, width, height, false);
        Optional<Image2D> mask = s.mask().map(m -> sample(m, inv, grid, width, height, true));
        Optional<Landmarks> points = s.landmarks().map(l -> l.map(p -> {
            double[] q = map(forward, p.x(), p.y());
            return new Landmarks.Point(q[0] - x0, q[1] - y0);
        }));
        return new ImageSample(image, s.spacing(), mask, points);
    }

    /** The sample mapped by a matrix about the centre (see {@link Canvas}) onto the canvas's grid. */
    public static ImageSample applyCentred(ImageSample s, double[] centred, Canvas canvas) {
        return frame(centred, s.image().width(), s.image().height(), canvas).apply(s);
    }

    /** A matrix about the centre of a width x height image in pixel coordinates, with its output grid. */
    public static Placement frame(double[] centred, int width, int height, Canvas canvas) {
        if (canvas == Canvas.SAME) {
            double cx = (width - 1) / 2.0;
            double cy = (height - 1) / 2.0;
            double[] m = multiply(multiply(new double[] {1, 0, cx, 0, 1, cy, 0, 0, 1}, centred), new double[] {1, 0, -cx, 0, 1, -cy, 0, 0, 1});
            return new Placement(m, width, height);
        }
        return fit(centred, width, height);
    }

    /** solt 0.1.8's MatrixTransform.correct_for_frame_change, step by step. */
    private static Placement fit(double[] centred, int width, int height) {
        int ox = (width - 1) / 2;
        int oy = (height - 1) / 2;
        double[] m = multiply(multiply(new double[] {1, 0, ox, 0, 1, oy, 0, 0, 1}, centred), new double[] {1, 0, -ox, 0, 1, -oy, 0, 0, 1});
        double[][] corners = {{0, 0}, {0, height}, {width, height}, {width, 0}};
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int i = 0; i < 4; i++) {
            double[] q = map(m, corners[i][0], corners[i][1]);
            xs[i] = q[0];
            ys[i] = q[1];
        }
        int w = (int) Math.rint(max(xs) - min(xs));
        int h = (int) Math.rint(max(ys) - min(ys));
        // solt adds the shift to the translation entries only: for a projective matrix that is not a translation
        m[2] += w / 2 - ox;
        m[5] += h / 2 - oy;
        return new Placement(m, Math.max(1, w), Math.max(1, h));
    }

    private static double max(double[] v) {
        return Math.max(Math.max(v[0], v[1]), Math.max(v[2], v[3]));
    }

    private static double min(double[] v) {
        return Math.min(Math.min(v[0], v[1]), Math.min(v[2], v[3]));
    }

    /** (x, y) mapped by a 3 x 3 matrix with the perspective division. */
    public static double[] map(double[] m, double x, double y) {
        double w = m[6] * x + m[7] * y + m[8];
        return new double[] {(m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w};
    }

    /** grid: the output grid's width and height and the window's offset in it. */
    private static Image2D sample(Image2D src, double[] inv, int[] grid, int width, int height, boolean nearest) {
        int c = src.channels();
        float[] out = new float[width * height * c];
        int sw = src.width();
        int sh = src.height();
        float[] d = src.data();
        for (int wv = 0; wv < height; wv++) {
            int v = wv + grid[3];
            for (int wu = 0; wu < width; wu++) {
                int u = wu + grid[2];
                if (u < 0 || v < 0 || u >= grid[0] || v >= grid[1]) {
                    continue;
                }
                double w = inv[6] * u + inv[7] * v + inv[8];
                double x = (inv[0] * u + inv[1] * v + inv[2]) / w;
                double y = (inv[3] * u + inv[4] * v + inv[5]) / w;
                int o = (wv * width + wu) * c;
                if (nearest) {
                    long xi = Math.round(x);
                    long yi = Math.round(y);
                    if (xi >= 0 && yi >= 0 && xi < sw && yi < sh) {
                        for (int k = 0; k < c; k++) {
                            out[o + k] = d[(int) ((yi * sw + xi) * c + k)];
                        }
                    }
                    continue;
                }
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                double fx = x - x0;
                double fy = y - y0;
                for (int k = 0; k < c; k++) {
                    double a = at(d, sw, sh, c, x0, y0, k);
                    double b = at(d, sw, sh, c, x0 + 1, y0, k);
                    double e = at(d, sw, sh, c, x0, y0 + 1, k);
                    double f = at(d, sw, sh, c, x0 + 1, y0 + 1, k);
                    out[o + k] = (float) ((a * (1 - fx) + b * fx) * (1 - fy) + (e * (1 - fx) + f * fx) * fy);
                }
            }
        }
        return new Image2D(width, height, c, out);
    }

    private static double at(float[] d, int w, int h, int c, int x, int y, int k) {
        return x < 0 || y < 0 || x >= w || y >= h ? 0 : d[(y * w + x) * c + k];
    }

    /** Inverse of a 3 x 3 matrix; a singular map is the user's parameter error. */
    public static double[] invert(double[] m) {
        double a = m[4] * m[8] - m[5] * m[7];
        double b = m[5] * m[6] - m[3] * m[8];
        double c = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * a + m[1] * b + m[2] * c;
        if (!(Math.abs(det) > 1e-12)) {
            throw new InvalidInputException("the geometric transform is singular (determinant " + det
                    + "): expected a non-zero scale");
        }
        return new double[] {a / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
                b / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
                c / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }

    /** a * b for 3 x 3 matrices. */
    public static double[] multiply(double[] a, double[] b) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
            }
        }
        return r;
    }

    /**
     * The affine map about the image centre: rotation by {@code degrees} (counter-clockwise as seen on screen,
     * where y points down), scale, shear (x by y) and a translation in pixels.
     */
    public static double[] affineAboutCentre(int width, int height, double degrees, double scaleX, double scaleY,
            double shear, double tx, double ty) {
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        double t = Math.toRadians(degrees);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        double[] toOrigin = {1, 0, -cx, 0, 1, -cy, 0, 0, 1};
        double[] linear = multiply(new double[] {cos, sin, 0, -sin, cos, 0, 0, 0, 1},
                multiply(new double[] {1, shear, 0, 0, 1, 0, 0, 0, 1}, new double[] {scaleX, 0, 0, 0, scaleY, 0, 0, 0, 1}));
        double[] back = {1, 0, cx + tx, 0, 1, cy + ty, 0, 0, 1};
        return multiply(back, multiply(linear, toOrigin));
    }

    /** The projective map taking the four points {@code src} (x0, y0, ... x3, y3) to {@code dst}. */
    public static double[] fourPoint(double[] src, double[] dst) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = src[2 * i];
            double y = src[2 * i + 1];
            double u = dst[2 * i];
            double v = dst[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k < 9; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] h = new double[9];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        h[8] = 1;
        return h;
    }
}
