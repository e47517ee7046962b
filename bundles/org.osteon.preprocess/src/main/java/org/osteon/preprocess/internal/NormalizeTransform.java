package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.normalize}: {@code zscore} (zero mean, unit standard deviation over the image), {@code minmax} (to [0, 1]) or {@code imagenet} (values in [0, 1], grey replicated to three channels, each normalised with the ImageNet mean and standard deviation). */
public final class NormalizeTransform implements Transform {

    private final String mode;

    public NormalizeTransform() {
        this("zscore");
    }

    public NormalizeTransform(String mode) {
        this.mode = mode;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new NormalizeTransform(s.text("mode"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        Image2D img = sample.image();
        float[] d = img.data();
        float[] out = new float[d.length];
        switch (mode) {
            case "imagenet" -> {
                float[] mean = org.osteon.preprocess.ImageNetNormalization.mean();
                float[] std = org.osteon.preprocess.ImageNetNormalization.std();
                int n = img.width() * img.height();
                out = new float[3 * n];
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < 3; c++) {
                        float v = img.channels() == 3 ? d[3 * i + c] : d[i * img.channels()];
                        out[3 * i + c] = (v - mean[c]) / std[c];
                    }
                }
                return sample.withImage(new Image2D(img.width(), img.height(), 3, out));
            }
            case "minmax" -> {
                float[] r = img.range();
                double span = r[1] > r[0] ? r[1] - r[0] : 1;
                for (int i = 0; i < d.length; i++) {
                    out[i] = (float) ((d[i] - r[0]) / span);
                }
            }
            default -> {
                double[] ms = img.meanAndStd();
                double mean = ms[0];
                double std = ms[1];
                double scale = std > 0 ? 1 / std : 1;
                for (int i = 0; i < d.length; i++) {
                    out[i] = (float) ((d[i] - mean) * scale);
                }
            }
        }
        return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), out));
    }
}
