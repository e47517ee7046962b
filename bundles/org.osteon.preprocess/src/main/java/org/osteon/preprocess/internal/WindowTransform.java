package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.window}: values in [lower, upper] mapped linearly to [0, 1], clamped outside ({@link org.osteon.preprocess.IntensityWindow}). */
public final class WindowTransform implements Transform {

    private final org.osteon.preprocess.IntensityWindow window;

    public WindowTransform() {
        this(new org.osteon.preprocess.IntensityWindow(0, 255));
    }

    public WindowTransform(org.osteon.preprocess.IntensityWindow window) {
        this.window = window;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new WindowTransform(new org.osteon.preprocess.IntensityWindow(s.real("lower"), s.real("upper")));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        Image2D img = sample.image();
        float[] out = new float[img.data().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = window.apply(img.data()[i]);
        }
        return sample.withImage(new Image2D(img.width(), img.height(), img.channels(), out));
    }
}
