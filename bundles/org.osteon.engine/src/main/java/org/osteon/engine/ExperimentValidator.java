package org.osteon.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osteon.core.io.Location;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;
import org.osteon.core.step.PortSpec;
import org.osteon.engine.ExperimentSpec.ParameterDecl;
import org.osteon.engine.ExperimentSpec.StepSpec;

/**
 * Checks an experiment against the installed contributions before anything runs and resolves it: every
 * step kind is installed, every parameter is declared, has the declared type and range and every
 * {@code ${reference}} names an experiment parameter, every file exists, every required input is bound
 * to an output of the same type, and the steps form no cycle. All problems are collected and reported
 * together.
 */
public final class ExperimentValidator {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private final Registries registries;

    public ExperimentValidator(Registries registries) {
        this.registries = registries;
    }

    /** A step ready to run: its descriptor, final parameter values and bound inputs (port -> step.output). */
    public record ResolvedStep(StepSpec spec, StepDescriptor descriptor, Map<String, String> parameters,
            Map<String, String> inputs) {
    }

    /** The override that sets the experiment's seed ({@code --set seed=N}) when no parameter has that name. */
    public static final String SEED = "seed";

    /** The experiment with overrides applied, references substituted, steps in execution order. */
    public record ResolvedExperiment(ExperimentSpec experiment, Map<String, String> parameters,
            List<ResolvedStep> steps, Path baseDirectory) {
    }

    /**
     * Applies {@code overrides} ({@code name} for an experiment parameter, {@code step.parameter} for a
     * step parameter), validates and resolves. Throws a ValidationException listing every problem.
     */
    public ResolvedExperiment resolve(ExperimentSpec experiment, Map<String, String> overrides, Path baseDirectory) {
        return resolve(experiment, overrides, baseDirectory, baseDirectory);
    }

