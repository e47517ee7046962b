package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.phantom.KneeCt;
import org.osteon.phantom.KneeCtPhantom;

/** The full pipeline against the synthetic knee CT, whose ground truth is known. */
class KneeBoneSegmenterTest {

    private static KneeCt phantom;
    private static KneeBoneSegmenter.Result result;

    @BeforeAll
    static void segmentPhantom() {
        phantom = KneeCtPhantom.generate(new GridSize(96, 96, 64), 42);
        result = KneeBoneSegmenter.builder().build().segment(phantom.volume());
    }

    static double dice(LabelMap a, LabelMap b, int label) {
        short[] x = a.labels();
        short[] y = b.labels();
        long both = 0;
        long na = 0;
        long nb = 0;
        for (int i = 0; i < x.length; i++) {
            boolean p = x[i] == label;
            boolean q = y[i] == label;
            na += p ? 1 : 0;
            nb += q ? 1 : 0;
            both += p && q ? 1 : 0;
        }
        return na + nb == 0 ? 1 : 2.0 * both / (na + nb);
    }

    @Test
    void femurAndTibiaMatchTheGroundTruth() {
        double femur = dice(result.labels(), phantom.labels(), KneeBoneSegmenter.FEMUR);
        double tibia = dice(result.labels(), phantom.labels(), KneeBoneSegmenter.TIBIA);
        System.out.printf("knee phantom 96x96x64: Dice femur %.4f, tibia %.4f; %s%n", femur, tibia, result);
        assertTrue(femur >= 0.95, "femur Dice " + femur);
        assertTrue(tibia >= 0.95, "tibia Dice " + tibia);
    }

    @Test
    void detachedBlobAndSpeckGetNoLabel() {
        short[] structures = phantom.structures().labels();
        short[] labels = result.labels().labels();
        int blob = 0;
        int speck = 0;
        for (int i = 0; i < labels.length; i++) {
            if (structures[i] == KneeCtPhantom.BLOB) {
                blob++;
                assertEquals(0, labels[i], "blob voxel " + i);
            }
            if (structures[i] == KneeCtPhantom.SPECK) {
                speck++;
                assertEquals(0, labels[i], "speck voxel " + i);
            }
        }
        assertTrue(blob > 200 && speck > 0, "phantom has a blob (" + blob + ") and a speck (" + speck + ")");
        assertTrue(result.detachedBlobs() >= 1, "the watershed detached the blob: " + result);
    }

    @Test
    void blobSurvivesWithoutTheWatershedCut() {
        // a marker depth larger than the blob's half-thickness leaves the blob without a marker of its own
        KneeBoneSegmenter.Result uncut = KneeBoneSegmenter.builder().optMarkerMinDistance(6).build()
                .segment(phantom.volume());
        short[] structures = phantom.structures().labels();
        short[] labels = uncut.labels().labels();
        int labelledBlob = 0;
        for (int i = 0; i < labels.length; i++) {
            if (structures[i] == KneeCtPhantom.BLOB && labels[i] == KneeBoneSegmenter.FEMUR) {
                labelledBlob++;
            }
        }
        assertTrue(labelledBlob > 200, "without the cut the blob stays on the femur: " + labelledBlob);
    }

    @Test
    void femurAtLowZSwapsTheLabels() {
        KneeBoneSegmenter.Result swapped = KneeBoneSegmenter.builder().optFemurAt(FemurPosition.LOW_Z).build()
                .segment(phantom.volume());
        assertEquals(result.femurVoxels(), swapped.tibiaVoxels());
        assertEquals(result.tibiaVoxels(), swapped.femurVoxels());
    }
}
