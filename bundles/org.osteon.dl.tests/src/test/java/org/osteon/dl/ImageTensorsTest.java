package org.osteon.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.testing.dl.TensorScopeExtension;
import org.osteon.preprocess.IntensityWindow;

class ImageTensorsTest {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    private static final IntensityWindow WINDOW = new IntensityWindow(-100, 300);

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    /** HU value of voxel (x, y, z): distinct everywhere, covering values below, inside and above the window. */
    private static float hu(int x, int y, int z) {
        return -200 + 7 * x + 31 * y + 101 * z;
    }

    private static Volume volume(int nx, int ny, int nz) {
        GridSize size = new GridSize(nx, ny, nz);
        float[] data = new float[size.voxelCount()];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    data[size.index(x, y, z)] = hu(x, y, z);
                }
            }
        }
        return new Volume(size, Geometry.of(0.5, 0.5, 2), data);
    }

    private static float expected(float hu, int c, boolean inside) {
        float w = Math.min(1f, Math.max(0f, (hu + 100f) / 400f));
        return ((inside ? w : 0f) - MEAN[c]) / STD[c];
    }

    @Test
    void voxelXyzLandsAtIndexZyxOfEachChannel() {
        int nx = 5;
        int ny = 4;
        int nz = 3;
        Volume v = volume(nx, ny, nz);
        boolean[] mask = new boolean[nx * ny * nz];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = i % 3 != 0;
        }
        Tensor t = ImageTensors.volumeToInput(scopes.scope(), v, WINDOW, mask);
        assertArrayEquals(new long[] {1, 3, nz, ny, nx}, t.shape());
        float[] a = t.toFloatArray();
        for (int c = 0; c < 3; c++) {
            for (int z = 0; z < nz; z++) {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        int flat = (((c * nz) + z) * ny + y) * nx + x;
                        boolean inside = mask[v.size().index(x, y, z)];
                        assertEquals(expected(hu(x, y, z), c, inside), a[flat], 1e-6, "c=" + c + " x=" + x + " y=" + y + " z=" + z);
                    }
                }
            }
        }
        // hand-computed: voxel (4, 3, 2) is 123 HU, inside the mask: (123 + 100) / 400 = 0.5575 in the blue channel
        assertEquals((0.5575f - 0.406f) / 0.225f, a[((2 * nz + 2) * ny + 3) * nx + 4], 1e-5);
        // voxel (1, 0, 0) is -193 HU, below the window: 0 in the red channel
        assertEquals(-0.485f / 0.229f, a[1], 1e-5);
    }

    @Test
    void valuesAboveTheWindowClampToOne() {
        Volume v = volume(2, 2, 2);
        float[] a = ImageTensors.volumeToInput(scopes.scope(), v, new IntensityWindow(-300, -150)).toFloatArray();
        // voxel (1, 1, 1) is -61 HU, above the window: 1 in the green channel
        assertEquals((1f - 0.456f) / 0.224f, a[8 + 7], 1e-5);
        // voxel (0, 0, 0) is -200 HU: (100 / 150) in the red channel
        assertEquals((100f / 150f - 0.485f) / 0.229f, a[0], 1e-5);
    }

    @Test
    void sliceBecomesChannelsHeightWidth() {
        Volume v = volume(6, 5, 4);
        Tensor t = ImageTensors.sliceToInput(scopes.scope(), v, 2, WINDOW);
        assertArrayEquals(new long[] {1, 3, 5, 6}, t.shape());
        float[] a = t.toFloatArray();
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 6; x++) {
                    assertEquals(expected(hu(x, y, 2), c, true), a[(c * 5 + y) * 6 + x], 1e-6);
                }
            }
        }
    }

    @Test
    void wrongMaskOrSliceIsTheUsersError() {
        Volume v = volume(3, 3, 3);
        assertThrows(InvalidInputException.class, () -> ImageTensors.volumeToInput(scopes.scope(), v, WINDOW, new boolean[26]));
        assertThrows(InvalidInputException.class, () -> ImageTensors.sliceToInput(scopes.scope(), v, 3, WINDOW));
        assertThrows(InvalidInputException.class, () -> new IntensityWindow(300, -100));
    }
}
