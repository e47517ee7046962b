package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;

/** The folder-per-class layout: classes from folder names, sorted; splits; an empty class folder refused. */
class ImageFolderReaderTest {

    @TempDir
    Path dir;

    private final ImageFolderReader reader = new ImageFolderReader();

    @Test
    void readsClassesFromFolderNames() throws Exception {
        Fixtures.touch(dir, "train/hand/b.png");
        Fixtures.touch(dir, "train/hand/a.PNG");
        Fixtures.touch(dir, "train/finger/x.jpg");
        Fixtures.touch(dir, "train/finger/notes.txt");
        Fixtures.touch(dir, "valid/elbow/e.tif");
        assertTrue(reader.recognizes(dir));
        Dataset d = reader.read(dir, Map.of());
        assertEquals(List.of("train/finger/x.jpg", "train/hand/a.PNG", "train/hand/b.png", "valid/elbow/e.tif"),
                d.samples().stream().map(Sample::id).toList(), "sorted by class folder and file; only images");
        // classes of all splits, sorted: elbow 0, finger 1, hand 2
        assertEquals(Map.of("class", 1.0), d.samples().get(0).targets());
        assertEquals(Map.of("class", 2.0), d.samples().get(1).targets());
        assertEquals(Map.of("class", 0.0), d.samples().get(3).targets());
        assertEquals("hand", d.samples().get(2).attribute("class").orElseThrow());
        assertEquals(Map.of("train", 3, "valid", 1), d.count(Sample::split));
        assertEquals(1, reader.read(dir, Map.of("split", "valid")).size());
    }

    @Test
    void emptyClassFolderAndMissingTrainAreRefused() throws Exception {
        Fixtures.touch(dir, "train/hand/a.png");
        Files.createDirectories(dir.resolve("valid/elbow"));
        String m = assertThrows(InvalidInputException.class, () -> reader.read(dir, Map.of())).getMessage();
        assertEquals("class folder " + dir.resolve("valid/elbow").toAbsolutePath().normalize() + " has no images; expected at least one .png, .jpg,"
                + " .jpeg, .tif or .tiff file in every class folder", m);
        Path none = dir.resolve("none");
        Files.createDirectories(none.resolve("valid/a"));
        assertFalse(reader.recognizes(none));
        assertTrue(assertThrows(InvalidInputException.class, () -> reader.read(none, Map.of())).getMessage().contains("has no train/ folder"));
    }
}
