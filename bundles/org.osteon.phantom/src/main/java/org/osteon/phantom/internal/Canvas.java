package org.osteon.phantom.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

/**
 * A grey image being drawn, in float intensities 0..255, written as an 8-bit grey PNG with the JDK's own
 * PNG writer (javax.imageio), whose output depends only on the pixels, so the same pixels give the same bytes.
 */
public final class Canvas {

    private final int width;
    private final int height;
    private final float[] v;

    public Canvas(int width, int height, float background) {
        this.width = width;
        this.height = height;
        this.v = new float[width * height];
        java.util.Arrays.fill(v, background);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public float get(int x, int y) {
        return v[y * width + x];
    }

    public void set(int x, int y, float value) {
        v[y * width + x] = value;
    }

    /** Blends {@code value} into a pixel with weight {@code coverage} in [0, 1]. */
    public void blend(int x, int y, float value, double coverage) {
        if (coverage <= 0) {
            return;
        }
        int i = y * width + x;
        double c = Math.min(1, coverage);
        v[i] = (float) (v[i] * (1 - c) + value * c);
    }

    /**
     * Paints a capsule (a segment of half-width {@code radius} with round ends) with a one-pixel soft edge;
     * {@code value} is the intensity inside.
     */
    public void capsule(double x0, double y0, double x1, double y1, double radius, float value) {
        int minX = (int) Math.max(0, Math.floor(Math.min(x0, x1) - radius - 1));
        int maxX = (int) Math.min(width - 1, Math.ceil(Math.max(x0, x1) + radius + 1));
        int minY = (int) Math.max(0, Math.floor(Math.min(y0, y1) - radius - 1));
        int maxY = (int) Math.min(height - 1, Math.ceil(Math.max(y0, y1) + radius + 1));
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double d = segmentDistance(x, y, x0, y0, x1, y1);
                blend(x, y, value, radius + 0.5 - d);
            }
        }
    }

    /** Paints a disc with a one-pixel soft edge. */
    public void disc(double cx, double cy, double radius, float value) {
        capsule(cx, cy, cx, cy, radius, value);
    }

    /** Distance of point (px, py) from the segment (x0, y0)-(x1, y1). */
    public static double segmentDistance(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        return Math.hypot(px - x0 - t * dx, py - y0 - t * dy);
    }

    /** Adds Gaussian noise of standard deviation {@code sd}. */
    public void noise(SplittableRandom random, double sd) {
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (sd * gaussian(random));
        }
    }

    /** A standard normal deviate (Box-Muller; SplittableRandom has no nextGaussian on every Java release). */
    public static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Rounds and clamps to 0..255 and writes an 8-bit grey PNG (parent folders are created). */
    public void writePng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] bytes = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            bytes[i] = (byte) Math.max(0, Math.min(255, Math.round(v[i])));
        }
        image.getRaster().setDataElements(0, 0, width, height, bytes);
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("this Java runtime has no PNG writer (javax.imageio) to write " + file);
        }
    }
}
