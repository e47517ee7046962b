package org.osteon.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Files of the source repository that tests read (never write): the build passes the repository root as
 * {@code -Dosteon.repository.root}; a test run from a bundle folder falls back to {@code ../..}.
 */
public final class RepositoryFiles {

    /** The system property naming the repository root. */
    public static final String ROOT_PROPERTY = "osteon.repository.root";

    private RepositoryFiles() {
    }

    /** The repository root, absolute and normalised. */
    public static Path root() {
        return Path.of(System.getProperty(ROOT_PROPERTY, "../..")).toAbsolutePath().normalize();
    }

    /** A path below the root, e.g. {@code resolve("examples", "knee-ct", "similarity.osteon")}. */
    public static Path resolve(String first, String... more) {
        return root().resolve(Path.of(first, more)).normalize();
    }

    /**
     * The real-world test data (releng/testdata, provenance and licences in its MANIFEST.txt), or the folder
     * named by {@code -Dosteon.testdata}.
     */
    public static Path testdata() {
        String explicit = System.getProperty("osteon.testdata");
        return explicit != null ? Path.of(explicit).toAbsolutePath().normalize() : resolve("releng", "testdata");
    }

    /**
     * A file of the test data, e.g. {@code testdata("dicom", "pydicom__CT_small.dcm")}; the calling test is
     * skipped (not failed) when the file is not there, as in a checkout without the test data.
     */
    public static Path testdata(String folder, String name) {
        Path file = testdata().resolve(folder).resolve(name);
        Assumptions.assumeTrue(Files.exists(file), "test file " + file + " is not available");
        return file;
    }
}
