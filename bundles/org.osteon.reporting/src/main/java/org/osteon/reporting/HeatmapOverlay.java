package org.osteon.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A class-activation heat map (Grad-CAM) over a grey radiograph, written as an RGB PNG: each pixel is
 * {@code (1 - alpha) * grey + alpha * jet(heat)}, per channel, rounded. Grey and heat values are in [0, 1]
 * (clamped); a heat map smaller than the image (a network's 7 x 7 grid) is first resized bilinearly with
 * pixel centres aligned (as OpenCV's {@code resize}).
 * <p>
 * The colour map is matplotlib's {@code jet} (its piecewise-linear segment data): 0 is dark blue (0, 0, 128),
 * 1 is dark red (128, 0, 0).
 */
public final class HeatmapOverlay {

    /** The usual Grad-CAM blend: half radiograph, half heat colour. */
    public static final double DEFAULT_ALPHA = 0.5;

    // matplotlib _jet_data: (x, value) knots per channel
    private static final double[][] RED = {{0, 0}, {0.35, 0}, {0.66, 1}, {0.89, 1}, {1, 0.5}};
    private static final double[][] GREEN = {{0, 0}, {0.125, 0}, {0.375, 1}, {0.64, 1}, {0.91, 0}, {1, 0}};
    private static final double[][] BLUE = {{0, 0.5}, {0.11, 1}, {0.34, 1}, {0.65, 0}, {1, 0}};

    private HeatmapOverlay() {
    }

    /** The jet colour of {@code v} in [0, 1] (clamped) as {r, g, b} in 0..255. */
    public static int[] jet(double v) {
        double t = Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
        return new int[] {channel(RED, t), channel(GREEN, t), channel(BLUE, t)};
    }

    /**
     * The overlay of {@code heat} (heatWidth x heatHeight, row-major) on {@code grey} (width x height,
     * row-major).
     */
    public static BufferedImage render(float[] grey, int width, int height, float[] heat, int heatWidth,
            int heatHeight, double alpha) {
        if (grey.length != (long) width * height) {
            throw new IllegalArgumentException("grey image of " + width + " x " + height + " needs "
                    + (long) width * height + " values, got " + grey.length);
        }
        if (heat.length != (long) heatWidth * heatHeight) {
            throw new IllegalArgumentException("heat map of " + heatWidth + " x " + heatHeight + " needs "
                    + (long) heatWidth * heatHeight + " values, got " + heat.length);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("overlay alpha must be in [0, 1], got " + alpha);
        }
        float[] h = heatWidth == width && heatHeight == height ? heat
                : resize(heat, heatWidth, heatHeight, width, height);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double g = 255 * clamp(grey[i]);
                int[] c = jet(h[i]);
                int r = (int) Math.round((1 - alpha) * g + alpha * c[0]);
                int gr = (int) Math.round((1 - alpha) * g + alpha * c[1]);
                int b = (int) Math.round((1 - alpha) * g + alpha * c[2]);
                out.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return out;
    }

    /**
     * Writes {@link #render} as a PNG file (media type {@code image/png}) whose embedded caption the report
     * shows (see {@link PngFigure}), e.g. "Grad-CAM of study 11185, p(abnormal) = 0.83".
     */
    public static void writePng(float[] grey, int width, int height, float[] heat, int heatWidth, int heatHeight,
            double alpha, String caption, Path file) throws IOException {
        PngFigure.write(render(grey, width, height, heat, heatWidth, heatHeight, alpha), caption, file);
    }

    private static double clamp(float v) {
        return Float.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static int channel(double[][] knots, double t) {
        for (int k = 1; k < knots.length; k++) {
            if (t <= knots[k][0]) {
                double f = (t - knots[k - 1][0]) / (knots[k][0] - knots[k - 1][0]);
                return (int) Math.round(255 * (knots[k - 1][1] + f * (knots[k][1] - knots[k - 1][1])));
            }
        }
        return (int) Math.round(255 * knots[knots.length - 1][1]);
    }

    /**
     * Bilinear resize of {@code src} (sw x sh, row-major) to dw x dh, with pixel centres aligned and edges
     * clamped (OpenCV INTER_LINEAR).
     */
    public static float[] resize(float[] src, int sw, int sh, int dw, int dh) {
        float[] out = new float[dw * dh];
        double sx = (double) sw / dw;
        double sy = (double) sh / dh;
        for (int y = 0; y < dh; y++) {
            double fy = Math.max(0, Math.min(sh - 1, (y + 0.5) * sy - 0.5));
            int y0 = (int) Math.floor(fy);
            int y1 = Math.min(sh - 1, y0 + 1);
            double wy = fy - y0;
            for (int x = 0; x < dw; x++) {
                double fx = Math.max(0, Math.min(sw - 1, (x + 0.5) * sx - 0.5));
                int x0 = (int) Math.floor(fx);
                int x1 = Math.min(sw - 1, x0 + 1);
                double wx = fx - x0;
                double top = src[y0 * sw + x0] * (1 - wx) + src[y0 * sw + x1] * wx;
                double bottom = src[y1 * sw + x0] * (1 - wx) + src[y1 * sw + x1] * wx;
                out[y * dw + x] = (float) (top * (1 - wy) + bottom * wy);
            }
        }
        return out;
    }
}
