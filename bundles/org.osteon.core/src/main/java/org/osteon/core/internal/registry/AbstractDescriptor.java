package org.osteon.core.internal.registry;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.Descriptor;

/** Common attributes of every contribution: id, name, description, class, contributor. */
abstract class AbstractDescriptor implements Descriptor {

    final IConfigurationElement element;
    private final String id;
    private final String name;
    private final String description;
    private final String contributor;
    final String className;

    AbstractDescriptor(IConfigurationElement element) throws BadContribution {
        this.element = element;
        this.id = ContributionReader.required(element, "id");
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            throw new BadContribution("id '" + id + "' must consist of letters, digits, '.', '_' and '-'");
        }
        this.name = ContributionReader.optional(element, "name", id);
        this.description = ContributionReader.optional(element, "description", "");
        this.contributor = element.getContributor().getName();
        this.className = ContributionReader.checkedClass(element);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String contributor() {
        return contributor;
    }

    <T> T create(Class<T> type) {
        return ContributionReader.create(element, id, type);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " from " + contributor + "]";
    }
}