    /**
     * As {@link #resolve(ExperimentSpec, Map, Path)}, with relative file paths given in {@code overrides}
     * resolved against {@code overrideDirectory} (the command line's working directory), while paths written
     * in the experiment file stay relative to the file.
     */
    public ResolvedExperiment resolve(ExperimentSpec experiment, Map<String, String> overrides, Path baseDirectory,
            Path overrideDirectory) {
        // --set seed=N sets the experiment seed unless the experiment declares a parameter of that name
        Long seedOverride = null;
        List<String> problems = new ArrayList<>();
        Map<String, String> params = new LinkedHashMap<>();
        for (ParameterDecl p : experiment.parameters()) {
            if (params.containsKey(p.name())) {
                problems.add("experiment parameter '" + p.name() + "' is declared twice");
            }
            params.put(p.name(), p.value());
        }
        Map<String, Map<String, String>> stepOverrides = new HashMap<>();
        Set<String> stepIds = experiment.steps().stream().map(StepSpec::id).collect(Collectors.toSet());
        for (var o : overrides.entrySet()) {
            String key = o.getKey();
            int dot = key.indexOf('.');
            if (params.containsKey(key)) {
                ParameterType type = declSpec(experiment.parameter(key).orElseThrow()).type();
                params.put(key, absolute(o.getValue(), type, overrideDirectory));
            } else if (dot > 0 && stepIds.contains(key.substring(0, dot))) {
                String stepId = key.substring(0, dot);
                String name = key.substring(dot + 1);
                ParameterType type = experiment.steps().stream().filter(st -> st.id().equals(stepId)).findFirst()
                        .flatMap(st -> registries.steps().find(st.kind())).flatMap(d -> d.parameter(name))
                        .map(ParameterSpec::type).orElse(ParameterType.STRING);
                stepOverrides.computeIfAbsent(stepId, k -> new LinkedHashMap<>())
                        .put(name, absolute(o.getValue(), type, overrideDirectory));
            } else if (key.equals(SEED)) {
                try {
                    seedOverride = Long.parseLong(o.getValue().strip());
                } catch (NumberFormatException e) {
                    problems.add("--set seed=" + o.getValue() + ": expected a whole number (the experiment seed)");
                }
            } else {
                problems.add("--set " + key + ": unknown parameter; the experiment declares "
                        + (params.isEmpty() ? "no parameters" : String.join(", ", params.keySet()))
                        + " (or use step.parameter with a step id: " + String.join(", ", stepIds) + ")");
            }
        }
        Set<String> badParameters = new HashSet<>();
        for (ParameterDecl p : experiment.parameters()) {
            int before = problems.size();
            checkValue("experiment parameter '" + p.name() + "'", declSpec(p), params.get(p.name()), baseDirectory,
                    problems);
            if (problems.size() > before) {
                badParameters.add(p.name());
            }
        }

        Map<String, ResolvedStep> resolved = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (StepSpec s : experiment.steps()) {
            String where = "step '" + s.id() + "'";
            if (s.id() == null || !s.id().matches("[A-Za-z0-9_-]+")) {
                problems.add("step id '" + s.id() + "' must consist of letters, digits, '_' and '-'");
                continue;
            }
            if (!seen.add(s.id())) {
                problems.add(where + " is declared twice; step ids must be unique");
                continue;
            }
            Optional<StepDescriptor> found = registries.steps().find(s.kind());
            if (found.isEmpty()) {
                problems.add(where + ": unknown step kind '" + s.kind() + "'; installed steps: "
                        + registries.steps().all().stream().map(d -> d.id()).collect(Collectors.joining(", ")));
                continue;
            }
            StepDescriptor d = found.get();
            Map<String, String> values = new LinkedHashMap<>(s.parameters());
            values.putAll(stepOverrides.getOrDefault(s.id(), Map.of()));
            Map<String, String> finalValues = new LinkedHashMap<>();
            for (var v : values.entrySet()) {
                if (d.parameter(v.getKey()).isEmpty()) {
                    problems.add(where + " (" + d.id() + "): unknown parameter '" + v.getKey() + "'; declared: "
                            + d.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", ")));
                }
            }
            for (ParameterSpec p : d.parameters()) {
                String raw = values.getOrDefault(p.name(), p.defaultValue());
                String value = substitute(raw, params, where + " parameter '" + p.name() + "'", problems);
                finalValues.put(p.name(), value);
                Matcher whole = REFERENCE.matcher(raw.strip());
                if (whole.matches() && badParameters.contains(whole.group(1))) {
                    continue; // already reported for the experiment parameter it comes from
                }
                checkValue(where + " parameter '" + p.name() + "'", p, value, baseDirectory, problems);
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            for (var b : s.inputs().entrySet()) {
                if (d.port(b.getKey(), PortSpec.Direction.INPUT).isEmpty()) {
                    problems.add(where + ": unknown input '" + b.getKey() + "'; " + d.id() + " has inputs "
                            + portNames(d, PortSpec.Direction.INPUT));
                } else {
                    inputs.put(b.getKey(), b.getValue());
                }
            }
            for (PortSpec in : d.ports()) {
                if (in.direction() == PortSpec.Direction.INPUT && !in.optional() && !inputs.containsKey(in.name())) {
                    problems.add(where + ": required input '" + in.name() + "' (" + in.type()
                            + ") is not connected; bind it to an output of an earlier step as stepId.output");
                }
            }
            resolved.put(s.id(), new ResolvedStep(s, d, finalValues, inputs));
        }
        // bindings point at existing outputs of the same type
        for (ResolvedStep r : resolved.values()) {
            for (var b : r.inputs().entrySet()) {
                String src = b.getValue();
                int dot = src.lastIndexOf('.');
                String where = "step '" + r.spec().id() + "' input '" + b.getKey() + "'";
                ResolvedStep from = dot > 0 ? resolved.get(src.substring(0, dot)) : null;
                if (from == null) {
                    problems.add(where + ": source '" + src + "' does not name a step output; expected stepId.output, "
                            + "steps: " + String.join(", ", resolved.keySet()));
                    continue;
                }
                Optional<PortSpec> out = from.descriptor().port(src.substring(dot + 1), PortSpec.Direction.OUTPUT);
                PortSpec in = r.descriptor().port(b.getKey(), PortSpec.Direction.INPUT).orElseThrow();
                if (out.isEmpty()) {
                    problems.add(where + ": step '" + from.spec().id() + "' has no output '" + src.substring(dot + 1)
                            + "'; its outputs are " + portNames(from.descriptor(), PortSpec.Direction.OUTPUT));
                } else if (!out.get().type().equals(in.type())) {
                    problems.add(where + " expects " + in.type() + " but '" + src + "' gives " + out.get().type());
                }
            }
        }
        List<ResolvedStep> order = problems.isEmpty() ? order(resolved, problems) : List.of();
        for (String id : experiment.reporters()) {
            if (registries.reporters().find(id).isEmpty()) {
                problems.add("unknown reporter id '" + id + "'; installed: " + registries.reporters().all().stream()
                        .map(d -> d.id()).collect(Collectors.joining(", ")));
            }
        }
        if (experiment.steps().isEmpty()) {
            problems.add("the experiment has no steps");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("experiment '" + experiment.name() + "'", problems);
        }
        ExperimentSpec seeded = seedOverride == null ? experiment : new ExperimentSpec(experiment.name(),
                experiment.description(), seedOverride, experiment.parameters(), experiment.steps(),
                experiment.reporters());
        return new ResolvedExperiment(seeded, Map.copyOf(params), order, baseDirectory);
    }

    /** A relative file path from the command line, made absolute against the working directory. */
    private static String absolute(String value, ParameterType type, Path directory) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || type != ParameterType.FILE && type != ParameterType.LOCATION) {
            return value;
        }
        Location location = new Location(v);
        return location.scheme().isPresent() ? v : directory.resolve(v).normalize().toString();
    }

    private static String portNames(StepDescriptor d, PortSpec.Direction dir) {
        String names = d.ports().stream().filter(p -> p.direction() == dir).map(p -> p.name() + " (" + p.type() + ")")
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "none" : names;
    }

    private static ParameterSpec declSpec(ParameterDecl p) {
        ParameterType type = ParameterType.of(p.type()).orElse(ParameterType.STRING);
        return new ParameterSpec(p.name(), type, "", false, OptionalDouble.empty(), OptionalDouble.empty(),
                List.of(), p.doc());
    }

    private static String substitute(String raw, Map<String, String> params, String where, List<String> problems) {
        Matcher m = REFERENCE.matcher(raw);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = params.get(name);
            if (value == null) {
                problems.add(where + " refers to ${" + name + "}, which is not an experiment parameter; declared: "
                        + String.join(", ", params.keySet()));
                value = "";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private void checkValue(String where, ParameterSpec spec, String value, Path base, List<String> problems) {
        Optional<String> problem = spec.check(value);
        if (problem.isPresent()) {
            problems.add(where + ": " + problem.get());
            return;
        }
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return;
        }
        if (spec.type() == ParameterType.FILE || spec.type() == ParameterType.LOCATION) {
            Location location = new Location(v);
            Optional<Path> file = location.file(base);
            // a location may also name a data set folder (e.g. the folder holding MURA-v1.1/), read by a dataset reader
            boolean folderOk = spec.type() == ParameterType.LOCATION && file.isPresent() && Files.isDirectory(file.get());
            if (file.isPresent() && !Files.isRegularFile(file.get()) && !folderOk) {
                problems.add(where + ": file " + file.get() + " does not exist"
                        + (Files.isDirectory(file.get()) ? " (it is a folder)" : "") + "; expected "
                        + (spec.doc().isEmpty() ? spec.describe() : spec.doc()));
                return;
            }
            if (spec.type() == ParameterType.LOCATION && !folderOk
                    && registries.readers().all().stream().noneMatch(r -> r.matches(location))
                    && registries.datasetReaders().all().stream().noneMatch(r -> r.matches(location))) {
                problems.add(where + ": no installed reader reads '" + location.name() + "'; supported: "
                        + java.util.stream.Stream.concat(registries.readers().all().stream().flatMap(r -> r.filePatterns().stream()),
                                registries.datasetReaders().all().stream().flatMap(r -> r.locationPatterns().stream()))
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    /** Dependency order, stable with respect to declaration order; reports a cycle. */
    private static List<ResolvedStep> order(Map<String, ResolvedStep> steps, List<String> problems) {
        List<ResolvedStep> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> active = new HashSet<>();
        for (String id : steps.keySet()) {
            visit(id, steps, done, active, out, problems);
        }
        return out;
    }

    private static void visit(String id, Map<String, ResolvedStep> steps, Set<String> done, Set<String> active,
            List<ResolvedStep> out, List<String> problems) {
        if (done.contains(id)) {
            return;
        }
        if (!active.add(id)) {
            problems.add("steps form a cycle through '" + id + "'");
            return;
        }
        ResolvedStep s = steps.get(id);
        for (String src : s.inputs().values()) {
            visit(src.substring(0, src.lastIndexOf('.')), steps, done, active, out, problems);
        }
        active.remove(id);
        if (done.add(id)) {
            out.add(s);
        }
    }
}
