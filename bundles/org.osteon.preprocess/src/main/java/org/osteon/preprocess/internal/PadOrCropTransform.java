package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.padOrCrop}: to width x height about the centre, padding with 0 and cropping evenly (the extra pixel of an odd difference at the right/bottom); mask and landmarks shift alike. */
public final class PadOrCropTransform implements Transform {

    private final int width;
    private final int height;

    public PadOrCropTransform() {
        this(224, 224);
    }

    public PadOrCropTransform(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public Transform configure(TransformSettings s) {
        int[] size = s.size("size");
        return new PadOrCropTransform(size[0], size[1]);
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        int dx = (width - sample.image().width()) / 2;
        int dy = (height - sample.image().height()) / 2;
        return Warp.apply(sample, new double[] {1, 0, dx, 0, 1, dy, 0, 0, 1}, width, height);
    }
}
