package org.osteon.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.osteon.core.registry.Registries;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;
import org.osteon.core.step.PortSpec;
import org.osteon.engine.ValidationException.Problem;
import org.osteon.model.Experiment;
import org.osteon.model.Parameter;
import org.osteon.model.ParameterValue;
import org.osteon.model.PortBinding;
import org.osteon.model.Step;

/**
 * The rows the editor shows for an experiment: what each element is, the declared spec that says which values
 * it takes, and which validation problems name it. Pure model code, no widgets.
 */
public final class ExperimentElements {

    /** A step's declared parameter, with the value the experiment gives it (null when it keeps its default). */
    public record StepParameter(Step step, ParameterSpec spec, ParameterValue value) {
        public String text() {
            return value == null ? "" : value.getValue() == null ? "" : value.getValue();
        }
    }

    /** A step's input port and its connection (null when unconnected). */
    public record InputPort(Step step, PortSpec spec, PortBinding binding) {
        public String source() {
            return binding == null || binding.getSource() == null ? "" : binding.getSource();
        }
    }

    /** A step's output port. */
    public record OutputPort(Step step, PortSpec spec) {
    }

    private ExperimentElements() {
    }

    public static Optional<StepDescriptor> descriptor(Registries registries, Step step) {
        return step.getKind() == null ? Optional.empty() : registries.steps().find(step.getKind());
    }

    /** The declared parameters of {@code step} with their values, or the values alone when its kind is unknown. */
    public static List<Object> children(Registries registries, Step step) {
        List<Object> out = new ArrayList<>();
        Optional<StepDescriptor> d = descriptor(registries, step);
        if (d.isEmpty()) {
            for (ParameterValue v : step.getParameters()) {
                out.add(new StepParameter(step, new ParameterSpec(v.getName(), ParameterType.STRING, "", false,
                        OptionalDouble.empty(), OptionalDouble.empty(), List.of(), "unknown step kind"), v));
            }
            return out;
        }
        for (ParameterSpec spec : d.get().parameters()) {
            ParameterValue value = step.getParameters().stream().filter(v -> spec.name().equals(v.getName()))
                    .findFirst().orElse(null);
            out.add(new StepParameter(step, spec, value));
        }
        for (PortSpec port : d.get().ports()) {
            if (port.direction() == PortSpec.Direction.INPUT) {
                PortBinding b = step.getInputs().stream().filter(i -> port.name().equals(i.getPort())).findFirst()
                        .orElse(null);
                out.add(new InputPort(step, port, b));
            }
        }
        for (PortSpec port : d.get().ports()) {
            if (port.direction() == PortSpec.Direction.OUTPUT) {
                out.add(new OutputPort(step, port));
            }
        }
        return out;
    }

    /**
     * What an experiment parameter takes: the spec of the first step parameter whose value is exactly
     * {@code ${name}} (so its range, choices and documentation apply), else its declared type alone.
     */
    public static ParameterSpec spec(Registries registries, Experiment experiment, Parameter p) {
        String ref = "${" + p.getName() + "}";
        for (Step s : experiment.getSteps()) {
            for (ParameterValue v : s.getParameters()) {
                if (ref.equals(v.getValue() == null ? "" : v.getValue().strip())) {
                    Optional<ParameterSpec> spec = descriptor(registries, s).flatMap(d -> d.parameter(v.getName()));
                    if (spec.isPresent()) {
                        ParameterSpec s0 = spec.get();
                        String doc = p.getDoc() == null || p.getDoc().isBlank() ? s0.doc() : p.getDoc();
                        return new ParameterSpec(p.getName(), s0.type(), s0.defaultValue(), s0.required(), s0.min(),
                                s0.max(), s0.choices(), doc);
                    }
                }
            }
        }
        ParameterType type = ParameterType.of(p.getType() == null ? "" : p.getType()).orElse(ParameterType.STRING);
        return new ParameterSpec(p.getName(), type, "", false, OptionalDouble.empty(), OptionalDouble.empty(),
                List.of(), p.getDoc());
    }

    /** The outputs of other steps whose type an input port takes, as "stepId.output". */
    public static List<String> sources(Registries registries, Experiment experiment, InputPort port) {
        List<String> out = new ArrayList<>();
        for (Step s : experiment.getSteps()) {
            if (s == port.step()) {
                continue;
            }
            descriptor(registries, s).ifPresent(d -> d.ports().stream()
                    .filter(o -> o.direction() == PortSpec.Direction.OUTPUT && o.type().equals(port.spec().type()))
                    .forEach(o -> out.add(s.getId() + "." + o.name())));
        }
        return out;
    }

    /** The problems that name {@code element} (an experiment parameter, a step, a step parameter or an input). */
    public static List<String> problemsOf(Object element, List<Problem> problems) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            if (names(element, p)) {
                out.add(p.message());
            }
        }
        return out;
    }

    static boolean names(Object element, Problem p) {
        if (element instanceof Parameter param) {
            return p.step() == null && param.getName().equals(p.parameter());
        }
        if (element instanceof Step step) {
            return step.getId() != null && step.getId().equals(p.step());
        }
        if (element instanceof StepParameter sp) {
            return sp.step().getId() != null && sp.step().getId().equals(p.step())
                    && sp.spec().name().equals(p.parameter());
        }
        if (element instanceof InputPort in) {
            return in.step().getId() != null && in.step().getId().equals(p.step()) && in.spec().name().equals(p.port());
        }
        return false;
    }

    /**
     * The problems shown at an experiment parameter: its own, and those of step parameters whose value is exactly
     * {@code ${name}} (a range the step declares is checked there).
     */
    public static List<String> problemsOfParameter(Experiment experiment, Parameter param, List<Problem> problems) {
        List<String> out = new ArrayList<>(problemsOf(param, problems));
        String ref = "${" + param.getName() + "}";
        for (Problem p : problems) {
            if (p.step() == null || p.parameter() == null) {
                continue;
            }
            for (Step s : experiment.getSteps()) {
                if (!p.step().equals(s.getId())) {
                    continue;
                }
                for (ParameterValue v : s.getParameters()) {
                    if (p.parameter().equals(v.getName()) && ref.equals(v.getValue() == null ? "" : v.getValue().strip())
                            && !out.contains(p.message())) {
                        out.add(p.message());
                    }
                }
            }
        }
        return out;
    }

    /** A step id not used yet: the kind's last part, then -2, -3 ... */
    public static String newStepId(Experiment experiment, String kind) {
        String base = kind.substring(kind.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "");
        if (base.isEmpty()) {
            base = "step";
        }
        String id = base;
        for (int i = 2; taken(experiment, id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private static boolean taken(Experiment experiment, String id) {
        return experiment.getSteps().stream().anyMatch(s -> id.equals(s.getId()));
    }
}
