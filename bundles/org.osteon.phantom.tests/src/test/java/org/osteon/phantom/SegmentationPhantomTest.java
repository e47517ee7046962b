package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.io.Checksums;
import org.osteon.io.dataset.SegmentationReader;

/** phantom:segmentation: read back by the layout's reader to its ground truth; reproducible; bone is not the brightest thing. */
class SegmentationPhantomTest {

    @TempDir
    Path dir;

    @Test
    void writtenDataSetReadsBackToItsTruthAndRepeatsByteForByte() throws Exception {
        Dataset truth = SegmentationPhantom.write(dir.resolve("a"), 10, 3);
        Dataset read = new SegmentationReader().read(dir.resolve("a"));
        assertEquals(truth.samples(), read.samples());
        assertEquals(8, read.split("train").size());
        assertEquals(2, read.split("valid").size());
        SegmentationPhantom.write(dir.resolve("b"), 10, 3);
        for (String f : new String[] {"images/seg0004.png", "masks/seg0004.png", "splits.csv"}) {
            assertEquals(Checksums.sha256(dir.resolve("a").resolve(f)), Checksums.sha256(dir.resolve("b").resolve(f)), f);
        }
        assertTrue(Files.size(dir.resolve("a/images/seg0001.png")) > 0);
    }

    @Test
    void someBackgroundIsBrighterThanSomeBone() {
        // what defeats a global threshold: in most images the brightest non-bone pixels outshine the darkest bone
        int defeated = 0;
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 20; k++) {
            SegmentationPhantom.Radiograph r = SegmentationPhantom.radiograph(random.split());
            float[] bone = new float[r.image().length];
            float[] other = new float[r.image().length];
            int nb = 0;
            int no = 0;
            for (int i = 0; i < r.image().length; i++) {
                if (r.mask()[i]) {
                    bone[nb++] = r.image()[i];
                } else {
                    other[no++] = r.image()[i];
                }
            }
            assertTrue(nb > 100 && no > 100, "bone and background in image " + k);
            java.util.Arrays.sort(bone, 0, nb);
            java.util.Arrays.sort(other, 0, no);
            // the 90th percentile of non-bone against the 25th of bone
            if (other[(int) (0.9 * no)] > bone[(int) (0.25 * nb)]) {
                defeated++;
            }
        }
        assertTrue(defeated >= 10, defeated + " of 20 images have bright non-bone above a quarter of the bone");
    }

    @Test
    void phantomLocationIsRegistered() {
        assertEquals(PhantomDatasets.Kind.SEGMENTATION, PhantomDatasets.parse(new org.osteon.core.io.Location("phantom:segmentation?count=5&seed=2")).kind());
    }
}
