package org.osteon.ui.viewer;

import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.reporting.HeatmapOverlay;
import org.osteon.reporting.LabelSlices;

/**
 * The colours of one slice, as the viewer draws it: the image windowed linearly to grey 0..255
 * ({@code round(255 * clamp((value - low) / (high - low)))}), a labelled voxel blended with its label's colour
 * ({@code round((1 - a) * grey + a * colour)} per channel, the report's convention), then a heat map's jet colour
 * blended the same way. No SWT: colours are 0xRRGGBB ints.
 */
final class SliceRenderer {

    /** Colours of labels other than the knee's (1 femur red, 2 tibia green): label l has entry (l - 1) mod 8. */
    private static final int[][] MORE_COLOURS = {{255, 128, 0}, {128, 0, 255}, {0, 128, 255}, {0, 255, 255},
            {255, 0, 255}, {255, 255, 0}, {255, 128, 160}, {128, 255, 128}};

    private Volume volume;
    private LabelMap labels;
    private float[] heat;
    private double low = 0;
    private double high = 1;
    private double labelOpacity = LabelSlices.DEFAULT_ALPHA;
    private double heatOpacity = HeatmapOverlay.DEFAULT_ALPHA;

    /** The colour of {@code label} as {r, g, b}; null for background (0) and negative labels. */
    static int[] labelColour(int label) {
        if (label <= 0) {
            return null;
        }
        int[] knee = LabelSlices.KNEE_COLOURS.get(label);
        if (knee != null) {
            return knee;
        }
        return MORE_COLOURS[(label - 1) % MORE_COLOURS.length];
    }

    void setVolume(Volume volume) {
        this.volume = volume;
        this.labels = null;
        this.heat = null;
    }

    Volume volume() {
        return volume;
    }

    void setLabels(LabelMap labels) {
        this.labels = labels;
    }

    LabelMap labels() {
        return labels;
    }

    /** Heat in [0, 1] per voxel of the volume (null: none). */
    void setHeat(float[] heat) {
        this.heat = heat;
    }

    float[] heat() {
        return heat;
    }

    void setWindow(double low, double high) {
        if (!(high > low)) {
            throw new IllegalArgumentException("window " + low + ".." + high + " is empty");
        }
        this.low = low;
        this.high = high;
    }

    double low() {
        return low;
    }

    double high() {
        return high;
    }

    void setLabelOpacity(double opacity) {
        labelOpacity = clamp(opacity);
    }

    double labelOpacity() {
        return labelOpacity;
    }

    void setHeatOpacity(double opacity) {
        heatOpacity = clamp(opacity);
    }

    double heatOpacity() {
        return heatOpacity;
    }

    /** The grey of {@code value} in the current window. */
    int grey(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return (int) Math.round(255 * clamp((value - low) / (high - low)));
    }

    /** The colour of slice pixel (h, v) of slice {@code slice} in {@code orientation}. */
    int rgb(Orientation orientation, int slice, int h, int v) {
        GridSize n = volume.size();
        int i = orientation.index(n, h, v, slice);
        int g = grey(volume.data()[i]);
        double r = g;
        double gr = g;
        double b = g;
        if (labels != null) {
            int[] c = labelColour(labels.labels()[i]);
            if (c != null) {
                r = (1 - labelOpacity) * r + labelOpacity * c[0];
                gr = (1 - labelOpacity) * gr + labelOpacity * c[1];
                b = (1 - labelOpacity) * b + labelOpacity * c[2];
            }
        }
        if (heat != null) {
            int[] c = HeatmapOverlay.jet(heat[i]);
            r = (1 - heatOpacity) * r + heatOpacity * c[0];
            gr = (1 - heatOpacity) * gr + heatOpacity * c[1];
            b = (1 - heatOpacity) * b + heatOpacity * c[2];
        }
        return (int) Math.round(r) << 16 | (int) Math.round(gr) << 8 | (int) Math.round(b);
    }

    /** The whole slice, row v at {@code v * width}, width = orientation.width(size). */
    int[] render(Orientation orientation, int slice) {
        GridSize n = volume.size();
        int w = orientation.width(n);
        int h = orientation.height(n);
        int[] out = new int[w * h];
        for (int v = 0; v < h; v++) {
            for (int x = 0; x < w; x++) {
                out[v * w + x] = rgb(orientation, slice, x, v);
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
