package org.osteon.methods;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.io.FileTrees;

/**
 * The output folder of {@code osteon predict}: written as a hidden {@code .NAME.partial} folder beside its target
 * and moved into place by {@link #commit()}, so that a failure leaves nothing half-written ({@link #close()}
 * deletes the partial folder unless it was committed). An existing folder is never overwritten (an empty one is
 * replaced).
 */
final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private boolean committed;

    private OutputFolder(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /** The absolute target; an InvalidInputException when it exists and is not an empty folder. */
    static Path check(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new InvalidInputException("output " + target + " already exists; expected a new folder (nothing is overwritten)");
        }
        return target;
    }

    /** Checks the target and starts a fresh partial folder beside it. */
    static OutputFolder create(Path output) throws IOException {
        Path target = check(output);
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        FileTrees.deleteQuietly(partial);
        Files.createDirectories(partial);
        return new OutputFolder(target, partial);
    }

    /** Where to write. */
    Path partial() {
        return partial;
    }

    /** Moves the partial folder into place and returns the target. */
    Path commit() throws IOException {
        if (Files.exists(target)) {
            Files.delete(target); // empty, checked before
        }
        Files.createDirectories(target.getParent());
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        return target;
    }

    @Override
    public void close() {
        if (!committed) {
            FileTrees.deleteQuietly(partial);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
