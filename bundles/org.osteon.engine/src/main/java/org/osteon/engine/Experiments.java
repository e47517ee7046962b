package org.osteon.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.model.Experiment;
import org.osteon.model.ExperimentFileException;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.Parameter;
import org.osteon.model.ParameterValue;
import org.osteon.model.PortBinding;
import org.osteon.model.Step;

/** Reads experiment files (*.osteon, XMI) into the engine's ExperimentSpec. */
public final class Experiments {

    private Experiments() {
    }

    /** Loads an experiment; a missing or malformed file is an InvalidInputException naming it. */
    public static ExperimentSpec load(Path file) {
        Experiment x;
        try {
            x = ExperimentFiles.loadExperiment(file);
        } catch (ExperimentFileException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        return toSpec(x);
    }

    public static ExperimentSpec toSpec(Experiment x) {
        List<ExperimentSpec.ParameterDecl> params = new ArrayList<>();
        for (Parameter p : x.getParameters()) {
            params.add(new ExperimentSpec.ParameterDecl(p.getName(), p.getType(), p.getValue(), p.getDoc()));
        }
        List<ExperimentSpec.StepSpec> steps = new ArrayList<>();
        for (Step s : x.getSteps()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (ParameterValue v : s.getParameters()) {
                values.put(v.getName(), v.getValue() == null ? "" : v.getValue());
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            for (PortBinding b : s.getInputs()) {
                inputs.put(b.getPort(), b.getSource());
            }
            steps.add(new ExperimentSpec.StepSpec(s.getId(), s.getKind(), values, inputs));
        }
        String name = x.getName() == null || x.getName().isBlank() ? "experiment" : x.getName();
        return new ExperimentSpec(name, x.getDescription(), x.getSeed(), params, steps, x.getReporters());
    }
}
