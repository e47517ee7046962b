package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.dl.ImageTensors;
import org.osteon.preprocess.IntensityWindow;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.LayerVector;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.Network;
import org.osteon.testing.dl.TestEngines;

/**
 * The knee-CT feature pass at its real size: a 256 x 256 x 108 volume through the inflated DenseNet121, two
 * regions. It checks that the pass fits in memory (intermediates are freed as it goes) and gives finite,
 * region-dependent vectors; it takes some 10 to 20 s on two cores, hence "slow".
 */
@Tag("slow")
class FullSizeFeaturePassTest {

    @Test
    void fullSizeVolumeRunsThroughTheInflatedNetwork() {
        GridSize size = new GridSize(256, 256, 108);
        float[] hu = new float[size.voxelCount()];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < hu.length; i++) {
            hu[i] = (float) (r.nextDouble() * 1500 - 500);
        }
        Volume volume = new Volume(size, Geometry.of(0.4, 0.4, 1), hu);
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Network net = Inflation.inflate(new DenseNet121Factory().createFeatureExtractor(scope, 1), scope);
            float[][] last = new float[2][];
            for (int region = 0; region < 2; region++) {
                boolean[] mask = new boolean[hu.length];
                int plane = 256 * 256;
                Arrays.fill(mask, region * 40 * plane, (region * 40 + 60) * plane, true);
                try (TensorScope regionScope = scope.newChild()) {
                    Tensor input = ImageTensors.volumeToInput(regionScope, volume, new IntensityWindow(-200, 1000), mask);
                    List<LayerVector> v = LayerFeatures.capture(net, input, List.of("last", "third-last", "fifth-last"));
                    for (LayerVector lv : v) {
                        assertEquals(32, lv.channels());
                        for (float x : lv.vector()) {
                            assertTrue(Float.isFinite(x), lv + " has a non-finite value");
                        }
                    }
                    last[region] = v.get(0).vector();
                }
            }
            assertFalse(Arrays.equals(last[0], last[1]), "different regions give different features");
        }
    }
}
