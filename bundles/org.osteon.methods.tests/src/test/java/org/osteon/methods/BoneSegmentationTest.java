package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.RasterImageWriter;
import org.osteon.phantom.SegmentationPhantom;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

/**
 * examples/bone-segmentation/unet.osteon end to end through the command line on tiny phantom images (16 x 16, one
 * epoch): the result matrices with their exact rows and columns, predicted masks and the overlay; and the bad inputs
 * the issue names (a mask of another size, a mask without image): exit 2, one message, no run folder.
 */
class BoneSegmentationTest {

    @TempDir
    static Path dir;

    private static Path experiment;

    @BeforeAll
    static void locate() {
        experiment = RepositoryFiles.resolve("examples", "bone-segmentation", "unet.osteon");
        assertTrue(Files.isRegularFile(experiment), experiment + " not found");
    }

    private static Result run(Path output, String data) {
        return OsteonCommand.runExperiment(experiment, output, "data=" + data, "imageSize=16", "epochs=1", "batchSize=4");
    }

    @Test
    void tinyRunWritesTheExactMatrices() throws IOException {
        Path out = dir.resolve("run");
        Result r = run(out, "phantom:segmentation?count=10&seed=4");
        assertEquals(0, r.status(), r.err());
        List<String> seg = Files.readAllLines(out.resolve("results/segmentation.csv"));
        assertEquals("row,bce-loss,dice,iou,pixel-accuracy", seg.get(0));
        assertEquals(List.of("train", "valid"), seg.subList(1, seg.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
        for (String line : seg.subList(1, seg.size())) {
            String[] f = line.split(",");
            double loss = Double.parseDouble(f[1]);
            double dice = Double.parseDouble(f[2]);
            double iou = Double.parseDouble(f[3]);
            double acc = Double.parseDouble(f[4]);
            assertTrue(loss > 0 && Double.isFinite(loss), line);
            assertTrue(dice >= 0 && dice <= 1 && iou >= 0 && iou <= dice + 1e-12 && acc >= 0 && acc <= 1, line);
        }
        List<String> baseline = Files.readAllLines(out.resolve("results/baseline.csv"));
        assertEquals("row,dice,iou,pixel-accuracy", baseline.get(0));
        assertEquals(3, baseline.size(), baseline.toString());
        // every fifth phantom image is valid: seg0005 and seg0010, each with its predicted mask at the image's size
        for (String name : List.of("seg0005", "seg0010")) {
            Path mask = out.resolve("artifacts/segment/masks/" + name + ".png");
            assertTrue(Files.isRegularFile(mask), mask.toString());
            Volume v = new org.osteon.io.RasterImageReader().read(mask);
            assertEquals(new GridSize(SegmentationPhantom.SIZE, SegmentationPhantom.SIZE, 1), v.size());
        }
        assertTrue(Files.isRegularFile(out.resolve("artifacts/segment/overlay-valid.png")));
        List<String> history = Files.readAllLines(out.resolve("results/history.csv"));
        assertTrue(history.get(0).startsWith("epoch,split,loss,dice,iou,pixel-accuracy"), history.get(0));
        assertTrue(Files.readString(out.resolve("report.html")).contains("overlay-valid.png"));
    }

    private static void png(Path file, int width, int height) throws IOException {
        Files.createDirectories(file.getParent());
        RasterImageWriter.writePng8(new Volume(new GridSize(width, height, 1), Geometry.unit(), new float[width * height]), file);
    }

    private static void refused(String name, String expected) throws IOException {
        Path data = dir.resolve(name);
        Path out = dir.resolve("out-" + name);
        Result r = run(out, data.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("osteon:")).count(), r.err());
        assertFalse(Files.exists(out), "no run folder for bad input");
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("out-" + name)), "nothing half-written");
        }
    }

    @Test
    void maskOfAnotherSizeIsRefused() throws IOException {
        Path data = dir.resolve("sizes");
        for (int i = 0; i < 5; i++) {
            png(data.resolve("images/a" + i + ".png"), 20, 20);
            png(data.resolve("masks/a" + i + ".png"), 20, i == 3 ? 18 : 20);
        }
        refused("sizes", "a3.png is 20 x 18 pixels but its image");
    }

    @Test
    void maskWithoutImageIsRefused() throws IOException {
        Path data = dir.resolve("orphan");
        for (int i = 0; i < 5; i++) {
            png(data.resolve("images/a" + i + ".png"), 20, 20);
            png(data.resolve("masks/a" + i + ".png"), 20, 20);
        }
        png(data.resolve("masks/lost.png"), 20, 20);
        refused("orphan", "lost.png has no image");
    }
}
