package org.osteon.phantom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.io.FileTrees;
import org.osteon.core.io.Location;
import org.osteon.io.dataset.BoneAgeReader;
import org.osteon.io.dataset.KneelReader;
import org.osteon.io.dataset.MuraReader;
import org.osteon.io.dataset.SegmentationReader;

/**
 * The synthetic data sets (MURA, KNEEL, bone age, segmentation): writing one atomically into a folder, and reading
 * {@code phantom:KIND[?count=N&seed=S]} locations, for which the data set is written once into a cache folder
 * (the files are a pure function of kind, count and seed) and then read back with the real layout's reader,
 * so that a pipeline meets exactly what it would meet on the published data set.
 */
public final class PhantomDatasets implements DatasetReader {

    /** A data set phantom kind: its default and largest count and the reader of its layout. */
    public enum Kind {
        MURA("mura", 50, 100_000), KNEEL("kneel", 20, 10_000), BONEAGE("boneage", 100, 100_000),
        SEGMENTATION("segmentation", 100, 10_000);

        private final String id;
        private final int defaultCount;
        private final int maxCount;

        Kind(String id, int defaultCount, int maxCount) {
            this.id = id;
            this.defaultCount = defaultCount;
            this.maxCount = maxCount;
        }

        public String id() {
            return id;
        }

        public int defaultCount() {
            return defaultCount;
        }

        public int maxCount() {
            return maxCount;
        }

        /** Writes this kind's data set into an empty folder and returns its ground truth. */
        public Dataset write(Path dir, int count, long seed) throws IOException {
            return switch (this) {
                case MURA -> MuraPhantom.write(dir, count, seed);
                case KNEEL -> KneelPhantom.write(dir, count, seed);
                case BONEAGE -> BoneAgePhantom.write(dir, count, seed);
                case SEGMENTATION -> SegmentationPhantom.write(dir, count, seed);
            };
        }

        /** The reader of the layout this kind writes. */
        public DatasetReader reader() {
            return switch (this) {
                case MURA -> new MuraReader();
                case KNEEL -> new KneelReader();
                case BONEAGE -> new BoneAgeReader();
                case SEGMENTATION -> new SegmentationReader();
            };
        }

        public static Kind of(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new InvalidInputException("unknown data set phantom '" + id + "'; expected one of "
                    + String.join(", ", Stream.of(values()).map(Kind::id).toList()));
        }
    }

    /** What a {@code phantom:KIND?count=N&seed=S} location asks for. */
    public record Request(Kind kind, int count, long seed) {
    }

    /** The folder under which {@code phantom:} data sets are cached (system property {@code osteon.phantom.cache}). */
    public static Path cacheFolder() {
        String p = System.getProperty("osteon.phantom.cache");
        return p != null && !p.isBlank() ? Path.of(p)
                : Path.of(System.getProperty("java.io.tmpdir"), "osteon-phantoms-" + System.getProperty("user.name", "user"));
    }

    @Override
    public Dataset read(Path root, Map<String, String> options) throws IOException {
        throw new InvalidInputException("folder " + root + " is not a phantom location; expected phantom:mura,"
                + " phantom:kneel, phantom:boneage or phantom:segmentation, optionally with ?count=N&seed=S");
    }

    @Override
    public Dataset read(Location location, Path base, Map<String, String> options) throws IOException {
        Request r = parse(location);
        // layouts that changed (bone age gained hand_landmarks.csv, the KNEEL knees a fibular head): "-v2" keeps
        // caches written before from being reused
        Path dir = cacheFolder().resolve(r.kind().id() + (r.kind() == Kind.BONEAGE || r.kind() == Kind.KNEEL ? "-v2" : "") + "-count"
                + r.count() + "-seed" + r.seed());
        if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
            try {
                writeAtomically(dir, d -> {
                    Dataset truth = r.kind().write(d, r.count(), r.seed());
                    Files.writeString(d.resolve(COMPLETE), location.text() + "\n");
                    return truth;
                }, true);
            } catch (InvalidInputException e) {
                if (!Files.isRegularFile(dir.resolve(COMPLETE))) {
                    throw e;
                }
                // another process wrote the same phantom meanwhile: its files are the same
            }
        }
        return r.kind().reader().read(dir, options);
    }

    private static final String COMPLETE = ".osteon-phantom";

    /** Parses {@code phantom:KIND[?count=N&seed=S]}, or throws an InvalidInputException saying what was expected. */
    public static Request parse(Location location) {
        String text = location.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String expected = "; expected phantom:mura, phantom:kneel, phantom:boneage or phantom:segmentation, optionally with ?count=N&seed=S"
                + " (e.g. phantom:mura?count=200&seed=1)";
        if (!lower.startsWith("phantom:")) {
            throw new InvalidInputException("location '" + text + "' is not a phantom" + expected);
        }
        String rest = text.substring("phantom:".length());
        int q = rest.indexOf('?');
        Kind kind;
        try {
            kind = Kind.of(q < 0 ? rest : rest.substring(0, q));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("location '" + text + "' names no data set phantom" + expected);
        }
        int count = kind.defaultCount();
        long seed = 0;
        if (q >= 0) {
            for (String pair : rest.substring(q + 1).split("&", -1)) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    switch (key) {
                        case "count" -> count = Integer.parseInt(value);
                        case "seed" -> seed = Long.parseLong(value);
                        default -> throw new InvalidInputException("location '" + text + "' has unknown key '" + key
                                + "'" + expected);
                    }
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("location '" + text + "': '" + value + "' is not a whole number for "
                            + key + expected);
                }
            }
        }
        if (count < 1 || count > kind.maxCount()) {
            throw new InvalidInputException("location '" + text + "': count " + count + " is out of range; the "
                    + kind.id() + " phantom takes 1.." + kind.maxCount());
        }
        return new Request(kind, count, seed);
    }

    /** Writes a data set into a folder. */
    public interface Writer {
        Dataset write(Path dir) throws IOException;
    }

    /**
     * Writes into a hidden folder beside {@code dir} and moves it into place when complete, so that an
     * interrupted run never leaves a half-written data set under the requested name. An existing non-empty
     * {@code dir} is refused before anything is written, unless {@code replaceIncomplete} (a cache folder
     * without its completion mark, left by an interrupted writer, is then replaced).
     */
    public static Dataset writeAtomically(Path dir, Writer writer, boolean replaceIncomplete) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                if (!Files.isDirectory(target)) {
                    throw new InvalidInputException(target + " already exists and is a file; expected a new or empty folder");
                }
                if (replaceIncomplete) {
                    FileTrees.deleteTree(target);
                } else {
                    try (Stream<Path> s = Files.list(target)) {
                        if (s.findAny().isPresent()) {
                            throw new InvalidInputException(target + " already exists and is not empty; a phantom is"
                                    + " never written over existing files: choose a new folder");
                        }
                    }
                }
            }
            Path parent = target.getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            try {
                Dataset truth = writer.write(partial);
                Files.deleteIfExists(target); // only an empty folder can be here
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                return truth.relocate(target);
            } finally {
                FileTrees.deleteTree(partial);
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the phantom into " + target + ": " + e.getMessage(), e);
        }
    }

    /** The kinds' ids. */
    public static List<String> kinds() {
        return Stream.of(Kind.values()).map(Kind::id).toList();
    }
}
