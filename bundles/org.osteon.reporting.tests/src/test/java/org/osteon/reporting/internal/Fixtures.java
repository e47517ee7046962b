package org.osteon.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osteon.core.report.RunReport;
import org.osteon.core.report.RunReport.ArtifactSummary;
import org.osteon.core.report.RunReport.StepSummary;
import org.osteon.core.result.MatrixResult;

/** Runs as the engine would hand them to reporters. */
final class Fixtures {

    static final String RANDOM_WEIGHTS = "The network used deterministic RANDOM weights (seed 42), not pretrained ones:"
            + " similarity values are not comparable with published ones";

    static final String SCRIPT = "<script>alert('x')</script>";

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Fixtures() {
    }

    static MatrixResult similarity() {
        return new MatrixResult("similarity", "Cosine similarity of region embeddings per layer",
                List.of("tibia <-> femur", "patella <-> femur", SCRIPT),
                List.of("denseblock1", "denseblock2 & 3"),
                new double[][] { { 0.123456, 2.0 / 3 }, { -0.98765, 1e-5 }, { 12.3, Double.NaN } }, "cosine");
    }

    static MatrixResult error() {
        return new MatrixResult("landmark-error", "Mean radial error", List.of("all"), List.of("MRE", "SD"),
                new double[][] { { 1.23449, 0.5 } }, "mm");
    }

    static RunReport run(List<MatrixResult> matrices) {
        return new RunReport("knee-similarity", "Layer-wise similarity of knee regions", "20260122-0931-a1",
                42L, Instant.parse("2026-01-22T09:31:00Z"), Instant.parse("2026-01-22T09:33:30.5Z"),
                Map.of("layers", "denseblock1,denseblock2", "label", SCRIPT),
                Map.of("os", "Linux 6.8", "jvm", "21.0.5", "device", "cpu"),
                List.of(new StepSummary("read", "org.osteon.io.readVolume", 1.25, 512L * 1024 * 1024),
                        new StepSummary("embed", "org.osteon.evaluation.layerFeatures", 140.0, 3_328L * 1024 * 1024 + 52_429),
                        new StepSummary("compare", "org.osteon.evaluation.similarity", 9.25, -1)),
                matrices,
                List.of(new ArtifactSummary("segmentation", "artifacts/seg mask.nii.gz", SHA, "application/gzip"),
                        new ArtifactSummary("weights", "artifacts/densenet121.safetensors", "", "application/octet-stream")),
                List.of(RANDOM_WEIGHTS, "Label " + SCRIPT + " was renamed"),
                Map.of("reviewer", "A & B"));
    }

    /** Every regular file under {@code dir}, relative, with '/' separators, sorted. */
    static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
