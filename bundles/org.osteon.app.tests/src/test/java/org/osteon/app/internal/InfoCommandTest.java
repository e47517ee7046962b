package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.testing.app.OsteonCommand.Result;
import org.osteon.testing.RepositoryFiles;

/** {@code osteon info} on real files, folders and bad input. */
class InfoCommandTest {

    @TempDir
    Path dir;

    static Path testdata(String folder, String name) {
        return RepositoryFiles.testdata().resolve(folder).resolve(name);
    }

    @Test
    void niftiFileIsDescribed() {
        // nibabel 5.0: shape (4, 5, 7), uint8, zooms (1, 3, 2), RAS
        Result r = CommandsTest.osteon("info", testdata("nifti", "nibabel__standard.nii.gz").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("size                       4 x 5 x 7\n"), r.out());
        assertTrue(r.out().contains("voxel type                 uint8"), r.out());
        assertTrue(r.out().contains("value range                0 .. 255"), r.out());
        assertTrue(r.out().contains("spacing                    1 x 3 x 2 mm"), r.out());
    }

    @Test
    void jsonIsMachineReadable() {
        Result r = CommandsTest.osteon("info", "--json", testdata("nifti", "nibabel__standard.nii.gz").toString());
        assertEquals(0, r.status(), r.err());
        var json = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("org.osteon.io.nifti", json.get("reader").getAsString());
        assertEquals(5, json.getAsJsonArray("size").get(1).getAsInt());
        assertEquals(3.0, json.getAsJsonArray("spacing").get(1).getAsDouble());
        assertEquals(9, json.getAsJsonArray("direction").size());
    }

    @Test
    void aFolderWithoutASeriesIsDescribedFileByFile() throws IOException {
        Files.copy(testdata("nifti", "nibabel__standard.nii.gz"), dir.resolve("a.nii.gz"));
        Files.copy(testdata("nifti", "nifti-js__minimal.nii"), dir.resolve("b.nii"));
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        Result r = CommandsTest.osteon("info", "--json", dir.toString());
        assertEquals(0, r.status(), r.err());
        var json = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(2, json.getAsJsonArray("images").size());
        assertEquals("notes.txt", json.getAsJsonArray("skipped").get(0).getAsString());
    }

    @Test
    void aDataSetFolderIsSummarisedPerSplit() throws IOException {
        var truth = org.osteon.phantom.BoneAgePhantom.write(dir.resolve("boneage"), 10, 4);
        Result r = CommandsTest.osteon("info", "--json", dir.resolve("boneage").toString());
        assertEquals(0, r.status(), r.err());
        var json = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("org.osteon.io.boneage", json.get("datasetReader").getAsString());
        assertEquals(truth.size(), json.get("samples").getAsInt());
        var train = json.getAsJsonObject("splits").getAsJsonObject("train");
        assertEquals(truth.split("train").size(), train.get("samples").getAsInt());
        double maxAge = truth.split("train").samples().stream().mapToDouble(s -> s.target("boneage").orElseThrow())
                .max().orElseThrow();
        assertEquals(maxAge, train.getAsJsonObject("targets").getAsJsonObject("boneage").get("max").getAsDouble());

        Result text = CommandsTest.osteon("info", dir.resolve("boneage").toString());
        assertTrue(text.out().contains("RSNA bone age  (reader org.osteon.io.boneage)"), text.out());
    }

    @Test
    void missingFileIsAUserError() {
        Result r = CommandsTest.osteon("info", dir.resolve("nothing.dcm").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("osteon: file " + dir.resolve("nothing.dcm") + " does not exist"), r.err());
    }

    @Test
    void unknownFormatIsAUserErrorListingWhatIsSupported() throws IOException {
        Path f = Files.writeString(dir.resolve("data.xyz"), "hello");
        Result r = CommandsTest.osteon("info", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no reader for image '" + f + "'"), r.err());
        assertTrue(r.err().contains("*.nii.gz"), r.err());
    }

    /** A real file of one format under another format's name: the named format's reader refuses it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "nifti, nifti-js__minimal.nii, scan.dcm, is not a DICOM file",
            "dicom, pydicom__CT_small.dcm, scan.nii, is not a NIfTI file",
            "dicom, pydicom__CT_small.dcm, scan.nrrd, is not a NRRD file",
            "dicom, pydicom__CT_small.dcm, scan.mha, has a bad MetaImage header line 1",
            "nifti, nifti-js__minimal.nii, scan.png, ''" })
    void aFileOfAnotherTypeIsAUserError(String folder, String real, String renamed, String message) throws IOException {
        Path f = Files.copy(testdata(folder, real), dir.resolve(renamed));
        Result r = CommandsTest.osteon("info", f.toString());
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().startsWith("osteon: ") && r.err().contains(f.toString()) && r.err().contains(message),
                r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }

    @Test
    void truncatedFileIsAUserErrorWithoutStackTrace() throws IOException {
        byte[] all = Files.readAllBytes(testdata("nifti", "nifti-js__minimal.nii"));
        Path f = Files.write(dir.resolve("cut.nii"), java.util.Arrays.copyOf(all, 1000));
        Result r = CommandsTest.osteon("info", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(f + " is truncated"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
