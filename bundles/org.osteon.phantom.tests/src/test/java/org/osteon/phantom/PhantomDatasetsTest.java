package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.io.Location;
import org.osteon.core.registry.Registries;
import org.osteon.io.DatasetReaders;

/** phantom:mura|kneel|boneage locations: written once into the cache, read back with the layout's own reader. */
class PhantomDatasetsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void cacheInTempDir() {
        System.setProperty("osteon.phantom.cache", dir.resolve("cache").toString());
    }

    @AfterEach
    void clearCache() {
        System.clearProperty("osteon.phantom.cache");
    }

    @Test
    void locationGivesTheGroundTruthOfTheSameCountAndSeed() throws Exception {
        Dataset truth = MuraPhantom.write(dir.resolve("direct"), 12, 3);
        Dataset read = new PhantomDatasets().read(new Location("phantom:mura?count=12&seed=3"), dir, Map.of());
        assertEquals(truth.samples().size(), read.samples().size());
        assertEquals(truth.relocate(read.root()), read);
        assertTrue(Files.isRegularFile(dir.resolve("cache/mura-count12-seed3/.osteon-phantom")));
        // read again: served from the cache, same index
        long written = Files.getLastModifiedTime(dir.resolve("cache/mura-count12-seed3/.osteon-phantom")).toMillis();
        assertEquals(read, new PhantomDatasets().read(new Location("phantom:mura?count=12&seed=3"), dir, Map.of()));
        assertEquals(written, Files.getLastModifiedTime(dir.resolve("cache/mura-count12-seed3/.osteon-phantom")).toMillis());
    }

    @Test
    void readerOptionsApply() throws Exception {
        Dataset fingers = new PhantomDatasets().read(new Location("phantom:mura?count=20&seed=1"), dir,
                Map.of("studyType", "XR_FINGER"));
        assertTrue(fingers.size() > 0);
        assertTrue(fingers.samples().stream().allMatch(s -> s.attribute("studyType").orElseThrow().equals("XR_FINGER")));
        Dataset all = new PhantomDatasets().read(new Location("phantom:mura?count=20&seed=1"), dir, Map.of());
        assertTrue(all.size() > fingers.size());
    }

    @Test
    void defaultsAndBadLocations() {
        assertEquals(new PhantomDatasets.Request(PhantomDatasets.Kind.MURA, 50, 0),
                PhantomDatasets.parse(new Location("phantom:mura")));
        assertEquals(new PhantomDatasets.Request(PhantomDatasets.Kind.BONEAGE, 7, 9),
                PhantomDatasets.parse(new Location("phantom:boneage?seed=9&count=7")));
        assertTrue(assertThrows(InvalidInputException.class, () -> PhantomDatasets.parse(new Location("phantom:hip")))
                .getMessage().contains("expected phantom:mura, phantom:kneel, phantom:boneage or phantom:segmentation"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> PhantomDatasets.parse(new Location("phantom:mura?count=x"))).getMessage().contains("'x'"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> PhantomDatasets.parse(new Location("phantom:kneel?count=20000"))).getMessage().contains("1..10000"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> PhantomDatasets.parse(new Location("phantom:mura?size=3"))).getMessage().contains("unknown key 'size'"));
    }

    @Test
    void platformPicksThePhantomReaderForPhantomLocationsAndTheLayoutForFolders() throws Exception {
        Registries registries = Registries.ofPlatform();
        Dataset viaRegistry = DatasetReaders.read(registries.datasetReaders(), new Location("phantom:kneel?count=4&seed=2"),
                "", dir, Map.of());
        assertEquals(4 * 2, viaRegistry.size(), "two knees per phantom radiograph");
        MuraPhantom.write(dir.resolve("folder"), 5, 1);
        Dataset folder = DatasetReaders.read(registries.datasetReaders(), new Location("folder"), "", dir, Map.of());
        assertEquals("org.osteon.io.mura", folder.layout());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> DatasetReaders.read(
                registries.datasetReaders(), new Location("nowhere"), "", dir, Map.of()));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }
}
