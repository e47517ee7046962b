package org.osteon.core.registry;

import java.util.List;

import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.io.Location;

/**
 * A contributed dataset-index reader ({@code <datasetReader>} on {@code org.osteon.core.readers}), e.g. MURA,
 * KNEEL/OAI landmarks, RSNA bone age. Its id names the layout it reads.
 */
public interface DatasetReaderDescriptor extends Descriptor {

    /**
     * Patterns of {@code scheme:rest} locations the reader understands besides folders (e.g.
     * {@code phantom:mura*}); empty for readers of folders only.
     */
    default List<String> locationPatterns() {
        return List.of();
    }

    /** True when one of the {@link #locationPatterns()} matches the location (case-insensitive). */
    default boolean matches(Location location) {
        return false;
    }

    /** A new instance of the contributed reader. */
    DatasetReader create();
}
