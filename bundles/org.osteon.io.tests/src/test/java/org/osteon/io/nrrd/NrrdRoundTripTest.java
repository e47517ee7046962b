package org.osteon.io.nrrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.io.NrrdReader;
import org.osteon.io.NrrdWriter;
import org.osteon.io.nifti.NiftiRoundTripTest;

class NrrdRoundTripTest {

    @TempDir
    Path dir;

    private static NrrdWriter writer(String encoding) {
        return encoding.equals("raw") ? NrrdWriter.raw() : NrrdWriter.gzip();
    }

    static void assertGeometryExact(Geometry expected, Geometry actual) {
        assertArrayEquals(expected.spacing(), actual.spacing(), 1e-12, "spacing");
        assertArrayEquals(expected.origin(), actual.origin(), 0, "origin");
        assertArrayEquals(expected.direction(), actual.direction(), 1e-12, "direction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"raw", "gzip"})
    void volumeRoundTripIsExact(String encoding) throws IOException {
        GridSize size = new GridSize(13, 7, 5);
        Volume original = NiftiRoundTripTest.randomVolume(size, NiftiRoundTripTest.obliqueGeometry(), 11);
        Path file = dir.resolve("vol.nrrd");
        writer(encoding).write(original, file);
        Volume back = new NrrdReader().read(new Location("vol.nrrd"), dir);
        assertEquals(size, back.size());
        assertArrayEquals(original.data(), back.data());
        assertGeometryExact(original.geometry(), back.geometry());
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("NRRD0004\n"), text);
        assertTrue(text.contains("\nspace: right-anterior-superior\n") && text.contains("\ntype: float\n")
                && text.contains("\nencoding: " + encoding + "\n") && text.contains("\nspace origin: (-40.5,12.25,7)\n"),
                text.substring(0, 400));
        if (encoding.equals("raw")) {
            assertEquals(text.indexOf("\n\n") + 2 + 4L * size.voxelCount(), Files.size(file));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"raw", "gzip"})
    void labelMapRoundTripIsExact(String encoding) throws IOException {
        GridSize size = new GridSize(6, 9, 4);
        short[] labels = new short[size.voxelCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (short) (i % 3 == 0 ? 0 : i % 7 - 2);
        }
        labels[5] = Short.MAX_VALUE;
        labels[6] = Short.MIN_VALUE;
        Geometry g = new Geometry(new double[] {0.3, 1.1, 2.7}, new double[] {1e-3, -7.125, 123.456},
                new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0});
        Path file = dir.resolve("labels.nrrd");
        writer(encoding).write(new LabelMap(size, g, labels), file);
        LabelMap back = new NrrdReader().readLabels(Location.of(file), dir);
        assertArrayEquals(labels, back.labels());
        assertGeometryExact(g, back.geometry());
        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("\ntype: short\n"));
    }

    @Test
    void twoDimensionalSliceRoundTrip() throws IOException {
        Volume original = NiftiRoundTripTest.randomVolume(new GridSize(17, 3, 1), Geometry.of(0.143, 0.2, 1), 12);
        Path file = dir.resolve("slice.nrrd");
        new NrrdWriter().write(original, file);
        Volume back = new NrrdReader().read(file);
        assertArrayEquals(original.data(), back.data());
        assertGeometryExact(original.geometry(), back.geometry());
    }

    @Test
    void otherNamesAreRefused() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new NrrdWriter().write(NiftiRoundTripTest.randomVolume(new GridSize(2, 2, 2), Geometry.unit(), 1),
                        dir.resolve("v.nhdr")));
        assertTrue(e.getMessage().contains("v.nhdr") && e.getMessage().contains(".nrrd"), e.getMessage());
    }

    /** Truncations and random byte changes give a volume or an InvalidInputException, nothing else. */
    @ParameterizedTest
    @ValueSource(strings = {"raw", "gzip", "text", "detached"})
    void damagedFilesFailOnlyWithInvalidInput(String kind) throws IOException {
        Path file = dir.resolve(kind.equals("detached") ? "f.nhdr" : "f.nrrd");
        byte[] good;
        if (kind.equals("text")) {
            StringBuilder b = new StringBuilder("NRRD0004\ntype: short\ndimension: 3\nsizes: 5 4 3\nspace: LPS\n"
                    + "space directions: (1,0,0) (0,2,0) (0,0,3)\nspace origin: (1,2,3)\nencoding: text\n\n");
            for (int i = 0; i < 60; i++) {
                b.append(i * 37 - 900).append(i % 5 == 4 ? "\n" : " ");
            }
            good = b.toString().getBytes(StandardCharsets.US_ASCII);
        } else if (kind.equals("detached")) {
            Files.write(dir.resolve("f.raw"), new byte[120]);
            good = ("NRRD0004\ntype: short\nendian: big\ndimension: 3\nsizes: 5 4 3\nspacings: 1 2 3\n"
                    + "line skip: 0\nbyte skip: -1\nencoding: raw\ndata file: f.raw\n").getBytes(StandardCharsets.US_ASCII);
        } else {
            writer(kind).write(NiftiRoundTripTest.randomVolume(new GridSize(9, 8, 7), NiftiRoundTripTest
                    .obliqueGeometry(), 13), file);
            good = Files.readAllBytes(file);
        }
        Random random = new Random(42);
        NrrdReader reader = new NrrdReader();
        int headerEnd = Math.max(8, new String(good, StandardCharsets.ISO_8859_1).indexOf("\n\n") + 2);
        for (int round = 0; round < 400; round++) {
            byte[] bad;
            if (round < 60) {
                bad = Arrays.copyOf(good, round < 30 ? round * good.length / 30 : random.nextInt(good.length));
            } else {
                bad = good.clone();
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    int at = round % 2 == 0 ? random.nextInt(Math.min(headerEnd, bad.length)) : random.nextInt(bad.length);
                    bad[at] = round % 3 == 0 ? (byte) (' ' + random.nextInt(95)) : (byte) random.nextInt(256);
                }
            }
            Files.write(file, bad);
            try {
                reader.read(file);
            } catch (InvalidInputException expected) {
                assertTrue(expected.getMessage().contains(file.toString()) || expected.getMessage().contains("f.raw"),
                        expected.getMessage());
            } catch (Throwable t) {
                fail("round " + round + " of " + kind + ": " + t, t);
            }
        }
    }
}
