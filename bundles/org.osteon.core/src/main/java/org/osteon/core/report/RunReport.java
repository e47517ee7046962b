package org.osteon.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.osteon.core.result.MatrixResult;

/**
 * A finished run as reporters see it: what ran, with which parameters and seed, on which environment,
 * what came out.
 */
public record RunReport(String experimentName, String experimentDescription, String runId, long seed,
        Instant started, Instant finished, Map<String, String> parameters, Map<String, String> environment,
        List<StepSummary> steps, List<MatrixResult> matrices, List<ArtifactSummary> artifacts,
        List<String> warnings, Map<String, String> notes) {

    public RunReport {
        parameters = Map.copyOf(parameters);
        environment = Map.copyOf(environment);
        steps = List.copyOf(steps);
        matrices = List.copyOf(matrices);
        artifacts = List.copyOf(artifacts);
        warnings = List.copyOf(warnings);
        notes = Map.copyOf(notes);
    }

    /**
     * One executed step: id, contribution id, wall time and the peak resident memory of the process while it
     * ran (bytes; -1 where the platform does not tell).
     */
    public record StepSummary(String id, String kind, double seconds, long peakResidentBytes) {
    }

    /** One file of the run folder. */
    public record ArtifactSummary(String name, String path, String sha256, String mediaType) {
    }
}
