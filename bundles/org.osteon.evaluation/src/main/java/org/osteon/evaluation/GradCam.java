package org.osteon.evaluation;

/**
 * Grad-CAM (Selvaraju et al. 2017) from a layer's activation and the gradient of a score with respect to it,
 * as the reference implementation computes it: channel weights are the gradient's spatial means,
 * the map is ReLU(sum over channels of weight x activation), divided by its maximum (a map that is zero
 * everywhere stays zero). Arrays are one sample's {@code (channels, height, width)} row-major, as captured
 * from a module's output (dl's {@code ActivationCapture}).
 */
public final class GradCam {

    private GradCam() {
    }

    /** The normalised heat map, {@code height x width} row-major, values in [0, 1]. */
    public static float[] compute(float[] activation, float[] gradient, int channels, int height, int width) {
        int plane = height * width;
        if (activation.length != (long) channels * plane || gradient.length != activation.length) {
            throw new IllegalArgumentException("Grad-CAM needs activation and gradient of " + channels + " x " + height + " x "
                    + width + " values, got " + activation.length + " and " + gradient.length);
        }
        double[] cam = new double[plane];
        for (int c = 0; c < channels; c++) {
            double weight = 0;
            for (int i = 0; i < plane; i++) {
                weight += gradient[c * plane + i];
            }
            weight /= plane;
            for (int i = 0; i < plane; i++) {
                cam[i] += weight * activation[c * plane + i];
            }
        }
        double max = 0;
        for (int i = 0; i < plane; i++) {
            cam[i] = Math.max(0, cam[i]);
            max = Math.max(max, cam[i]);
        }
        float[] out = new float[plane];
        for (int i = 0; i < plane; i++) {
            out[i] = max > 0 ? (float) (cam[i] / max) : 0f;
        }
        return out;
    }
}
