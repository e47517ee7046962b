package org.osteon.core.registry;

import java.util.List;
import java.util.Optional;

import org.osteon.core.step.PortSpec;
import org.osteon.core.step.Step;

/** A contributed pipeline step with its declared parameters and ports. */
public interface StepDescriptor extends ParameterizedDescriptor {

    String category();

    List<PortSpec> ports();

    default Optional<PortSpec> port(String name, PortSpec.Direction direction) {
        return ports().stream().filter(p -> p.name().equals(name) && p.direction() == direction).findFirst();
    }

    /** A new instance of the step. */
    Step create();
}
