package org.osteon.engine;

import java.nio.file.Path;
import java.util.List;

import org.osteon.core.result.MatrixResult;

/** A finished, successful run: its folder, id, result matrices, archive and warnings. */
public record RunOutcome(Path runDirectory, String runId, List<MatrixResult> matrices, Path archive,
        List<String> warnings) {

    public RunOutcome {
        matrices = List.copyOf(matrices);
        warnings = List.copyOf(warnings);
    }
}
