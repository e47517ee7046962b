package org.osteon.core.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.io.Location;

/**
 * Reads the index of a data set in one published layout (MURA, KNEEL/OAI landmarks, RSNA bone age...) into
 * a {@link Dataset}. Images are not decoded: samples name their image files, which the image readers read
 * later. Contributed through {@code org.osteon.core.readers} as a {@code <datasetReader>} element.
 * <p>
 * A missing index file, a malformed line, an image the index lists but the folder lacks, a subject in two
 * splits or an unknown option is an {@link org.osteon.core.InvalidInputException} naming the file (and line)
 * and what was expected. Implementations need a public no-argument constructor.
 */
public interface DatasetReader {

    /**
     * Reads the data set under {@code root}. {@code options} refine what is read (e.g. {@code split=train},
     * {@code studyType=XR_FINGER}); an option the reader does not know is refused, naming the allowed ones.
     */
    Dataset read(Path root, Map<String, String> options) throws IOException;

    /**
     * Reads the data set at {@code location}: a folder (resolved against {@code base}), or a {@code scheme:rest}
     * location that this reader declares in its {@code locationPatterns} (e.g. a phantom that writes a
     * synthetic data set first). The default reads folders only.
     */
    default Dataset read(Location location, Path base, Map<String, String> options) throws IOException {
        Path root = location.file(base).orElseThrow(() -> new InvalidInputException("data set location '"
                + location + "' is not a folder; expected a folder holding the data set's index files"));
        return read(root, options);
    }

    /** Reads the whole data set with default options. */
    default Dataset read(Path root) throws IOException {
        return read(root, Map.of());
    }

    /**
     * Whether {@code root} looks like a data set in this reader's layout (its index files are there). Must not
     * throw; the default recognises nothing.
     */
    default boolean recognizes(Path root) {
        return false;
    }
}
