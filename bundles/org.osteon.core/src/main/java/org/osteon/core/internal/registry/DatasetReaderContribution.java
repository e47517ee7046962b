package org.osteon.core.internal.registry;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.io.FilePatterns;
import org.osteon.core.io.Location;
import org.osteon.core.registry.DatasetReaderDescriptor;

/** A {@code <datasetReader>} contribution, with the optional location patterns it handles. */
final class DatasetReaderContribution extends AbstractDescriptor implements DatasetReaderDescriptor {

    private final FilePatterns patterns;

    DatasetReaderContribution(IConfigurationElement e) throws BadContribution {
        super(e);
        String p = e.getAttribute("locationPatterns");
        patterns = new FilePatterns(p == null ? List.of() : ContributionReader.commaList(p));
    }

    @Override
    public List<String> locationPatterns() {
        return patterns.globs();
    }

    @Override
    public boolean matches(Location location) {
        return !patterns.globs().isEmpty() && patterns.matches(location);
    }

    @Override
    public DatasetReader create() {
        return create(DatasetReader.class);
    }
}
