package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;

class KneeCtPhantomTest {

    private static final GridSize SMALL = new GridSize(64, 64, 48);

    @Test
    void sameSeedGivesIdenticalVolumes() {
        KneeCt a = KneeCtPhantom.generate(SMALL, 7);
        KneeCt b = KneeCtPhantom.generate(SMALL, 7);
        assertArrayEquals(a.volume().data(), b.volume().data());
        assertArrayEquals(a.labels().labels(), b.labels().labels());
        assertEquals(a.volume().geometry(), b.volume().geometry());
    }

    @Test
    void differentSeedsDifferInNoiseNotInAnatomy() {
        KneeCt a = KneeCtPhantom.generate(SMALL, 7);
        KneeCt b = KneeCtPhantom.generate(SMALL, 8);
        assertFalse(Arrays.equals(a.volume().data(), b.volume().data()));
        assertArrayEquals(a.labels().labels(), b.labels().labels());
    }

    @Test
    void defaultGeometryAndTissueValues() {
        KneeCt ct = KneeCtPhantom.generate();
        Volume v = ct.volume();
        assertEquals(new GridSize(128, 128, 96), v.size());
        assertArrayEquals(new double[] {0.8, 0.8, 1.0}, v.geometry().spacing(), 1e-12);
        assertArrayEquals(new double[] {-50.8, -50.8, -47.5}, v.geometry().origin(), 1e-12);
        short[] s = ct.structures().labels();
        float[] d = v.data();
        // mean HU per structure; corner = air
        double[] sum = new double[6];
        int[] n = new int[6];
        for (int i = 0; i < d.length; i++) {
            sum[s[i]] += d[i];
            n[s[i]]++;
        }
        assertEquals(-1000, d[0], 100);
        assertEquals(KneeCtPhantom.BLOB_HU, sum[KneeCtPhantom.BLOB] / n[KneeCtPhantom.BLOB], 5);
        double femurMean = sum[KneeCtPhantom.FEMUR] / n[KneeCtPhantom.FEMUR];
        assertTrue(femurMean > 300 && femurMean < 1200, "femur mean " + femurMean);
        for (int k = 1; k <= 5; k++) {
            assertTrue(n[k] > 0, "structure " + k + " present");
        }
        // noise: soft tissue at the leg's centre row, away from bone
        int voxel = v.size().index(64, 20, 48);
        assertEquals(0, s[voxel]);
        assertEquals(40, d[voxel], 100);
        // labels carry only femur and tibia
        assertEquals(n[1], ct.labels().count(1));
        assertEquals(n[2], ct.labels().count(2));
        assertEquals(d.length - n[1] - n[2], ct.labels().count(0));
    }

    @Test
    void femurIsAboveTheJointGapAndTibiaBelow() {
        KneeCt ct = KneeCtPhantom.generate(SMALL, 1);
        GridSize size = ct.labels().size();
        int lowestFemur = Integer.MAX_VALUE;
        int highestTibia = -1;
        for (int z = 0; z < size.nz(); z++) {
            for (int y = 0; y < size.ny(); y++) {
                for (int x = 0; x < size.nx(); x++) {
                    int l = ct.labels().label(x, y, z);
                    if (l == 1) {
                        lowestFemur = Math.min(lowestFemur, z);
                    } else if (l == 2) {
                        highestTibia = Math.max(highestTibia, z);
                    }
                }
            }
        }
        double gapMm = (lowestFemur - highestTibia - 1) * ct.volume().geometry().spacing(2);
        assertTrue(gapMm >= 4 && gapMm <= 8, "joint gap " + gapMm + " mm");
    }

    @Test
    void blobTouchesTheFemurOnlyThroughTheBridge() {
        KneeCt ct = KneeCtPhantom.generate(new GridSize(128, 128, 96), 1);
        GridSize size = ct.labels().size();
        short[] s = ct.structures().labels();
        int blobFemurContacts = 0;
        int bridgeFemurContacts = 0;
        int bridgeBlobContacts = 0;
        for (int z = 0; z < size.nz(); z++) {
            for (int y = 0; y + 1 < size.ny(); y++) {
                for (int x = 0; x < size.nx(); x++) {
                    int a = s[size.index(x, y, z)];
                    int b = s[size.index(x, y + 1, z)];
                    blobFemurContacts += a == 1 && b == 3 || a == 3 && b == 1 ? 1 : 0;
                    bridgeFemurContacts += a == 1 && b == 4 ? 1 : 0;
                    bridgeBlobContacts += a == 4 && b == 3 ? 1 : 0;
                }
            }
        }
        assertEquals(0, blobFemurContacts);
        assertTrue(bridgeFemurContacts > 0 && bridgeBlobContacts > 0);
    }

    @Test
    void largeGridWorks() {
        KneeCt ct = KneeCtPhantom.generate(new GridSize(256, 256, 108), 3);
        assertEquals(256 * 256 * 108, ct.volume().data().length);
        assertArrayEquals(new double[] {0.4, 0.4, 96.0 / 108}, ct.volume().geometry().spacing(), 1e-12);
        assertTrue(ct.labels().count(1) > 100_000 && ct.labels().count(2) > 100_000);
    }
}
