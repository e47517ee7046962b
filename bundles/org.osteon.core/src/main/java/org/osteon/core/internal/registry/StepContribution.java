package org.osteon.core.internal.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;
import org.osteon.core.step.PortSpec;
import org.osteon.core.step.Step;

/** A {@code <step>} contribution with its declared parameters and ports, validated when read. */
final class StepContribution extends AbstractDescriptor implements StepDescriptor {

    private final String category;
    private final List<ParameterSpec> parameters;
    private final List<PortSpec> ports;

    StepContribution(IConfigurationElement e) throws BadContribution {
        super(e);
        category = ContributionReader.optional(e, "category", "general");
        List<ParameterSpec> params = new ArrayList<>();
        List<PortSpec> portList = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (IConfigurationElement c : e.getChildren()) {
            switch (c.getName()) {
                case "parameter" -> {
                    ParameterSpec p = parameter(c);
                    if (!names.add("p:" + p.name())) {
                        throw new BadContribution("step " + id() + " declares parameter '" + p.name() + "' twice");
                    }
                    params.add(p);
                }
                case "input", "output" -> {
                    PortSpec.Direction dir = c.getName().equals("input") ? PortSpec.Direction.INPUT
                            : PortSpec.Direction.OUTPUT;
                    String port = ContributionReader.required(c, "name");
                    if (!names.add(dir + ":" + port)) {
                        throw new BadContribution("step " + id() + " declares " + c.getName() + " '" + port + "' twice");
                    }
                    portList.add(new PortSpec(port, dir, ContributionReader.required(c, "type"),
                            Boolean.parseBoolean(ContributionReader.optional(c, "optional", "false")),
                            ContributionReader.optional(c, "doc", "")));
                }
                default -> throw new BadContribution("step " + id() + " has an unknown child <" + c.getName()
                        + ">, expected <parameter>, <input> or <output>");
            }
        }
        parameters = List.copyOf(params);
        ports = List.copyOf(portList);
    }

    private ParameterSpec parameter(IConfigurationElement c) throws BadContribution {
        String name = ContributionReader.required(c, "name");
        String typeId = ContributionReader.required(c, "type");
        ParameterType type = ParameterType.of(typeId).orElseThrow(() -> new BadContribution("parameter '" + name
                + "' of step " + id() + " has unknown type '" + typeId + "'"));
        ParameterSpec spec = new ParameterSpec(name, type, ContributionReader.optional(c, "default", ""),
                Boolean.parseBoolean(ContributionReader.optional(c, "required", "false")),
                bound(c, "min", name), bound(c, "max", name),
                ContributionReader.commaList(ContributionReader.optional(c, "choices", "")),
                ContributionReader.optional(c, "doc", ""));
        if (type == ParameterType.CHOICE && spec.choices().isEmpty()) {
            throw new BadContribution("choice parameter '" + name + "' of step " + id() + " declares no choices");
        }
        if (!spec.defaultValue().isEmpty() && type != ParameterType.FILE && type != ParameterType.LOCATION) {
            var problem = spec.check(spec.defaultValue());
            if (problem.isPresent()) {
                throw new BadContribution("default of parameter '" + name + "' of step " + id() + ": " + problem.get());
            }
        }
        return spec;
    }

    private OptionalDouble bound(IConfigurationElement c, String attribute, String name) throws BadContribution {
        String v = c.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.strip()));
        } catch (NumberFormatException ex) {
            throw new BadContribution("parameter '" + name + "' of step " + id() + " has " + attribute + "='" + v
                    + "', expected a number");
        }
    }

    @Override
    public String category() {
        return category;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public List<PortSpec> ports() {
        return ports;
    }

    @Override
    public Step create() {
        return create(Step.class);
    }
}
