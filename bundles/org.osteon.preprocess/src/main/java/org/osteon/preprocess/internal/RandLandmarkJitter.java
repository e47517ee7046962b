package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/** {@code org.osteon.preprocess.randLandmarkJitter}: moves every landmark by independent Gaussian offsets of standard deviation {@code std} pixels in x and y (target noise); the image and mask are unchanged. */
public final class RandLandmarkJitter implements Transform {

    private final double std;

    public RandLandmarkJitter() {
        this(1.0);
    }

    public RandLandmarkJitter(double std) {
        this.std = std;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandLandmarkJitter(s.real("std"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        return sample.landmarks().map(l -> sample.withLandmarks(l.map(pt -> new org.osteon.core.dataset.Landmarks.Point(
                pt.x() + std * random.nextGaussian(), pt.y() + std * random.nextGaussian())))).orElse(sample);
    }
}
