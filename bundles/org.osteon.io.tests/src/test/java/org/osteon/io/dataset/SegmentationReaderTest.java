package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.RasterImageWriter;

/** The images/ + masks/ layout: names paired, sizes checked, splits.csv or a seeded hold-out. */
class SegmentationReaderTest {

    @TempDir
    Path dir;

    private static void png(Path file, int width, int height, float value, boolean sixteen) throws IOException {
        Files.createDirectories(file.getParent());
        float[] v = new float[width * height];
        java.util.Arrays.fill(v, value);
        v[0] = 0;
        Volume slice = new Volume(new GridSize(width, height, 1), Geometry.unit(), v);
        if (sixteen) {
            RasterImageWriter.writePng16(slice, file);
        } else {
            RasterImageWriter.writePng8(slice, file);
        }
    }

    private Path dataset(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            png(dir.resolve("images/im" + i + ".png"), 12, 8, 40000, true);
            png(dir.resolve("masks/im" + i + ".png"), 12, 8, 1, false);
        }
        return dir;
    }

    @Test
    void readsSplitsCsvAndPairsMasksByName() throws IOException {
        dataset(3);
        Files.writeString(dir.resolve("splits.csv"), "name,split\nim0,train\nim1,valid\nim2,train\n");
        SegmentationReader reader = new SegmentationReader();
        assertTrue(reader.recognizes(dir));
        Dataset d = reader.read(dir);
        assertEquals(SegmentationReader.ID, d.layout());
        assertEquals(List.of("im0", "im1", "im2"), d.samples().stream().map(Sample::id).toList());
        assertEquals(List.of("train", "valid", "train"), d.samples().stream().map(Sample::split).toList());
        Sample s = d.sample("im1").orElseThrow();
        assertEquals(dir.toAbsolutePath().normalize().resolve("images/im1.png"), s.image());
        assertEquals(dir.toAbsolutePath().normalize().resolve("masks/im1.png"), SegmentationReader.mask(d, s));
        assertEquals(1, reader.read(dir, Map.of("split", "valid")).size());
    }

    @Test
    void withoutSplitsCsvASeededShareIsHeldOut() throws IOException {
        dataset(10);
        SegmentationReader reader = new SegmentationReader();
        Dataset a = reader.read(dir, Map.of("seed", "4"));
        Dataset b = reader.read(dir, Map.of("seed", "4"));
        Set<String> validA = a.split("valid").samples().stream().map(Sample::id).collect(Collectors.toSet());
        assertEquals(2, validA.size(), "20% of 10 images");
        assertEquals(validA, b.split("valid").samples().stream().map(Sample::id).collect(Collectors.toSet()), "same seed, same hold-out");
        assertEquals(8, a.split("train").size());
        assertEquals(0, reader.read(dir, Map.of("validFraction", "0")).split("valid").size());
    }

    @Test
    void aMaskOfAnotherSizeIsRefusedNamingBothFiles() throws IOException {
        dataset(2);
        png(dir.resolve("masks/im1.png"), 12, 9, 1, false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SegmentationReader().read(dir));
        assertTrue(e.getMessage().contains("im1.png") && e.getMessage().contains("12 x 9") && e.getMessage().contains("12 x 8"),
                e.getMessage());
    }

    @Test
    void aMaskWithoutImageAndAnImageWithoutMaskAreRefused() throws IOException {
        dataset(2);
        png(dir.resolve("masks/orphan.png"), 12, 8, 1, false);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SegmentationReader().read(dir));
        assertTrue(e.getMessage().contains("orphan.png") && e.getMessage().contains("has no image"), e.getMessage());
        Files.delete(dir.resolve("masks/orphan.png"));
        Files.delete(dir.resolve("masks/im0.png"));
        e = assertThrows(InvalidInputException.class, () -> new SegmentationReader().read(dir));
        assertTrue(e.getMessage().contains("im0.png") && e.getMessage().contains("has no mask"), e.getMessage());
    }

    @Test
    void badSplitsCsvIsRefused() throws IOException {
        dataset(2);
        SegmentationReader reader = new SegmentationReader();
        Files.writeString(dir.resolve("splits.csv"), "image,split\nim0,train\nim1,valid\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage().contains("name,split"));
        Files.writeString(dir.resolve("splits.csv"), "name,split\nim0,train\nim1,holdout\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage().contains("holdout"));
        Files.writeString(dir.resolve("splits.csv"), "name,split\nim0,train\nim9,valid\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage().contains("im9"));
        Files.writeString(dir.resolve("splits.csv"), "name,split\nim0,train\n");
        String m = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(m.contains("does not list image im1"), m);
        assertFalse(reader.recognizes(dir.resolve("images")));
    }
}
