package org.osteon.core.internal.registry;

import java.util.OptionalDouble;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;

/**
 * Reads one {@code <parameter>} child, the same element on the steps, losses and transforms points, so that
 * a parameter means the same (type, default, bounds, choices) wherever it is declared.
 */
final class ParameterReader {

    private ParameterReader() {
    }

    /** {@code owner} names the contribution in messages, e.g. "step org.example.blur". */
    static ParameterSpec read(IConfigurationElement c, String owner) throws BadContribution {
        String name = ContributionReader.required(c, "name");
        String typeId = ContributionReader.required(c, "type");
        ParameterType type = ParameterType.of(typeId).orElseThrow(() -> new BadContribution("parameter '" + name
                + "' of " + owner + " has unknown type '" + typeId + "'"));
        ParameterSpec spec = new ParameterSpec(name, type, ContributionReader.optional(c, "default", ""),
                Boolean.parseBoolean(ContributionReader.optional(c, "required", "false")),
                bound(c, "min", name, owner), bound(c, "max", name, owner),
                ContributionReader.commaList(ContributionReader.optional(c, "choices", "")),
                ContributionReader.optional(c, "doc", ""));
        if (type == ParameterType.CHOICE && spec.choices().isEmpty()) {
            throw new BadContribution("choice parameter '" + name + "' of " + owner + " declares no choices");
        }
        if (!spec.defaultValue().isEmpty() && type != ParameterType.FILE && type != ParameterType.LOCATION) {
            var problem = spec.check(spec.defaultValue());
            if (problem.isPresent()) {
                throw new BadContribution("default of parameter '" + name + "' of " + owner + ": " + problem.get());
            }
        }
        return spec;
    }

    private static OptionalDouble bound(IConfigurationElement c, String attribute, String name, String owner)
            throws BadContribution {
        String v = c.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.strip()));
        } catch (NumberFormatException ex) {
            throw new BadContribution("parameter '" + name + "' of " + owner + " has " + attribute + "='" + v
                    + "', expected a number");
        }
    }
}
