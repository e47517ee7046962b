package org.osteon.dl;

import java.util.Objects;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;

/**
 * Images to network input, the project's convention: a volume of size (X, Y, Z), stored x-fastest, becomes a
 * tensor (1, 3, Z, Y, X) (depth is the slice axis, as PyTorch's Conv3d expects (D, H, W)); a slice becomes
 * (1, 3, Y, X). Intensities are windowed to [0, 1], voxels outside the region mask are set to 0, the grey
 * value is replicated to three channels and each channel normalised with the ImageNet mean and standard
 * deviation, as the torchvision weights expect.
 */
public final class ImageTensors {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private ImageTensors() {
    }

    /** ImageNet channel means (R, G, B). */
    public static float[] imagenetMean() {
        return MEAN.clone();
    }

    /** ImageNet channel standard deviations (R, G, B). */
    public static float[] imagenetStd() {
        return STD.clone();
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
        int n = s.voxelCount();
        float[] out = new float[Math.multiplyExact(3, n)];
        fill(volume.data(), 0, mask, n, window, out, n);
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
        float[] out = new float[3 * n];
        fill(volume.data(), z * n, mask, n, window, out, n);
        return Tensor.fromFloatArray(scope, out, 1, 3, s.ny(), s.nx());
    }

    private static void checkMask(Volume volume, boolean[] mask) {
        if (mask != null && mask.length != volume.size().voxelCount()) {
            throw new InvalidInputException("region mask has " + mask.length + " voxels but the volume " + volume.size() + " has "
                    + volume.size().voxelCount() + ": expected a mask on the volume's grid");
        }
    }

    /** Voxels [from, from + n) windowed, masked and normalised into the three channel planes of out. */
    private static void fill(float[] data, int from, boolean[] mask, int n, IntensityWindow window, float[] out, int plane) {
        for (int i = 0; i < n; i++) {
            float v = mask == null || mask[from + i] ? window.apply(data[from + i]) : 0f;
            for (int c = 0; c < 3; c++) {
                out[c * plane + i] = (v - MEAN[c]) / STD[c];
            }
        }
    }
}
