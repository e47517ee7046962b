package org.osteon.core.internal.registry;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.io.FilePatterns;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.registry.ReaderDescriptor;

/** A {@code <volumeReader>} contribution with its file patterns. */
final class ReaderContribution extends AbstractDescriptor implements ReaderDescriptor {

    private final FilePatterns patterns;

    ReaderContribution(IConfigurationElement e) throws BadContribution {
        super(e);
        patterns = new FilePatterns(ContributionReader.commaList(ContributionReader.required(e, "filePatterns")));
        if (patterns.globs().isEmpty()) {
            throw new BadContribution("reader " + id() + " declares no file patterns");
        }
    }

    @Override
    public List<String> filePatterns() {
        return patterns.globs();
    }

    @Override
    public boolean matches(Location location) {
        return patterns.matches(location);
    }

    @Override
    public VolumeReader create() {
        return create(VolumeReader.class);
    }
}
