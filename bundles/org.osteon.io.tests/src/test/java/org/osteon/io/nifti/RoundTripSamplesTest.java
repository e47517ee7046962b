package org.osteon.io.nifti;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.VolumeWriter;
import org.osteon.io.MetaImageWriter;
import org.osteon.io.NiftiWriter;
import org.osteon.io.NrrdWriter;
import org.osteon.io.RasterImageWriter;

/**
 * Writes one file per writer and layout into the folder named by {@code -Dosteon.roundtrip.dir}, with
 * {@code expected.tsv} listing what each holds (grid, spacing, origin and direction in RAS+, sha256 of the
 * values as little-endian float32, x fastest), for releng/parity/io_roundtrip_check.py to check with nibabel,
 * Pillow and spec-based numpy decoders. Skipped when the property is not set; a relative path fails (it would write into the source tree).
 */
class RoundTripSamplesTest {

    private final List<String> expected = new ArrayList<>();

    @Test
    void writeSamples() throws Exception {
        String target = System.getProperty("osteon.roundtrip.dir", "");
        assumeTrue(!target.isBlank(), "set -Dosteon.roundtrip.dir to a folder to write the round-trip samples");
        Path dir = Path.of(target);
        // relative paths resolve against the bundle folder, i.e. into the source tree: never write there
        assertTrue(dir.isAbsolute() && !target.equals("null"),
                "-Dosteon.roundtrip.dir must be an absolute folder outside the source tree, got '" + target + "'");
        Files.createDirectories(dir);
        GridSize size = new GridSize(13, 7, 5);
        Volume volume = NiftiRoundTripTest.randomVolume(size, NiftiRoundTripTest.obliqueGeometry(), 101);
        short[] l = new short[size.voxelCount()];
        for (int i = 0; i < l.length; i++) {
            l[i] = (short) ((i * 7919) % 5 - 1);
        }
        l[0] = Short.MIN_VALUE;
        l[1] = Short.MAX_VALUE;
        LabelMap labels = new LabelMap(size, NiftiRoundTripTest.obliqueGeometry(), l);

        volume(new NiftiWriter(), volume, dir, "nifti1.nii");
        volume(new NiftiWriter(), volume, dir, "nifti1.nii.gz");
        volume(NiftiWriter.nifti2(), volume, dir, "nifti2.nii.gz");
        volume(new NiftiWriter(), volume, dir, "nifti1-pair.hdr");
        labels(new NiftiWriter(), labels, dir, "labels.nii.gz");
        volume(NrrdWriter.raw(), volume, dir, "raw.nrrd");
        volume(NrrdWriter.gzip(), volume, dir, "gzip.nrrd");
        labels(NrrdWriter.gzip(), labels, dir, "labels.nrrd");
        volume(MetaImageWriter.raw(), volume, dir, "raw.mha");
        volume(MetaImageWriter.compressed(), volume, dir, "zlib.mha");
        volume(MetaImageWriter.raw(), volume, dir, "detached.mhd");
        volume(MetaImageWriter.compressed(), volume, dir, "detached-zlib.mhd");
        labels(MetaImageWriter.compressed(), labels, dir, "labels.mha");

        float[] d = new float[40 * 30];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i * 2654435761L) % 65536;
        }
        Volume slice = new Volume(new GridSize(40, 30, 1), Geometry.of(0.125, 0.2, 1), d);
        RasterImageWriter.writePng16(slice, dir.resolve("slice16.png"));
        record("slice16.png", slice);
        float[] d8 = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            d8[i] = d[i] % 256;
        }
        Volume slice8 = new Volume(slice.size(), slice.geometry(), d8);
        RasterImageWriter.writePng8(slice8, dir.resolve("slice8.png"));
        record("slice8.png", slice8);
        Files.write(dir.resolve("expected.tsv"), expected);
        for (String line : expected) {
            String name = line.substring(0, line.indexOf('\t'));
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
    }

    private void volume(VolumeWriter writer, Volume v, Path dir, String name) throws IOException,
            NoSuchAlgorithmException {
        writer.write(v, dir.resolve(name));
        record(name, v);
    }

    private void labels(VolumeWriter writer, LabelMap labels, Path dir, String name) throws IOException,
            NoSuchAlgorithmException {
        writer.write(labels, dir.resolve(name));
        float[] f = new float[labels.labels().length];
        for (int i = 0; i < f.length; i++) {
            f[i] = labels.labels()[i];
        }
        record(name, new Volume(labels.size(), labels.geometry(), f));
    }

    private void record(String name, Volume v) throws NoSuchAlgorithmException {
        ByteBuffer b = ByteBuffer.allocate(4 * v.data().length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v.data()) {
            b.putFloat(f);
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.array()));
        Geometry g = v.geometry();
        expected.add(String.join("\t", name, v.size().nx() + " " + v.size().ny() + " " + v.size().nz(),
                numbers(g.spacing()), numbers(g.origin()), numbers(g.direction()), sha));
    }

    private static String numbers(double[] values) {
        return DoubleStream.of(values).mapToObj(x -> String.format(Locale.ROOT, "%.17g", x))
                .collect(Collectors.joining(" "));
    }
}
