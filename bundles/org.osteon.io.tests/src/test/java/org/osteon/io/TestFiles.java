package org.osteon.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The real-world test images (read-only, from public Debian and npm packages; provenance and licences in
 * releng/testdata/MANIFEST.txt).
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** The test data root: -Dosteon.testdata when set, else releng/testdata in the repository. */
    public static Path root() {
        String explicit = System.getProperty("osteon.testdata");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String repository = System.getProperty("osteon.repository.root", "../..");
        return Path.of(repository, "releng", "testdata").toAbsolutePath().normalize();
    }

    /** A file under the test data root, e.g. {@code file("dicom", "pydicom__CT_small.dcm")}. */
    public static Path file(String folder, String name) {
        Path file = root().resolve(folder).resolve(name);
        Assumptions.assumeTrue(Files.exists(file), "test file " + file + " is not available");
        return file;
    }

    /** A file of {@code nifti/}. */
    public static Path nifti(String name) {
        return file("nifti", name);
    }
}
