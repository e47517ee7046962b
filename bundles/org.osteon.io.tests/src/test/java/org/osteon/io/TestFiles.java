package org.osteon.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The shared real-world test images (read-only); tests using them are skipped where they are absent. */
public final class TestFiles {

    private TestFiles() {
    }

    /** {@code shared/testdata/nifti}, relative to the test bundle folder, or the folder in -Dosteon.testdata. */
    public static Path nifti(String name) {
        String root = System.getProperty("osteon.testdata", "../../../shared/testdata");
        Path file = Path.of(root, "nifti", name).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "test file " + file + " is not available");
        return file;
    }
}
