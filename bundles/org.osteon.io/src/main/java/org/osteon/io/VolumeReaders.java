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

    /** The first contributed reader (registry order, i.e. by id) whose file patterns match the location. */
    public static Optional<ReaderDescriptor> find(Registry<ReaderDescriptor> readers, Location location) {
        return readers.all().stream().filter(d -> d.matches(location)).findFirst();
    }

    /**
     * The reader for a location, or an InvalidInputException naming the location and listing the patterns
     * that the installed readers support.
     */
    public static ReaderDescriptor get(Registry<ReaderDescriptor> readers, Location location, String what) {
        return find(readers, location).orElseThrow(() -> new InvalidInputException("no reader for " + what + " '"
                + location + "'; supported: " + supportedPatterns(readers.all())));
    }

    public static Volume readVolume(Registry<ReaderDescriptor> readers, Location location, Path base)
            throws IOException {
        return get(readers, location, "volume").create().read(location, base);
    }

    public static LabelMap readLabels(Registry<ReaderDescriptor> readers, Location location, Path base)
            throws IOException {
        return get(readers, location, "label map").create().readLabels(location, base);
    }

    static String supportedPatterns(List<ReaderDescriptor> readers) {
        if (readers.isEmpty()) {
            return "nothing (no reader is installed)";
        }
        return readers.stream().flatMap(d -> d.filePatterns().stream()).distinct().collect(Collectors.joining(", "));
    }
}
