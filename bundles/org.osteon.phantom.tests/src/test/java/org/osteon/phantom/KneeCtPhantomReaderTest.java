package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.NiftiReader;

class KneeCtPhantomReaderTest {

    @TempDir
    Path dir;

    @Test
    void locationsGiveSizeAndSeed() {
        assertEquals(new KneeCtPhantomReader.Request(new GridSize(128, 128, 96), 42),
                KneeCtPhantomReader.parse(new Location("phantom:knee-ct")));
        assertEquals(new KneeCtPhantomReader.Request(new GridSize(256, 256, 108), 7),
                KneeCtPhantomReader.parse(new Location("phantom:knee-ct?size=256x256x108&seed=7")));
        assertEquals(new KneeCtPhantomReader.Request(new GridSize(128, 128, 96), -3),
                KneeCtPhantomReader.parse(new Location("phantom:knee-ct?seed=-3")));
    }

    @Test
    void badQueriesSayWhatIsExpected() {
        for (String bad : new String[] {"phantom:knee-ct?size=12x12", "phantom:knee-ct?size=axbxc",
                "phantom:knee-ct?seed=x", "phantom:knee-ct?colour=red", "phantom:knee-ctx", "phantom:knee-ct?size=8x8x8"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> KneeCtPhantomReader.parse(new Location(bad)), bad);
            assertTrue(e.getMessage().contains(bad) && e.getMessage().contains("expected"), e.getMessage());
        }
    }

    @Test
    void readerGivesVolumeAndGroundTruth() {
        KneeCtPhantomReader reader = new KneeCtPhantomReader();
        Location location = new Location("phantom:knee-ct?size=32x32x24&seed=5");
        Volume v = reader.read(location, dir);
        LabelMap labels = reader.readLabels(location, dir);
        KneeCt expected = KneeCtPhantom.generate(new GridSize(32, 32, 24), 5);
        assertArrayEquals(expected.volume().data(), v.data());
        assertArrayEquals(expected.labels().labels(), labels.labels());
    }

    @Test
    void writerWritesBothFilesAndNeverOverwrites() throws Exception {
        KneeCt ct = KneeCtPhantom.generate(new GridSize(32, 32, 24), 5);
        KneeCtWriter.PhantomFiles files = KneeCtWriter.write(ct, dir.resolve("out"));
        assertEquals(dir.resolve("out/knee-ct.nii.gz"), files.volume());
        assertEquals(dir.resolve("out/knee-ct-labels.nii.gz"), files.labels());
        Volume v = new NiftiReader().read(files.volume());
        assertArrayEquals(ct.volume().data(), v.data());
        assertTrue(ct.volume().geometry().matches(v.geometry(), 1e-4), "geometry to float32 precision");
        assertArrayEquals(ct.labels().labels(), new NiftiReader().readLabels(Location.of(files.labels()), dir).labels());

        long before = Files.size(files.volume());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KneeCtWriter.write(KneeCtPhantom.generate(new GridSize(16, 16, 16), 1), dir.resolve("out")));
        assertTrue(e.getMessage().contains("knee-ct.nii.gz") && e.getMessage().contains("already exists"), e.getMessage());
        assertEquals(before, Files.size(files.volume()));
    }
}
