package org.osteon.reporting;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A 2D binary segmentation drawn over its grey image, compared with the reference mask, in the colours of
 * {@link LabelSlices}' blending ({@code round((1 - alpha) * grey + alpha * colour)} per channel): pixels found
 * and in the reference (true positives) green, found but not in the reference (false positives) red, in the
 * reference but missed (false negatives) blue; other pixels grey. {@link #montage} puts panels side by side
 * and rows of panels one below the other on a black canvas, {@link LabelSlices#GAP} pixels apart.
 */
public final class MaskOverlay {

    public static final int[] TRUE_POSITIVE = {0, 200, 0};
    public static final int[] FALSE_POSITIVE = {255, 0, 0};
    public static final int[] FALSE_NEGATIVE = {0, 80, 255};

    private MaskOverlay() {
    }

    /**
     * One panel of {@code width x height} pixels, each drawn as a {@code scale x scale} block. {@code grey} is in
     * [0, 1] (clamped); {@code predicted} may be null (the reference alone, in green).
     */
    public static BufferedImage render(float[] grey, int width, int height, boolean[] predicted, boolean[] reference, double alpha,
            int scale) {
        int n = width * height;
        if (grey.length != n || reference.length != n || predicted != null && predicted.length != n) {
            throw new IllegalArgumentException("image, prediction and reference must have " + width + " x " + height + " pixels");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        BufferedImage out = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double g = 255 * Math.max(0, Math.min(1, Float.isNaN(grey[i]) ? 0 : grey[i]));
                boolean p = predicted == null ? reference[i] : predicted[i];
                int[] c = p && reference[i] ? TRUE_POSITIVE : p ? FALSE_POSITIVE : reference[i] ? FALSE_NEGATIVE : null;
                int rgb;
                if (c == null) {
                    int v = (int) Math.round(g);
                    rgb = v << 16 | v << 8 | v;
                } else {
                    rgb = blend(g, c[0], alpha) << 16 | blend(g, c[1], alpha) << 8 | blend(g, c[2], alpha);
                }
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        out.setRGB(x * scale + dx, y * scale + dy, rgb);
                    }
                }
            }
        }
        return out;
    }

    /** Rows of panels, each row left to right, on black. */
    public static BufferedImage montage(List<List<BufferedImage>> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a montage needs at least one row");
        }
        int width = 0;
        int height = 0;
        for (List<BufferedImage> row : rows) {
            int w = 0;
            int h = 0;
            for (BufferedImage p : row) {
                w += p.getWidth() + (w > 0 ? LabelSlices.GAP : 0);
                h = Math.max(h, p.getHeight());
            }
            width = Math.max(width, w);
            height += h + (height > 0 ? LabelSlices.GAP : 0);
        }
        BufferedImage out = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        int top = 0;
        for (List<BufferedImage> row : rows) {
            int left = 0;
            int h = 0;
            for (BufferedImage p : row) {
                out.getRaster().setRect(left, top, p.getRaster());
                left += p.getWidth() + LabelSlices.GAP;
                h = Math.max(h, p.getHeight());
            }
            top += h + LabelSlices.GAP;
        }
        return out;
    }

    private static int blend(double grey, int colour, double alpha) {
        return (int) Math.round((1 - alpha) * grey + alpha * colour);
    }
}
