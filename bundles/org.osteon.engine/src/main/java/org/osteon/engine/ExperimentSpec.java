package org.osteon.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment as the engine works with it: a plain, immutable copy of the EMF Experiment, so that
 * validation and execution do not depend on how the model is stored.
 */
public record ExperimentSpec(String name, String description, long seed, List<ParameterDecl> parameters,
        List<StepSpec> steps, List<String> reporters) {

    public ExperimentSpec {
        parameters = List.copyOf(parameters);
        steps = List.copyOf(steps);
        reporters = List.copyOf(reporters);
        description = description == null ? "" : description;
    }

    /** An experiment-level parameter, referenced from step parameters as {@code ${name}}. */
    public record ParameterDecl(String name, String type, String value, String doc) {
        public ParameterDecl {
            value = value == null ? "" : value;
            doc = doc == null ? "" : doc;
            type = type == null || type.isBlank() ? "string" : type;
        }
    }

    /** A step: its id, the contribution id (kind), parameter values and input bindings (port -> step.output). */
    public record StepSpec(String id, String kind, Map<String, String> parameters, Map<String, String> inputs) {
        public StepSpec {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        }
    }

    public java.util.Optional<ParameterDecl> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
