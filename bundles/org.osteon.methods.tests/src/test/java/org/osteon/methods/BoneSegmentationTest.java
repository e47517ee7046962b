package org.osteon.methods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.io.DicomReader;
import org.osteon.io.RasterImageReader;
import org.osteon.io.RasterImageWriter;
import org.osteon.methods.internal.UNetSegmentationStep;
import org.osteon.phantom.SegmentationPhantom;
import org.osteon.preprocess.Image2D;
import org.osteon.testing.RepositoryFiles;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

/**
 * examples/bone-segmentation/unet.osteon end to end through the command line on tiny phantom images (16 x 16, one
 * epoch): the result matrices with their exact rows and columns, predicted masks and the overlay; 16-bit PNG and DICOM
 * images (a signed CT slice in Hounsfield units, a 12-bit MONOCHROME1 radiograph) scaled by their own range, trained
 * on and predicted; and the bad inputs (a mask of another size, a mask without image, an image without mask): exit 2,
 * one message, no run folder.
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
            Volume v = new RasterImageReader().read(mask);
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

    private static final Registry<ReaderDescriptor> READERS = Registries.ofPlatform().readers();

    @Test
    void sixteenBitImagesAreScaledByTheirOwnMinimumAndMaximum() throws IOException {
        // 16 x 16, left half 1000, right half 41000: read as the 16-bit values they are, then 0 and 1
        float[] v = new float[16 * 16];
        for (int k = 0; k < v.length; k++) {
            v[k] = k % 16 < 8 ? 1000 : 41000;
        }
        Path file = dir.resolve("scaling/grey16.png");
        Files.createDirectories(file.getParent());
        RasterImageWriter.writePng16(new Volume(new GridSize(16, 16, 1), Geometry.unit(), v), file);
        Image2D read = RadiographPreprocessing.decode(file, READERS);
        assertArrayEquals(v, read.data());
        float[] full = UNetSegmentationStep.input(read, 16);
        float[] half = UNetSegmentationStep.input(read, 8);
        for (int k = 0; k < full.length; k++) {
            assertEquals(k % 16 < 8 ? 0f : 1f, full[k], "pixel " + k + " at 16 x 16");
        }
        for (int k = 0; k < half.length; k++) {
            assertEquals(k % 8 < 4 ? 0f : 1f, half[k], "pixel " + k + " at 8 x 8 (area averaging)");
        }
    }

    @Test
    void dicomImagesAreScaledByTheirOwnRangeNegativeValuesIncluded() throws IOException {
        // a signed CT slice in Hounsfield units (negative values), and a 12-bit MONOCHROME1 radiograph, which the
        // DICOM reader inverts: the input is (v - min) / (max - min) of the reader's values, resized to S x S
        for (String[] f : List.of(new String[] {"dicom", "pydicom__CT_small.dcm"}, new String[] {"dicom-radiograph", "kneel_cr.dcm"})) {
            Path file = RepositoryFiles.testdata(f[0], f[1]);
            Volume v = new DicomReader().read(file);
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float x : v.data()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            assertTrue(max > min, f[1]);
            float[] unit = new float[v.data().length];
            for (int k = 0; k < unit.length; k++) {
                unit[k] = (v.data()[k] - min) / (max - min);
            }
            int side = v.size().nx();
            float[] expected = Image2D.grey(side, v.size().ny(), unit).resize(side, side).data();
            float[] input = UNetSegmentationStep.input(RadiographPreprocessing.decode(file, READERS), side);
            assertEquals(expected.length, input.length, f[1]);
            for (int k = 0; k < input.length; k++) {
                assertEquals(expected[k], input[k], 1e-6, f[1] + " pixel " + k);
            }
            if (f[1].startsWith("pydicom__CT")) {
                assertTrue(min < 0, "the CT slice holds negative Hounsfield units: " + min);
                // the other methods take 8- or 16-bit radiographs only; the segmentation step takes any range
                assertThrows(InvalidInputException.class, () -> RadiographPreprocessing.read(file, READERS));
            }
        }
    }

    @Test
    void sixteenBitPngAndDicomImagesTrainAndGivePredictedMasksAtTheirOwnSize() throws IOException {
        Path data = dir.resolve("mixed");
        StringBuilder splits = new StringBuilder("name,split\n");
        // four 16-bit PNGs of 40 x 32: a bright bar (bone, mask 1) on a ramp of 2000..50000
        for (int i = 0; i < 4; i++) {
            float[] image = new float[40 * 32];
            float[] mask = new float[image.length];
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 40; x++) {
                    boolean bone = x >= 10 + i && x < 22 + i && y >= 4 && y < 28;
                    image[y * 40 + x] = 2000 + 800 * x + (bone ? 16000 : 0);
                    mask[y * 40 + x] = bone ? 1 : 0;
                }
            }
            write16(data.resolve("images/png" + i + ".png"), 40, 32, image);
            png(data.resolve("masks/png" + i + ".png"), 40, 32, mask);
            splits.append("png").append(i).append(i == 3 ? ",valid\n" : ",train\n");
        }
        // the CT slice (128 x 128, Hounsfield units) and the CR (80 x 96), each twice; mask: above the mean value
        for (String[] f : List.of(new String[] {"dicom", "pydicom__CT_small.dcm", "ct"}, new String[] {"dicom-radiograph", "kneel_cr.dcm", "cr"})) {
            Path file = RepositoryFiles.testdata(f[0], f[1]);
            Volume v = new DicomReader().read(file);
            double mean = 0;
            for (float x : v.data()) {
                mean += x / v.data().length;
            }
            float[] mask = new float[v.data().length];
            for (int k = 0; k < mask.length; k++) {
                mask[k] = v.data()[k] > mean ? 1 : 0;
            }
            for (int copy = 0; copy < 2; copy++) {
                String name = f[2] + copy;
                Files.createDirectories(data.resolve("images"));
                Files.copy(file, data.resolve("images/" + name + ".dcm"));
                png(data.resolve("masks/" + name + ".png"), v.size().nx(), v.size().ny(), mask);
                splits.append(name).append(copy == 1 ? ",valid\n" : ",train\n");
            }
        }
        Files.writeString(data.resolve("splits.csv"), splits);
        Path out = dir.resolve("mixed-run");
        Result r = run(out, data.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        for (String line : Files.readAllLines(out.resolve("results/segmentation.csv")).subList(1, 3)) {
            for (String value : line.substring(line.indexOf(',') + 1).split(",")) {
                assertTrue(Double.isFinite(Double.parseDouble(value)), line);
            }
        }
        assertEquals(new GridSize(40, 32, 1), new RasterImageReader().read(out.resolve("artifacts/segment/masks/png3.png")).size());
        assertEquals(new GridSize(128, 128, 1), new RasterImageReader().read(out.resolve("artifacts/segment/masks/ct1.png")).size());
        assertEquals(new GridSize(80, 96, 1), new RasterImageReader().read(out.resolve("artifacts/segment/masks/cr1.png")).size());
        assertTrue(Files.readString(out.resolve("run.xmi")).contains("5 train and 3 valid images"), "the splits of splits.csv");
    }

    private static void write16(Path file, int width, int height, float[] values) throws IOException {
        Files.createDirectories(file.getParent());
        RasterImageWriter.writePng16(new Volume(new GridSize(width, height, 1), Geometry.unit(), values), file);
    }

    private static void png(Path file, int width, int height, float[] values) throws IOException {
        Files.createDirectories(file.getParent());
        RasterImageWriter.writePng8(new Volume(new GridSize(width, height, 1), Geometry.unit(), values), file);
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
    void imageWithoutMaskIsRefused() throws IOException {
        Path data = dir.resolve("unmasked");
        for (int i = 0; i < 5; i++) {
            png(data.resolve("images/a" + i + ".png"), 20, 20);
            if (i != 2) {
                png(data.resolve("masks/a" + i + ".png"), 20, 20);
            }
        }
        refused("unmasked", "a2.png has no mask");
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
