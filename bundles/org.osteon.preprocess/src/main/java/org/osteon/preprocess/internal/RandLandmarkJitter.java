package org.osteon.preprocess.internal;

import java.util.Optional;
import java.util.SplittableRandom;

import org.osteon.core.dataset.Landmarks;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randLandmarkJitter}: with probability p, moves every landmark (target noise); the
 * image and mask are unchanged. By independent Gaussian offsets of standard deviation {@code std} pixels in x and
 * y; or, with {@code fraction}, as solt's {@code KeypointsJitter}: per landmark dx = trunc(u w) and dy = trunc(u' h)
 * whole pixels (truncated towards zero), u and u' uniform in the fraction range, w x h the image's size, and the
 * moved coordinates capped at w - 1 and h - 1 (solt caps only from above).
 */
public final class RandLandmarkJitter implements Transform {

    private final double std;
    private final Optional<double[]> fraction;
    private final double p;

    public RandLandmarkJitter() {
        this(1.0);
    }

    public RandLandmarkJitter(double std) {
        this(std, Optional.empty(), 1);
    }

    public RandLandmarkJitter(double std, Optional<double[]> fraction, double p) {
        this.std = std;
        this.fraction = fraction.map(double[]::clone);
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        return new RandLandmarkJitter(s.real("std"), s.text("fraction").isEmpty() ? Optional.empty() : Optional.of(s.range("fraction")),
                s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        // no draw at probability 1, so that the Gaussian form draws what it always drew
        if (sample.landmarks().isEmpty() || p < 1 && !(random.nextDouble() < p)) {
            return sample;
        }
        Landmarks l = sample.landmarks().get();
        if (fraction.isEmpty()) {
            return sample.withLandmarks(l.map(pt -> new Landmarks.Point(pt.x() + std * random.nextGaussian(), pt.y() + std * random.nextGaussian())));
        }
        double lo = fraction.get()[0];
        double span = fraction.get()[1] - lo;
        int w = sample.image().width();
        int h = sample.image().height();
        return sample.withLandmarks(l.map(pt -> {
            int dx = (int) ((lo + span * random.nextDouble()) * w);
            int dy = (int) ((lo + span * random.nextDouble()) * h);
            return new Landmarks.Point(Math.min(pt.x() + dx, w - 1), Math.min(pt.y() + dy, h - 1));
        }));
    }
}
