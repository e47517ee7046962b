package org.osteon.core.registry;

import java.util.List;
import java.util.Optional;

import org.osteon.core.step.ParameterSpec;

/**
 * A contribution with declared, typed parameters ({@code <parameter>} children, the same element on the
 * steps, losses and transforms points), checked when the contribution is read.
 */
public interface ParameterizedDescriptor extends Descriptor {

    /** The declared parameters in declaration order. */
    List<ParameterSpec> parameters();

    default Optional<ParameterSpec> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
