package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.core.image.GridSize;
import org.osteon.phantom.KneeCt;
import org.osteon.phantom.KneeCtPhantom;

/** The pipeline at the phantom's default and large sizes (a few seconds each; excluded by default). */
@Tag("slow")
class KneeBoneSegmenterLargeTest {

    @ParameterizedTest
    @CsvSource({"128, 128, 96, ''", "256, 256, 108, '0-40:5000,41-107:2000'"})
    void reachesDiceOnLargerGrids(int nx, int ny, int nz, String slabs) {
        KneeCt ct = KneeCtPhantom.generate(new GridSize(nx, ny, nz), 11);
        long t0 = System.nanoTime();
        KneeBoneSegmenter.Result r = KneeBoneSegmenter.builder().optSizeFilter(SizeFilter.parse(slabs, 1000)).build()
                .segment(ct.volume());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double femur = KneeBoneSegmenterTest.dice(r.labels(), ct.labels(), 1);
        double tibia = KneeBoneSegmenterTest.dice(r.labels(), ct.labels(), 2);
        System.out.printf("knee phantom %dx%dx%d: Dice femur %.4f, tibia %.4f, %.1f s; %s%n", nx, ny, nz, femur, tibia,
                seconds, r);
        assertTrue(femur >= 0.95 && tibia >= 0.95, "Dice femur " + femur + ", tibia " + tibia);
        short[] s = ct.structures().labels();
        short[] l = r.labels().labels();
        for (int i = 0; i < l.length; i++) {
            if (s[i] == KneeCtPhantom.BLOB || s[i] == KneeCtPhantom.SPECK) {
                assertTrue(l[i] == 0, "blob/speck voxel " + i + " labelled " + l[i]);
            }
        }
    }
}
