package org.osteon.core.registry;

import java.util.List;
import java.util.Optional;

import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.PortSpec;
import org.osteon.core.step.Step;

/** A contributed pipeline step with its declared parameters and ports. */
public interface StepDescriptor extends Descriptor {

    String category();

    List<ParameterSpec> parameters();

    List<PortSpec> ports();

    default Optional<ParameterSpec> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    default Optional<PortSpec> port(String name, PortSpec.Direction direction) {
        return ports().stream().filter(p -> p.name().equals(name) && p.direction() == direction).findFirst();
    }

    /** A new instance of the step. */
    Step create();
}
