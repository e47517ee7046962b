package org.osteon.methods.kneel;

import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;

/**
 * A square window of {@code size} x {@code size} pixels sampled from a whole radiograph at another pixel spacing,
 * optionally mirrored left-right: window pixel (u, v) lies at image pixel
 * ({@code x0 + u * step} or, mirrored, {@code x0 - u * step}, {@code y0 + v * step}), where {@code step} is the
 * window's spacing over the image's. It is the one geometry of the KNEEL method: a half radiograph at the ROI
 * spacing, a knee ROI at the landmark spacing, the left knee mirrored so that both knees look alike, and back
 * from window to whole-image pixels for the predictions.
 *
 * @param x0       image x of window pixel (0, 0)
 * @param y0       image y of window pixel (0, 0)
 * @param step     image pixels per window pixel (window spacing / image spacing)
 * @param mirrored whether the window's x runs against the image's x
 * @param size     window width and height in pixels
 */
public record KneeWindow(double x0, double y0, double step, boolean mirrored, int size) {

    public KneeWindow {
        if (!(step > 0) || Double.isInfinite(step) || size < 1) {
            throw new IllegalArgumentException("a window needs a positive step and size, got " + step + " and " + size);
        }
    }

    /**
     * The window of {@code size} pixels at spacing {@code windowSpacing} (mm) whose centre (pixel (size - 1) / 2)
     * lies on image pixel (cx, cy) of an image with spacing {@code imageSpacing}.
     */
    public static KneeWindow centred(double cx, double cy, double imageSpacing, double windowSpacing, int size, boolean mirrored) {
        double step = windowSpacing / imageSpacing;
        double half = (size - 1) / 2.0 * step;
        return new KneeWindow(mirrored ? cx + half : cx - half, cy - half, step, mirrored, size);
    }

    /** Window pixel (u, v) in image pixels. */
    public Point toImage(double u, double v) {
        return new Point(mirrored ? x0 - u * step : x0 + u * step, y0 + v * step);
    }

    /** Image pixel (x, y) in window pixels. */
    public Point toWindow(double x, double y) {
        return new Point(mirrored ? (x0 - x) / step : (x - x0) / step, (y - y0) / step);
    }

    public Landmarks toWindow(Landmarks image) {
        return image.map(p -> toWindow(p.x(), p.y()));
    }

    public Landmarks toImage(Landmarks window) {
        return window.map(p -> toImage(p.x(), p.y()));
    }

    /**
     * The window's pixels from a grey image (row-major, {@code width} x {@code height}): bilinear, 0 outside the
     * image; when the window is coarser than the image (step &gt; 1) each pixel averages ceil(step) x ceil(step)
     * bilinear samples spread over its footprint, so that shrinking does not alias.
     */
    public float[] sample(float[] grey, int width, int height) {
        int k = step > 1 ? (int) Math.ceil(step) : 1;
        float[] out = new float[size * size];
        for (int v = 0; v < size; v++) {
            for (int u = 0; u < size; u++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    for (int i = 0; i < k; i++) {
                        double du = k == 1 ? 0 : (i + 0.5) / k - 0.5;
                        double dv = k == 1 ? 0 : (j + 0.5) / k - 0.5;
                        Point p = toImage(u + du, v + dv);
                        sum += bilinear(grey, width, height, p.x(), p.y());
                    }
                }
                out[v * size + u] = (float) (sum / (k * k));
            }
        }
        return out;
    }

    static double bilinear(float[] grey, int width, int height, double x, double y) {
        int xa = (int) Math.floor(x);
        int ya = (int) Math.floor(y);
        double fx = x - xa;
        double fy = y - ya;
        return (1 - fx) * (1 - fy) * at(grey, width, height, xa, ya) + fx * (1 - fy) * at(grey, width, height, xa + 1, ya)
                + (1 - fx) * fy * at(grey, width, height, xa, ya + 1) + fx * fy * at(grey, width, height, xa + 1, ya + 1);
    }

    private static float at(float[] grey, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : grey[y * width + x];
    }
}
