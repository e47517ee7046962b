package org.osteon.methods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.osteon.core.InvalidInputException;

/**
 * The files of a finished run, for {@code osteon predict}: a run folder, or its {@code .osteon.zip} archive whose
 * entries are copied to temporary files when asked for (deleted on {@link #close()} unless {@linkplain #keep kept}).
 */
final class RunFiles implements AutoCloseable {

    private final Path run;
    private final ZipFile zip;
    private final List<Path> temporary = new ArrayList<>();
    private final Map<String, Path> extracted = new HashMap<>();

    private RunFiles(Path run, ZipFile zip) {
        this.run = run;
        this.zip = zip;
    }

    /** Opens a run folder or archive; an InvalidInputException when it does not exist or is neither. */
    static RunFiles open(Path run) throws IOException {
        requireExists(run);
        if (Files.isDirectory(run)) {
            return new RunFiles(run, null);
        }
        if (isArchive(run)) {
            try {
                return new RunFiles(run, new ZipFile(run.toFile()));
            } catch (ZipException e) {
                throw new InvalidInputException("archive " + run + " is not a readable zip file: " + e.getMessage());
            }
        }
        throw new InvalidInputException("run " + run + " is neither a run folder nor an .osteon.zip archive");
    }

    static void requireExists(Path run) {
        if (!Files.exists(run)) {
            throw new InvalidInputException("run " + run + " does not exist; expected a run folder or its .osteon.zip archive");
        }
    }

    static boolean isArchive(Path run) {
        return Files.isRegularFile(run) && run.getFileName().toString().endsWith(".zip");
    }

    Path location() {
        return run;
    }

    boolean archive() {
        return zip != null;
    }

    /** "run FOLDER" or "archive ZIP", for messages. */
    String describe() {
        return (archive() ? "archive " : "run ") + run;
    }

    /** Every file's path relative to the run ('/'-separated), sorted. */
    List<String> paths() throws IOException {
        if (zip != null) {
            return zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).sorted().toList();
        }
        try (Stream<Path> s = Files.walk(run)) {
            return s.filter(Files::isRegularFile).map(p -> run.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** A file of the run: in a folder the file itself, in an archive a temporary copy (one per entry). */
    Path file(String path) throws IOException {
        if (zip == null) {
            return run.resolve(path);
        }
        Path done = extracted.get(path);
        if (done != null) {
            return done;
        }
        ZipEntry e = zip.getEntry(path);
        if (e == null) {
            throw new InvalidInputException("archive " + run + " has no " + path);
        }
        Path tmp = Files.createTempFile("osteon-run", "-" + Path.of(path).getFileName());
        temporary.add(tmp);
        try (InputStream in = zip.getInputStream(e)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        extracted.put(path, tmp);
        return tmp;
    }

    /** Leaves a temporary copy in place after {@link #close()}: the caller deletes it. */
    void keep(Path file) {
        temporary.remove(file);
    }

    @Override
    public void close() throws IOException {
        try {
            for (Path p : temporary) {
                Files.deleteIfExists(p);
            }
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }
}
