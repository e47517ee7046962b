package org.osteon.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;

/** Picks a contributed reader for a location and reads volumes and label maps through it. */
public final class VolumeReaders {

    private VolumeReaders() {
    }

    /**
     * The reader for a location: the first contributed reader (registry order, i.e. by id) whose file patterns
     * match the location's name; failing that, for an existing file or directory, the first reader that
     * {@linkplain org.osteon.core.io.VolumeReader#recognizes(Path) recognises its content}. A location
     * {@code PATH#PART} that does not exist as such is probed as {@code PATH} (a DICOM folder with a series
     * UID after the {@code #}); the chosen reader receives the whole location.
     */
    public static Optional<ReaderDescriptor> find(Registry<ReaderDescriptor> readers, Location location) {
        return find(readers, location, null);
    }

    /** As {@link #find(Registry, Location)}, resolving relative paths against {@code base}. */
    public static Optional<ReaderDescriptor> find(Registry<ReaderDescriptor> readers, Location location, Path base) {
        Optional<ReaderDescriptor> byName = readers.all().stream().filter(d -> d.matches(location)).findFirst();
        if (byName.isPresent() || location.scheme().isPresent()) {
            return byName;
        }
        Path given = location.file(base == null ? Path.of("") : base).orElse(null);
        if (given == null) {
            return Optional.empty();
        }
        Path path = probedPath(given);
        if (!java.nio.file.Files.exists(path)) {
            return Optional.empty();
        }
        return readers.all().stream().filter(d -> recognizes(d, path)).findFirst();
    }

    /**
     * The path whose content decides the reader: {@code given} itself, or for {@code FOLDER#PART} that does not
     * exist as such (e.g. one series of a DICOM folder) the folder before the last {@code #}.
     */
    public static Path probedPath(Path given) {
        String text = given.toString();
        return !java.nio.file.Files.exists(given) && text.contains("#")
                ? Path.of(text.substring(0, text.lastIndexOf('#'))) : given;
    }

    private static boolean recognizes(ReaderDescriptor descriptor, Path path) {
        try {
            return descriptor.create().recognizes(path);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The reader for a location, or an InvalidInputException naming the location and listing the patterns
     * that the installed readers support.
     */
    public static ReaderDescriptor get(Registry<ReaderDescriptor> readers, Location location, String what) {
        return get(readers, location, null, what);
    }

    /** As {@link #get(Registry, Location, String)}, resolving relative paths against {@code base}. */
    public static ReaderDescriptor get(Registry<ReaderDescriptor> readers, Location location, Path base, String what) {
        return find(readers, location, base).orElseThrow(() -> new InvalidInputException("no reader for " + what + " '"
                + location + "'; supported: " + supportedPatterns(readers.all())));
    }

    public static Volume readVolume(Registry<ReaderDescriptor> readers, Location location, Path base)
            throws IOException {
        return get(readers, location, base, "volume").create().read(location, base);
    }

    public static LabelMap readLabels(Registry<ReaderDescriptor> readers, Location location, Path base)
            throws IOException {
        return get(readers, location, base, "label map").create().readLabels(location, base);
    }

    /** The file patterns of the installed readers, for messages; "nothing (no reader is installed)" when none. */
    public static String supportedPatterns(List<ReaderDescriptor> readers) {
        if (readers.isEmpty()) {
            return "nothing (no reader is installed)";
        }
        return readers.stream().flatMap(d -> d.filePatterns().stream()).distinct().collect(Collectors.joining(", "));
    }
}
