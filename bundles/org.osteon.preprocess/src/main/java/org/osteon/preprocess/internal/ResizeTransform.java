package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.resize}: to width x height, pixel-area averaging when shrinking and bilinear otherwise (as cv2.resize INTER_AREA / INTER_LINEAR), the mask with nearest neighbour; landmarks and pixel spacing follow the scale. */
public final class ResizeTransform implements Transform {

    private final int width;
    private final int height;

    public ResizeTransform() {
        this(224, 224);
    }

    public ResizeTransform(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public Transform configure(TransformSettings s) {
        int[] size = s.size("size");
        return new ResizeTransform(size[0], size[1]);
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        Image2D img = sample.image();
        double sx = (double) width / img.width();
        double sy = (double) height / img.height();
        return new ImageSample(Resampling.resize(img, width, height),
                new org.osteon.core.dataset.PixelSpacing(sample.spacing().x() / sx, sample.spacing().y() / sy),
                sample.mask().map(m -> Resampling.nearest(m, width, height)),
                sample.landmarks().map(l -> l.map(p -> new org.osteon.core.dataset.Landmarks.Point(
                        (p.x() + 0.5) * sx - 0.5, (p.y() + 0.5) * sy - 0.5))));
    }
}
