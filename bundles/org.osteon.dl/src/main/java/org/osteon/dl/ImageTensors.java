package org.osteon.dl;

import java.util.Objects;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.preprocess.ImageNetNormalization;
import org.osteon.preprocess.IntensityWindow;

/**
 * Images to network input, the project's convention: a volume of size (X, Y, Z), stored x-fastest, becomes a
 * tensor (1, 3, Z, Y, X) (depth is the slice axis, as PyTorch's Conv3d expects (D, H, W)); a slice becomes
 * (1, 3, Y, X). The values come from {@link ImageNetNormalization} (windowed to [0, 1], masked, grey to three
 * channels, ImageNet mean and standard deviation); this class only shapes them into a tensor.
 */
public final class ImageTensors {

    private ImageTensors() {
    }

    /** The whole volume as (1, 3, Z, Y, X), no mask. */
    public static Tensor volumeToInput(TensorScope scope, Volume volume, IntensityWindow window) {
        return volume(scope, volume, window, null);
    }

    /**
     * The whole volume as (1, 3, Z, Y, X); voxels where {@code regionMask} (x-fastest, one entry per voxel) is
     * false are set to 0 after windowing, before normalisation.
     */
    public static Tensor volumeToInput(TensorScope scope, Volume volume, IntensityWindow window, boolean[] regionMask) {
        return volume(scope, volume, window, Objects.requireNonNull(regionMask));
    }

    private static Tensor volume(TensorScope scope, Volume volume, IntensityWindow window, boolean[] mask) {
        GridSize s = volume.size();
        checkMask(volume, mask);
        float[] out = channels(volume.data(), 0, s.voxelCount(), window, mask);
        return Tensor.fromFloatArray(scope, out, 1, 3, s.nz(), s.ny(), s.nx());
    }

    /** Slice {@code z} as (1, 3, Y, X), no mask. */
    public static Tensor sliceToInput(TensorScope scope, Volume volume, int z, IntensityWindow window) {
        return slice(scope, volume, z, window, null);
    }

    /** Slice {@code z} as (1, 3, Y, X), masked by the slice's part of {@code regionMask} (a whole-volume mask). */
    public static Tensor sliceToInput(TensorScope scope, Volume volume, int z, IntensityWindow window, boolean[] regionMask) {
        return slice(scope, volume, z, window, Objects.requireNonNull(regionMask));
    }

    private static Tensor slice(TensorScope scope, Volume volume, int z, IntensityWindow window, boolean[] mask) {
        GridSize s = volume.size();
        if (z < 0 || z >= s.nz()) {
            throw new InvalidInputException("slice " + z + " is outside volume " + s + ": expected 0 to " + (s.nz() - 1));
        }
        checkMask(volume, mask);
        int n = s.nx() * s.ny();
        float[] out = channels(volume.data(), z * n, n, window, mask);
        return Tensor.fromFloatArray(scope, out, 1, 3, s.ny(), s.nx());
    }

    private static void checkMask(Volume volume, boolean[] mask) {
        if (mask != null && mask.length != volume.size().voxelCount()) {
            throw new InvalidInputException("region mask has " + mask.length + " voxels but the volume " + volume.size() + " has "
                    + volume.size().voxelCount() + ": expected a mask on the volume's grid");
        }
    }

    private static float[] channels(float[] data, int from, int n, IntensityWindow window, boolean[] mask) {
        return mask == null ? ImageNetNormalization.greyToChannels(data, from, n, window)
                : ImageNetNormalization.greyToChannels(data, from, n, window, mask);
    }
}
