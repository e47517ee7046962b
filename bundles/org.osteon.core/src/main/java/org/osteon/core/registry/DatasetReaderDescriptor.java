package org.osteon.core.registry;

import org.osteon.core.dataset.DatasetReader;

/**
 * A contributed dataset-index reader ({@code <datasetReader>} on {@code org.osteon.core.readers}), e.g. MURA,
 * KNEEL/OAI landmarks, RSNA bone age. Its id names the layout it reads.
 */
public interface DatasetReaderDescriptor extends Descriptor {

    /** A new instance of the contributed reader. */
    DatasetReader create();
}
