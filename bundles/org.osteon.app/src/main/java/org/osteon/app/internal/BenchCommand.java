package org.osteon.app.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.engine.OsteonEngine;
import org.osteon.training.TrainingBenchmark;

import com.google.gson.GsonBuilder;

/**
 * {@code osteon bench train --model ID [--size S] [--batch B] [--steps N] [--json]}: the median time of one
 * training step of a zoo network and the process's peak memory; {@code releng/bench/train-bench.sh} runs it
 * beside the same loop in PyTorch.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    static int run(CommandLine cl, OsteonEngine engine, PrintStream out) {
        String what = cl.positional(0, "what to measure: train");
        cl.noMorePositionals(1);
        if (!what.equals("train")) {
            throw new UsageException("unknown benchmark '" + what + "'; expected train");
        }
        String model = cl.model().orElseThrow(() -> new UsageException("'osteon bench train' needs --model ID"
                + " (osteon list models)"));
        int size = cl.size().map(BenchCommand::size).orElse(224);
        int batch = cl.batch().orElse(8);
        int steps = cl.steps().orElse(10);
        NetworkFactory factory = engine.registries().models().get(model).create(NetworkFactory.class);
        DeepLearningEngine dl = engine.service(DeepLearningEngine.class);
        TrainingBenchmark.Result r = TrainingBenchmark.run(model, factory, dl, size, batch, steps, cl.seed().orElse(0L));
        if (cl.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", r.model());
            m.put("loop", r.loop());
            m.put("size", r.size());
            m.put("batch", r.batch());
            m.put("steps", r.steps());
            m.put("threads", r.threads());
            m.put("median_step_s", r.medianStepSeconds());
            m.put("peak_rss_mib", r.peakRssMiB());
            m.put("step_s", r.stepSeconds());
            out.println(new GsonBuilder().create().toJson(m));
        } else {
            out.printf(Locale.ROOT, "%s, %d x %d, batch %d, %d threads: median step %.3f s over %d steps"
                    + " (%s; after %d warm-up steps); peak memory %d MiB%n", r.model(), r.size(),
                    r.size(), r.batch(), r.threads(), r.medianStepSeconds(), r.steps(), r.loop(), TrainingBenchmark.WARMUP_STEPS,
                    r.peakRssMiB());
        }
        return Commands.OK;
    }

    private static int size(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("option --size of 'osteon bench train' expects the image side in pixels, got '"
                    + s + "'");
        }
    }
}
