package org.osteon.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The shared real-world test images (read-only); tests using them are skipped where they are absent. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * A file of {@code shared/testdata/nifti}: under -Dosteon.testdata when set, else beside the repository
     * (-Dosteon.repository.root, set by the build, /../shared/testdata).
     */
    public static Path nifti(String name) {
        String repository = System.getProperty("osteon.repository.root");
        String root = System.getProperty("osteon.testdata", repository != null ? repository + "/../shared/testdata"
                : "../../../shared/testdata");
        Path file = Path.of(root, "nifti", name).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file), "test file " + file + " is not available");
        return file;
    }
}
