package org.osteon.core.internal.registry;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.MetricDescriptor;

/** A {@code <vectorMetric>} or {@code <labelMetric>} contribution. */
final class MetricContribution extends AbstractDescriptor implements MetricDescriptor {

    private final String kind;

    MetricContribution(IConfigurationElement e, String kind) throws BadContribution {
        super(e);
        this.kind = kind;
    }

    @Override
    public String metricKind() {
        return kind;
    }

    @Override
    public <T> T create(Class<T> type) {
        return super.create(type);
    }
}
