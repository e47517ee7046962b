package org.osteon.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.io.Location;
import org.osteon.core.registry.DatasetReaderDescriptor;
import org.osteon.core.registry.Registry;

/** Picks a contributed dataset reader for a location and reads the data set's index through it. */
public final class DatasetReaders {

    private DatasetReaders() {
    }

    /**
     * The dataset reader for a location: for a {@code scheme:rest} location the first reader (by id) whose
     * location patterns match; for a folder the first reader that recognises its index files.
     */
    public static Optional<DatasetReaderDescriptor> find(Registry<DatasetReaderDescriptor> readers, Location location,
            Path base) {
        if (location.scheme().isPresent()) {
            return readers.all().stream().filter(d -> d.matches(location)).findFirst();
        }
        Path root = location.file(base).orElseThrow();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        return readers.all().stream().filter(d -> {
            try {
                return d.create().recognizes(root);
            } catch (RuntimeException e) {
                return false;
            }
        }).findFirst();
    }

    /**
     * Reads the data set at {@code location} with the reader {@code layout} (a dataset reader id), or when
     * {@code layout} is empty with the reader {@link #find} picks. A missing folder, an unknown layout or a
     * folder no reader recognises is an InvalidInputException saying what was expected.
     */
    public static Dataset read(Registry<DatasetReaderDescriptor> readers, Location location, String layout, Path base,
            Map<String, String> options) throws IOException {
        Optional<Path> folder = location.file(base);
        if (folder.isPresent() && !Files.isDirectory(folder.get())) {
            throw new InvalidInputException("data set folder " + folder.get() + (Files.exists(folder.get())
                    ? " is a file" : " does not exist") + "; expected a folder holding a data set's index files (e.g."
                    + " the folder holding MURA-v1.1/) or a phantom: location such as phantom:mura");
        }
        DatasetReaderDescriptor reader;
        if (!layout.isBlank()) {
            reader = readers.get(layout.strip());
        } else {
            reader = find(readers, location, base).orElseThrow(() -> new InvalidInputException("no dataset reader"
                    + " recognises '" + location + "'; expected a folder in one of the layouts "
                    + readers.all().stream().map(d -> d.id() + " (" + d.name() + ")").collect(Collectors.joining(", "))
                    + ", or a location matching " + readers.all().stream().flatMap(d -> d.locationPatterns().stream())
                            .collect(Collectors.joining(", "))));
        }
        return reader.create().read(location, base, options);
    }
}
