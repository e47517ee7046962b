package org.osteon.core.internal.registry;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.DatasetReaderDescriptor;

/** A {@code <datasetReader>} contribution. */
final class DatasetReaderContribution extends AbstractDescriptor implements DatasetReaderDescriptor {

    DatasetReaderContribution(IConfigurationElement e) throws BadContribution {
        super(e);
    }

    @Override
    public DatasetReader create() {
        return create(DatasetReader.class);
    }
}
