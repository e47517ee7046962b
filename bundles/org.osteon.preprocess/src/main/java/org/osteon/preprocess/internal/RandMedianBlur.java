package org.osteon.preprocess.internal;

import java.util.SplittableRandom;

import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.randMedianBlur}: with probability p, a median filter of size x size pixels per
 * channel (replicated borders, as OpenCV medianBlur); when {@code sizes} lists sides, one drawn uniformly from them
 * each time (solt's {@code ImageBlur} 'm').
 */
public final class RandMedianBlur implements Transform {

    private final int[] sizes;
    private final double p;

    public RandMedianBlur() {
        this(3, 1);
    }

    public RandMedianBlur(int size, double p) {
        this(new int[] {size}, p);
    }

    public RandMedianBlur(int[] sizes, double p) {
        this.sizes = sizes.clone();
        this.p = p;
    }

    @Override
    public Transform configure(TransformSettings s) {
        int k = s.integer("size");
        if (k % 2 == 0) {
            throw s.bad("size", "expected an odd size such as 3 or 5, got " + k);
        }
        int[] listed = s.oddSizes("sizes");
        return new RandMedianBlur(listed.length > 0 ? listed : new int[] {k}, s.real("probability"));
    }

    @Override
    public ImageSample apply(ImageSample sample, SplittableRandom random) {
        if (!(random.nextDouble() < p)) {
            return sample;
        }
        int size = sizes.length == 1 ? sizes[0] : sizes[random.nextInt(sizes.length)];
        return sample.withImage(Filters.median(sample.image(), size / 2));
    }
}
