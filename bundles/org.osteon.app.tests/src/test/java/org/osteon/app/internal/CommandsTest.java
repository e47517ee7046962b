package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.result.MatrixResult;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

/** The command line: exit codes, messages, listings, phantom writing. */
class CommandsTest {

    @TempDir
    Path dir;

    /** One command run in this JVM. */
    static Result osteon(String... args) {
        return OsteonCommand.run(args);
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result r = osteon("frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("osteon: unknown command 'frobnicate'"), r.err());
        assertTrue(r.err().contains("usage: osteon"), r.err());
    }

    @Test
    void optionWithoutValueIsAUsageError() {
        Result r = osteon("run", "x.osteon", "--output");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("option --output needs a value"), r.err());
    }

    @Test
    void listShowsInstalledContributions() {
        Result r = osteon("list");
        assertEquals(0, r.status(), r.err());
        for (String id : List.of("org.osteon.io.nifti", "org.osteon.phantom.kneeCt", "org.osteon.io.readVolume",
                "org.osteon.segmentation.kneeBones", "org.osteon.evaluation.regionFeatures",
                "org.osteon.evaluation.similarity", "org.osteon.zoo.densenet121", "org.osteon.evaluation.cosine",
                "org.osteon.reporting.csv", "org.osteon.reporting.html")) {
            assertTrue(r.out().contains(id), id + " missing from:\n" + r.out());
        }
        // every kind has its section, the points declared outside the core (models, losses, transforms) too
        for (String kind : List.of("readers", "dataset readers", "steps", "models", "metrics", "reporters", "losses",
                "transforms")) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches(kind + " \\(\\d+\\)")), kind + " missing from:\n" + r.out());
        }
        Result losses = osteon("list", "losses");
        assertEquals(0, losses.status(), losses.err());
        assertTrue(losses.out().startsWith("losses ("), losses.out());
        Result transforms = osteon("list", "transforms");
        assertEquals(0, transforms.status(), transforms.err());
        assertTrue(transforms.out().startsWith("transforms ("), transforms.out());
        Result bad = osteon("list", "gadgets");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown kind 'gadgets'"), bad.err());
    }

    @Test
    void phantomWritesOnceAndNeverOverwrites() throws Exception {
        Path out = dir.resolve("ph");
        Result r = osteon("phantom", "knee-ct", out.toString(), "--size", "32x32x24", "--seed", "3");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(out.resolve("knee-ct.nii.gz")) > 1000);
        assertTrue(Files.size(out.resolve("knee-ct-labels.nii.gz")) > 100);
        long before = Files.getLastModifiedTime(out.resolve("knee-ct.nii.gz")).toMillis();
        Result again = osteon("phantom", "knee-ct", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(before, Files.getLastModifiedTime(out.resolve("knee-ct.nii.gz")).toMillis());
        Result badSize = osteon("phantom", "knee-ct", dir.resolve("p2").toString(), "--size", "32x32");
        assertEquals(2, badSize.status());
    }

    @Test
    void predictIsInTheUsageAndNeedsARunAndImages() {
        assertTrue(osteon("help").out().contains("predict RUN_FOLDER|ARCHIVE IMAGE|DIR... [--heatmap] [--spacing MM] [--output DIR]"));
        Result noImages = osteon("predict", dir.toString());
        assertEquals(2, noImages.status());
        assertTrue(noImages.err().contains("'osteon predict' needs one or more images or folders of images"), noImages.err());
        Result withHeatmap = osteon("predict", dir.resolve("nope").toString(), "x.png", "--heatmap");
        assertEquals(2, withHeatmap.status());
        assertTrue(withHeatmap.err().contains("nope does not exist"), "--heatmap is an option of predict: " + withHeatmap.err());
    }

    @Test
    void predictSpacingIsAPositiveNumberForKneelRuns() throws Exception {
        for (String bad : List.of("0", "-1", "wide", "Infinity")) {
            Result r = osteon("predict", dir.toString(), "x.png", "--spacing", bad);
            assertEquals(2, r.status());
            assertTrue(r.err().contains("option --spacing expects a pixel spacing in mm > 0, got '" + bad + "'"), r.err());
        }
        Path image = dir.resolve("x.png");
        Files.write(image, new byte[] {1, 2, 3});
        Path notKneel = dir.resolve("some-run");
        Files.createDirectories(notKneel.resolve("artifacts/step"));
        Result r = osteon("predict", notKneel.toString(), image.toString(), "--spacing", "0.3", "--output", dir.resolve("p").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--spacing applies to KNEEL landmark runs"), r.err());
        assertTrue(!Files.exists(dir.resolve("p")));
    }

    @Test
    void predictWithoutATrainedModelIsAUserError() throws Exception {
        Path image = dir.resolve("x.png");
        Files.write(image, new byte[] {1, 2, 3});
        Result r = osteon("predict", dir.resolve("no-run").toString(), image.toString(), "--output", dir.resolve("p").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no-run does not exist; expected a run folder or its .osteon.zip archive"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
        assertTrue(!Files.exists(dir.resolve("p")));
    }

    @Test
    void missingExperimentIsAUserError() {
        Result r = osteon("validate", dir.resolve("none.osteon").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("none.osteon does not exist"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
    }

    @Test
    void matricesPrintAsAlignedTables() {
        MatrixResult m = new MatrixResult("similarity", "", List.of("tibia <-> femur", "a <-> b"),
                List.of("last", "third-last"), new double[][] {{0.5, -0.25}, {1, 0.123456}}, "");
        assertEquals("""
                similarity             last  third-last
                tibia <-> femur      0.5000     -0.2500
                a <-> b              1.0000      0.1235""", Commands.format(m));
    }
}
