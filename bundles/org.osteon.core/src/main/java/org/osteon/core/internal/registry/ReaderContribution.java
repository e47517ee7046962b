package org.osteon.core.internal.registry;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.registry.ReaderDescriptor;

/** A {@code <volumeReader>} contribution with its file patterns. */
final class ReaderContribution extends AbstractDescriptor implements ReaderDescriptor {

    private final List<String> patterns;
    private final List<Pattern> regexes;

    ReaderContribution(IConfigurationElement e) throws BadContribution {
        super(e);
        patterns = ContributionReader.commaList(ContributionReader.required(e, "filePatterns"));
        if (patterns.isEmpty()) {
            throw new BadContribution("reader " + id() + " declares no file patterns");
        }
        regexes = patterns.stream().map(ReaderContribution::glob).toList();
    }

    /** A case-insensitive regex for a glob with * and ?. */
    static Pattern glob(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    @Override
    public List<String> filePatterns() {
        return patterns;
    }

    @Override
    public boolean matches(Location location) {
        String name = location.name().toLowerCase(Locale.ROOT);
        return regexes.stream().anyMatch(r -> r.matcher(name).matches());
    }

    @Override
    public VolumeReader create() {
        return create(VolumeReader.class);
    }
}
