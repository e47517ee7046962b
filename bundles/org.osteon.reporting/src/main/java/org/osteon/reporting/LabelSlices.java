package org.osteon.reporting;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;

/**
 * The middle axial, coronal and sagittal slices of a CT with its label map blended in colour, side by side
 * in one RGB PNG, as the knee-CT method shows its segmentation (femur red, tibia green).
 * <p>
 * Layout: panels left to right, axial (z = nz / 2; x to the right, y up), coronal (y = ny / 2; x to the
 * right, z up) and sagittal (x = nx / 2; y to the right, z up), separated by {@link #GAP} black columns,
 * at the top of a black canvas. Panels are in index space (direction cosines are not applied), resampled by
 * nearest neighbour to square pixels of {@code pixel} mm: the smallest voxel spacing, enlarged so that no
 * panel side exceeds {@link #MAX_SIDE} pixels. Grey is the volume windowed linearly to 0..255; a labelled
 * pixel is {@code round((1 - alpha) * grey + alpha * colour)} per channel.
 */
public final class LabelSlices {

    /** Femur red, tibia green: the knee pipeline's labels 1 and 2. */
    public static final Map<Integer, int[]> KNEE_COLOURS = Map.of(1, new int[] {255, 0, 0}, 2, new int[] {0, 255, 0});

    public static final double DEFAULT_ALPHA = 0.5;

    /** Black columns between panels. */
    public static final int GAP = 8;

    /** The largest panel side in pixels. */
    public static final int MAX_SIDE = 512;

    private LabelSlices() {
    }

    /** Pixel size in mm of the panels of {@code size} with {@code spacing}. */
    public static double pixelSize(GridSize size, double[] spacing) {
        double pixel = Math.min(spacing[0], Math.min(spacing[1], spacing[2]));
        double extent = Math.max(size.nx() * spacing[0], Math.max(size.ny() * spacing[1], size.nz() * spacing[2]));
        return Math.max(pixel, extent / MAX_SIDE);
    }

    public static BufferedImage render(Volume volume, LabelMap labels, double windowLow, double windowHigh,
            Map<Integer, int[]> colours, double alpha) {
        GridSize n = volume.size();
        if (!n.equals(labels.size())) {
            throw new IllegalArgumentException("label map of size " + labels.size() + " does not match the volume's "
                    + n);
        }
        if (!(windowHigh > windowLow)) {
            throw new IllegalArgumentException("window " + windowLow + ".." + windowHigh + " is empty");
        }
        double[] sp = volume.geometry().spacing();
        double pixel = pixelSize(n, sp);
        // panel k shows index axes (h[k], v[k]) with the other axis fixed at its middle
        int[][] axes = {{0, 1, 2}, {0, 2, 1}, {1, 2, 0}};
        int[] sizes = {n.nx(), n.ny(), n.nz()};
        int[] w = new int[3];
        int[] h = new int[3];
        int width = 0;
        int height = 0;
        for (int k = 0; k < 3; k++) {
            w[k] = Math.max(1, (int) Math.round(sizes[axes[k][0]] * sp[axes[k][0]] / pixel));
            h[k] = Math.max(1, (int) Math.round(sizes[axes[k][1]] * sp[axes[k][1]] / pixel));
            width += w[k] + (k > 0 ? GAP : 0);
            height = Math.max(height, h[k]);
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int left = 0;
        for (int k = 0; k < 3; k++) {
            int ha = axes[k][0];
            int va = axes[k][1];
            int fixed = axes[k][2];
            int[] index = new int[3];
            index[fixed] = sizes[fixed] / 2;
            for (int py = 0; py < h[k]; py++) {
                // vertical axis points up: the top row is the largest index
                index[va] = sizes[va] - 1 - Math.min(sizes[va] - 1, (int) ((py + 0.5) * pixel / sp[va]));
                for (int px = 0; px < w[k]; px++) {
                    index[ha] = Math.min(sizes[ha] - 1, (int) ((px + 0.5) * pixel / sp[ha]));
                    int i = n.index(index[0], index[1], index[2]);
                    double g = 255 * Math.max(0, Math.min(1, (volume.data()[i] - windowLow) / (windowHigh - windowLow)));
                    int[] c = colours.get((int) labels.labels()[i]);
                    int rgb;
                    if (c == null) {
                        int grey = (int) Math.round(Double.isNaN(g) ? 0 : g);
                        rgb = grey << 16 | grey << 8 | grey;
                    } else {
                        rgb = blend(g, c[0], alpha) << 16 | blend(g, c[1], alpha) << 8 | blend(g, c[2], alpha);
                    }
                    out.setRGB(left + px, py, rgb);
                }
            }
            left += w[k] + GAP;
        }
        return out;
    }

    /** Writes {@link #render} as a PNG file (media type {@code image/png}) with an embedded caption. */
    public static void writePng(Volume volume, LabelMap labels, double windowLow, double windowHigh,
            Map<Integer, int[]> colours, double alpha, String caption, Path file) throws IOException {
        PngFigure.write(render(volume, labels, windowLow, windowHigh, colours, alpha), caption, file);
    }

    private static int blend(double grey, int colour, double alpha) {
        return (int) Math.round((1 - alpha) * (Double.isNaN(grey) ? 0 : grey) + alpha * colour);
    }
}
