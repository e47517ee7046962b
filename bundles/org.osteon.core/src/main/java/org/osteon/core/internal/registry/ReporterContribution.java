package org.osteon.core.internal.registry;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.ReporterDescriptor;
import org.osteon.core.report.Reporter;

/** A {@code <reporter>} contribution. */
final class ReporterContribution extends AbstractDescriptor implements ReporterDescriptor {

    ReporterContribution(IConfigurationElement e) throws BadContribution {
        super(e);
    }

    @Override
    public Reporter create() {
        return create(Reporter.class);
    }
}
