package org.osteon.preprocess;

import java.util.SplittableRandom;

/**
 * One preprocessing or augmentation step on an {@link ImageSample}: the image, its mask and its landmarks are
 * transformed together, so a geometric change moves all three alike (masks are resampled with nearest
 * neighbour and keep their labels; landmarks follow the same mapping as the pixels).
 * <p>
 * Contributed through the extension point {@code org.osteon.preprocess.transforms}; the contributed class has a
 * public no-argument constructor, and {@link #configure} gives it the declared parameters' values. Random
 * transforms (named {@code Rand...}) draw every random number from the generator they are given and from
 * nothing else, so the same seed gives the same output; deterministic transforms ignore it. Implementations are
 * immutable once configured and may be used from several threads, each with its own generator.
 */
public interface Transform {

    /** The transformed sample; {@code sample} itself is never changed. */
    ImageSample apply(ImageSample sample, SplittableRandom random);

    /**
     * A transform configured with the contribution's parameter values (every declared parameter present, defaults
     * filled in, already checked against the declared type and bounds). The default has no parameters.
     */
    default Transform configure(TransformSettings settings) {
        return this;
    }
}
