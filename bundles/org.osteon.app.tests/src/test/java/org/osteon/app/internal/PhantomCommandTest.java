package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.core.dataset.Dataset;
import org.osteon.io.dataset.BoneAgeReader;
import org.osteon.io.dataset.KneelReader;
import org.osteon.io.dataset.MuraReader;
import org.osteon.phantom.BoneAgePhantom;
import org.osteon.phantom.KneelPhantom;
import org.osteon.phantom.MuraPhantom;

/** {@code osteon phantom mura|kneel|boneage}: written data sets read back to their ground truth; bad arguments. */
class PhantomCommandTest {

    @TempDir
    Path dir;

    private static Result osteon(String... args) {
        return CommandsTest.osteon(args);
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void muraIsWrittenAndReadsBackToTheGroundTruth(@TempDir Path truthDir) throws Exception {
        Path out = dir.resolve("mura");
        Result r = osteon("phantom", "mura", out.toString(), "--count", "12", "--seed", "3");
        assertEquals(0, r.status(), r.err());
        Dataset read = new MuraReader().read(out);
        Dataset truth = MuraPhantom.write(truthDir.resolve("mura"), 12, 3).relocate(out);
        assertEquals(truth, read);
        assertTrue(r.out().startsWith("mura phantom (count 12, seed 3) written to " + out.toAbsolutePath().normalize()),
                r.out());
        long trainStudies = read.split("train").groups("study").size();
        assertEquals(10, trainStudies);
        assertTrue(r.out().contains("  train: " + read.split("train").size() + " images in 10 studies ("), r.out());
        assertTrue(r.out().contains("  valid: " + read.split("valid").size() + " images in 2 studies ("), r.out());
        assertEquals(List.of("mura"), siblings(), "no partial folder is left behind");
    }

    @Test
    void kneelAndBoneAgeReadBackToTheGroundTruth(@TempDir Path truthDir) throws Exception {
        Path kneel = dir.resolve("kneel");
        Result k = osteon("phantom", "kneel", kneel.toString(), "--count", "3", "--seed", "8");
        assertEquals(0, k.status(), k.err());
        assertEquals(KneelPhantom.write(truthDir.resolve("kneel"), 3, 8).relocate(kneel),
                new KneelReader().read(kneel));
        assertTrue(k.out().contains("  train: 6 knees of 3 subjects; KL grades "), k.out());

        Path boneAge = dir.resolve("boneage");
        Files.createDirectories(boneAge); // an empty folder is fine
        Result b = osteon("phantom", "boneage", boneAge.toString(), "--count", "10");
        assertEquals(0, b.status(), b.err());
        assertEquals(BoneAgePhantom.write(truthDir.resolve("boneage"), 10, 0).relocate(boneAge),
                new BoneAgeReader().read(boneAge));
        assertTrue(b.out().contains("  test: 2 images ("), b.out());
        assertTrue(b.out().contains("no bone ages"), b.out());
    }

    @Test
    void existingNonEmptyFolderIsNeverOverwritten() throws Exception {
        Path out = dir.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep");
        Result r = osteon("phantom", "kneel", out.toString(), "--count", "1");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("already exists and is not empty"), r.err());
        assertEquals("keep", Files.readString(out.resolve("notes.txt")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(1, s.count());
        }
        assertEquals(List.of("taken"), siblings());
    }

    @Test
    void badArgumentsExitWithTwo() {
        Result kind = osteon("phantom", "spine", dir.resolve("x").toString());
        assertEquals(2, kind.status());
        assertTrue(kind.err().startsWith("osteon: unknown phantom 'spine'; expected one of mura, kneel, boneage, segmentation, knee-ct"),
                kind.err());
        Result zero = osteon("phantom", "mura", dir.resolve("x").toString(), "--count", "0");
        assertEquals(2, zero.status());
        assertTrue(zero.err().startsWith("osteon: option --count expects a positive whole number, got '0'"), zero.err());
        Result text = osteon("phantom", "mura", dir.resolve("x").toString(), "--count", "many");
        assertEquals(2, text.status());
        assertTrue(text.err().startsWith("osteon: option --count expects a whole number, got 'many'"), text.err());
        Result huge = osteon("phantom", "kneel", dir.resolve("x").toString(), "--count", "20000");
        assertEquals(2, huge.status());
        assertTrue(huge.err().contains("expected 1..10000"), huge.err());
        Result size = osteon("phantom", "mura", dir.resolve("x").toString(), "--size", "8x8x8");
        assertEquals(2, size.status());
        assertTrue(size.err().contains("--size applies to the knee-ct phantom only"), size.err());
        Result count = osteon("phantom", "knee-ct", dir.resolve("x").toString(), "--count", "3");
        assertEquals(2, count.status());
        assertTrue(count.err().contains("--count does not apply to the knee-ct phantom"), count.err());
        assertTrue(Files.notExists(dir.resolve("x")), "nothing written on a usage error");
    }
}
