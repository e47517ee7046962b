package org.osteon.preprocess;

import java.util.Optional;

import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.PixelSpacing;

/**
 * What a transform works on: an image with its pixel spacing and, when the task has them, a label mask on
 * the same grid (one channel of integer labels, resampled with nearest neighbour) and landmarks in pixel
 * coordinates of the image (x = column, y = row, the centre of the top-left pixel is (0, 0), as
 * {@link Landmarks} defines). Geometric transforms move all three together.
 */
public record ImageSample(Image2D image, PixelSpacing spacing, Optional<Image2D> mask, Optional<Landmarks> landmarks) {

    public ImageSample {
        mask = mask == null ? Optional.empty() : mask;
        landmarks = landmarks == null ? Optional.empty() : landmarks;
        if (mask.isPresent() && (!mask.get().sameGrid(image) || mask.get().channels() != 1)) {
            throw new IllegalArgumentException("the mask " + mask.get() + " must be one channel on the image's grid "
                    + image);
        }
    }

    /** An image alone, with 1 mm pixels. */
    public static ImageSample of(Image2D image) {
        return new ImageSample(image, PixelSpacing.isotropic(1), Optional.empty(), Optional.empty());
    }

    /** An image alone, with the given spacing. */
    public static ImageSample of(Image2D image, PixelSpacing spacing) {
        return new ImageSample(image, spacing, Optional.empty(), Optional.empty());
    }

    public ImageSample withImage(Image2D newImage) {
        return new ImageSample(newImage, spacing, mask, landmarks);
    }

    public ImageSample withMask(Image2D newMask) {
        return new ImageSample(image, spacing, Optional.of(newMask), landmarks);
    }

    public ImageSample withLandmarks(Landmarks newLandmarks) {
        return new ImageSample(image, spacing, mask, Optional.of(newLandmarks));
    }

    public ImageSample withSpacing(PixelSpacing newSpacing) {
        return new ImageSample(image, newSpacing, mask, landmarks);
    }
}
