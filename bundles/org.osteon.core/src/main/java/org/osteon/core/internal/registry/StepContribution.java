package org.osteon.core.internal.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.step.ParameterSpec;
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
                    ParameterSpec p = ParameterReader.read(c, "step " + id());
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
