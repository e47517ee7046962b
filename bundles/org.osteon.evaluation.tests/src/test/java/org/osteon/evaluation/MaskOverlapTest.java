package org.osteon.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.evaluation.internal.PixelAccuracy;

/** Dice, IoU and pixel accuracy of binary masks drawn by hand, counted on paper. */
class MaskOverlapTest {

    private static boolean[] mask(String rows) {
        String s = rows.replace(" ", "").replace("\n", "");
        boolean[] m = new boolean[s.length()];
        for (int i = 0; i < m.length; i++) {
            m[i] = s.charAt(i) == '#';
        }
        return m;
    }

    @Test
    void countsAndMeasuresOfTwoHandDrawnMasks() {
        // 4 x 4: reference a 2 x 3 block, prediction shifted by one column
        boolean[] reference = mask("""
                ###.
                ###.
                ....
                ....""");
        boolean[] predicted = mask("""
                .###
                .###
                ....
                ....""");
        MaskOverlap o = MaskOverlap.of(predicted, reference);
        assertEquals(new MaskOverlap(4, 2, 2, 8), o);
        assertEquals(2.0 * 4 / (2 * 4 + 2 + 2), o.dice(), 1e-15); // 0.666...
        assertEquals(4.0 / 8, o.iou(), 1e-15);
        assertEquals(12.0 / 16, o.pixelAccuracy(), 1e-15);
        // IoU = Dice / (2 - Dice)
        assertEquals(o.dice() / (2 - o.dice()), o.iou(), 1e-15);
    }

    @Test
    void perfectDisjointAndEmptyMasks() {
        boolean[] a = mask("##..");
        boolean[] b = mask("..##");
        MaskOverlap same = MaskOverlap.of(a, a);
        assertEquals(1.0, same.dice());
        assertEquals(1.0, same.iou());
        assertEquals(1.0, same.pixelAccuracy());
        MaskOverlap disjoint = MaskOverlap.of(a, b);
        assertEquals(0.0, disjoint.dice());
        assertEquals(0.0, disjoint.iou());
        assertEquals(0.0, disjoint.pixelAccuracy());
        MaskOverlap empty = MaskOverlap.of(mask("...."), mask("...."));
        assertEquals(1.0, empty.dice(), "nothing to find and nothing found");
        assertEquals(1.0, empty.iou());
        // predicting nothing on a mask with bone: Dice 0 but accuracy is the background share
        MaskOverlap missed = MaskOverlap.of(mask("...."), mask("#..."));
        assertEquals(0.0, missed.dice());
        assertEquals(0.75, missed.pixelAccuracy());
        assertThrows(IllegalArgumentException.class, () -> MaskOverlap.of(a, mask("##...")));
    }

    @Test
    void meanWeighsEveryImageTheSame() {
        MaskOverlap.Mean mean = new MaskOverlap.Mean();
        mean.add(MaskOverlap.of(mask("##.."), mask("##.."))); // Dice 1, IoU 1, acc 1
        mean.add(MaskOverlap.of(mask("#..."), mask("##.."))); // Dice 2/3, IoU 1/2, acc 3/4
        assertEquals(2, mean.images());
        assertEquals((1 + 2.0 / 3) / 2, mean.dice(), 1e-15);
        assertEquals(0.75, mean.iou(), 1e-15);
        assertEquals(0.875, mean.pixelAccuracy(), 1e-15);
        assertEquals(Double.NaN, new MaskOverlap.Mean().dice());
    }

    @Test
    void pixelAccuracyLabelMetricAgreesWithTheCounts() {
        GridSize size = new GridSize(5, 1, 1);
        LabelMap a = new LabelMap(size, Geometry.unit(), new short[] {1, 1, 1, 0, 2});
        LabelMap b = new LabelMap(size, Geometry.unit(), new short[] {0, 1, 1, 1, 2});
        // label 1: agree at voxels 1, 2 (both) and 4 (neither): 3 of 5
        assertEquals(3.0 / 5, new PixelAccuracy().compute(a, b, 1), 1e-15);
        // label 2: agree everywhere
        assertEquals(1.0, new PixelAccuracy().compute(a, b, 2), 1e-15);
    }
}
