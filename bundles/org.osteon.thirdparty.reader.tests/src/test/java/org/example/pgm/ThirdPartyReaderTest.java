package org.example.pgm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.engine.OsteonEngine;
import org.osteon.io.VolumeReaders;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

/**
 * The PGM reader, declared only in this bundle's plugin.xml, is found and used by the platform exactly like
 * Osteon's own readers.
 */
class ThirdPartyReaderTest {

    @TempDir
    Path dir;

    /** A 3 x 2 binary grey map with values 0, 10, 20 / 30, 40, 255. */
    private Path pgm8(String name) throws IOException {
        byte[] header = "P5\n# written by a test\n3 2\n255\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pixels = {0, 10, 20, 30, 40, (byte) 255};
        byte[] all = new byte[header.length + pixels.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(pixels, 0, all, header.length, pixels.length);
        return Files.write(dir.resolve(name), all);
    }

    private static Result osteon(String... args) {
        return OsteonCommand.run(args);
    }

    @Test
    void theContributionIsListedWithItsPatterns() {
        Result r = osteon("list", "readers");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("org.example.pgm  Netpbm grey maps (P2 text, P5 binary, 8 or 16 bit) as 2D images  [*.pgm]"),
                r.out());
    }

    @Test
    void thePlatformReadsTheFormatThroughTheContribution() throws IOException {
        Path file = pgm8("knee.pgm");
        var readers = OsteonEngine.ofPlatform().registries().readers();
        assertEquals("org.example.pgm", VolumeReaders.find(readers, Location.of(file)).orElseThrow().id());
        Volume v = VolumeReaders.readVolume(readers, Location.of(file), dir);
        assertEquals(3, v.size().nx());
        assertEquals(2, v.size().ny());
        assertEquals(1, v.size().nz());
        assertArrayEquals(new float[] {0, 10, 20, 30, 40, 255}, v.data());
        assertEquals(40f, v.value(1, 1, 0));
    }

    @Test
    void infoDescribesTheImageByNameAndByContent() throws IOException {
        Path file = pgm8("knee.pgm");
        Result r = osteon("info", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("PGM  (reader org.example.pgm)"), r.out());
        assertTrue(r.out().contains("3 x 2 x 1  (2D)"), r.out());
        assertTrue(r.out().contains("0 .. 255"), r.out());
        assertTrue(r.out().contains("P5 (binary)"), r.out());

        Path noExtension = Files.copy(file, dir.resolve("scan-0001"));
        Result byContent = osteon("info", noExtension.toString(), "--json");
        assertEquals(0, byContent.status(), byContent.err());
        assertTrue(byContent.out().contains("\"reader\": \"org.example.pgm\""), byContent.out());
        assertTrue(byContent.out().contains("\"voxelType\": \"uint8\""), byContent.out());
    }

    @Test
    void aTruncatedFileIsAUserErrorNamedByTheContributedReader() throws IOException {
        Path file = pgm8("short.pgm");
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length - 2));
        Result r = osteon("info", file.toString());
        assertEquals(2, r.status());
        assertEquals("osteon: file " + file + " is truncated: expected 6 bytes of pixel data, found 4",
                r.err().strip());
    }

    @Test
    void textPgmIsReadToo() throws IOException {
        Path file = Files.writeString(dir.resolve("t.pgm"), "P2\n2 2\n1000\n0 1000\n500 7\n");
        Volume v = VolumeReaders.readVolume(OsteonEngine.ofPlatform().registries().readers(), Location.of(file), dir);
        assertArrayEquals(new float[] {0, 1000, 500, 7}, v.data());
    }
}
