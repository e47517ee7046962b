package org.osteon.io;

import java.nio.file.Path;

import org.osteon.testing.RepositoryFiles;

/**
 * The real-world test images (read-only, from public Debian and npm packages; provenance and licences in
 * releng/testdata/MANIFEST.txt).
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** The test data root: -Dosteon.testdata when set, else releng/testdata in the repository. */
    public static Path root() {
        return RepositoryFiles.testdata();
    }

    /** A file under the test data root, e.g. {@code file("dicom", "pydicom__CT_small.dcm")}; skips when missing. */
    public static Path file(String folder, String name) {
        return RepositoryFiles.testdata(folder, name);
    }

    /** A file of {@code nifti/}. */
    public static Path nifti(String name) {
        return file("nifti", name);
    }

    /** The first position of {@code pattern} in {@code data}, or -1. */
    public static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
