package org.osteon.core.internal.registry;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.ModelDescriptor;

/** A {@code <model>} contribution to the zoo. */
final class ModelContribution extends AbstractDescriptor implements ModelDescriptor {

    private final List<Integer> spatialDims;
    private final List<String> tasks;
    private final String weightNaming;

    ModelContribution(IConfigurationElement e) throws BadContribution {
        super(e);
        try {
            spatialDims = ContributionReader.commaList(ContributionReader.optional(e, "spatialDims", "2"),
                    Integer::valueOf);
        } catch (NumberFormatException ex) {
            throw new BadContribution("model " + id() + " has spatialDims '" + e.getAttribute("spatialDims")
                    + "', expected a comma-separated list of 2 and/or 3");
        }
        if (spatialDims.isEmpty() || spatialDims.stream().anyMatch(d -> d != 2 && d != 3)) {
            throw new BadContribution("model " + id() + " has spatialDims " + spatialDims + ", expected 2 and/or 3");
        }
        tasks = ContributionReader.commaList(ContributionReader.optional(e, "tasks", ""));
        weightNaming = ContributionReader.optional(e, "weightNaming", "torchvision");
    }

    @Override
    public List<Integer> spatialDims() {
        return spatialDims;
    }

    @Override
    public List<String> tasks() {
        return tasks;
    }

    @Override
    public String weightNaming() {
        return weightNaming;
    }

    @Override
    public <T> T create(Class<T> type) {
        return super.create(type);
    }
}
