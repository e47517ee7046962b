package org.osteon.phantom.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;

/** Checks that a phantom data set goes into a new or empty folder, never over existing files. */
public final class PhantomFolder {

    private PhantomFolder() {
    }

    /** Creates {@code dir}, or checks that it is empty; refuses a file or a non-empty folder. */
    public static Path prepare(Path dir, int count, int min, int max, String kind) throws IOException {
        if (count < min || count > max) {
            throw new InvalidInputException("the " + kind + " phantom needs a count of " + min + ".." + max + ", got "
                    + count);
        }
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new InvalidInputException(dir + " already exists and is a file; expected a new or empty folder");
            }
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new InvalidInputException(dir + " already exists and is not empty; a phantom data set is"
                            + " never written over existing files: choose a new folder");
                }
            }
        }
        Files.createDirectories(dir);
        return dir.toAbsolutePath().normalize();
    }
}
