package org.osteon.methods.kneel;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.methods.RadiographPreprocessing.Radiograph;

/**
 * A knee's landmarks drawn on its ROI, for the KNEEL step's report and {@code osteon predict}: the part of the
 * radiograph around the landmarks framed (the reference ones when given, else the predicted), enlarged, with the
 * reference landmarks as green and the predicted ones as red circles.
 * <p>
 * The frame: the landmarks' bounding box grown on every side by 35 % of its larger side plus 10 pixels (x0, y0
 * rounded down, x1, y1 up) and clipped to the image (at least one pixel, for landmarks found off the image); each
 * image pixel becomes {@code zoom x zoom} pixels with
 * {@code zoom = max(1, 384 / max(x1 - x0, y1 - y0))} (integer division), so the PNG is
 * {@code (x1 - x0) * zoom} x {@code (y1 - y0) * zoom} pixels.
 */
public final class KneeOverlay {

    public static final Color REFERENCE = new Color(40, 220, 60);
    public static final Color PREDICTED = new Color(240, 40, 40);

    private KneeOverlay() {
    }

    /** The overlay of one knee of radiograph {@code r} (landmarks in whole-image pixels). */
    public static BufferedImage draw(Radiograph r, Optional<Point[]> reference, Point[] predicted) {
        Point[] framed = reference.orElse(predicted);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : framed) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double margin = Math.max(maxX - minX, maxY - minY) * 0.35 + 10;
        int x0 = (int) Math.max(0, Math.floor(minX - margin));
        int y0 = (int) Math.max(0, Math.floor(minY - margin));
        int x1 = (int) Math.min(r.width(), Math.ceil(maxX + margin));
        int y1 = (int) Math.min(r.height(), Math.ceil(maxY + margin));
        // landmarks predicted off the image still get a frame of at least one pixel
        x0 = Math.min(x0, r.width() - 1);
        y0 = Math.min(y0, r.height() - 1);
        x1 = Math.max(x1, x0 + 1);
        y1 = Math.max(y1, y0 + 1);
        int zoom = Math.max(1, 384 / Math.max(1, Math.max(x1 - x0, y1 - y0)));
        BufferedImage img = new BufferedImage((x1 - x0) * zoom, (y1 - y0) * zoom, BufferedImage.TYPE_INT_RGB);
        float[] unit = r.unit();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int g = Math.round(unit[y * r.width() + x] * 255);
                int rgb = (g << 16) | (g << 8) | g;
                for (int dy = 0; dy < zoom; dy++) {
                    for (int dx = 0; dx < zoom; dx++) {
                        img.setRGB((x - x0) * zoom + dx, (y - y0) * zoom + dy, rgb);
                    }
                }
            }
        }
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < predicted.length; i++) {
            if (reference.isPresent()) {
                dot(g, reference.get()[i], x0, y0, zoom, REFERENCE);
            }
            dot(g, predicted[i], x0, y0, zoom, PREDICTED);
        }
        g.dispose();
        return img;
    }

    private static void dot(Graphics2D g, Point p, int x0, int y0, int zoom, Color c) {
        g.setColor(c);
        double x = (p.x() - x0 + 0.5) * zoom;
        double y = (p.y() - y0 + 0.5) * zoom;
        g.drawOval((int) Math.round(x - 3), (int) Math.round(y - 3), 6, 6);
    }
}
