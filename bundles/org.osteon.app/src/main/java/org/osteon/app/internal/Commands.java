package org.osteon.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.osteon.core.InvalidInputException;
import org.osteon.core.registry.Descriptor;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.ParameterizedDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.Registry;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.PortSpec;
import org.osteon.engine.ExperimentRunner;
import org.osteon.engine.ExperimentValidator.ResolvedExperiment;
import org.osteon.engine.OsteonEngine;
import org.osteon.engine.RunCancelledException;
import org.osteon.engine.RunFailedException;
import org.osteon.engine.RunOutcome;
import org.osteon.preprocess.TransformCatalog;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.methods.KneelPrediction;
import org.osteon.methods.Prediction;
import org.osteon.methods.kneel.KneelInference;

/** The osteon commands. Each returns the process exit status. */
public final class Commands {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USER_ERROR = 2;
    /** A run cancelled by Ctrl-C (128 + SIGINT, as shells report it); what finished is in NAME.cancelled. */
    public static final int CANCELLED = 130;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private OsteonEngine engine;
    private volatile RunCancellation running;

    public Commands(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    private OsteonEngine engine() {
        if (engine == null) {
            engine = OsteonEngine.ofPlatform();
        }
        return engine;
    }

    /** Runs the command line; never throws. */
    public int execute(String[] args) {
        try {
            CommandLine cl = CommandLine.parse(args);
            return switch (cl.command()) {
                case "run" -> run(cl);
                case "validate" -> validate(cl);
                case "list" -> list(cl);
                case "phantom" -> phantom(cl);
                case "info" -> info(cl);
                case "bench" -> BenchCommand.run(cl, engine(), out);
                case "transform" -> transform(cl);
                case "predict" -> predict(cl);
                case "model" -> model(cl);
                case "help" -> {
                    out.println(CommandLine.USAGE);
                    yield OK;
                }
                case "workbench" -> throw new UsageException("osteon workbench is started by the osteon script"
                        + " (./osteon workbench), which launches the workbench product; this is the headless one");
                default -> throw new UsageException("unknown command '" + cl.command() + "'");
            };
        } catch (UsageException e) {
            err.println("osteon: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return USER_ERROR;
        } catch (InvalidInputException e) {
            err.println("osteon: " + e.getMessage());
            return USER_ERROR;
        } catch (RunFailedException e) {
            err.println("osteon: internal error: " + rootMessage(e.getCause()));
            err.println("osteon: the stack trace is in " + e.failedRunDirectory().resolve("run.log"));
            return INTERNAL_ERROR;
        } catch (RuntimeException | Error e) {
            err.println("osteon: internal error: " + rootMessage(e));
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }

    /** The cancellation of the {@code osteon run} in progress (what Ctrl-C uses), if one is running. */
    public Optional<RunCancellation> runningCancellation() {
        return Optional.ofNullable(running);
    }

    private static String rootMessage(Throwable t) {
        return t == null ? "unknown" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private int run(CommandLine cl) {
        Path experiment = Path.of(cl.positional(0, "an experiment file (*.osteon)"));
        cl.noMorePositionals(1);
        Map<String, String> overrides = ExperimentRunner.parseOverrides(cl.sets());
        ConsoleProgress progress = new ConsoleProgress(err, interactive);
        RunOutcome outcome;
        // Ctrl-C cancels the run and waits until it is over; closing releases that wait after the last line
        try (RunCancellation cancellation = RunCancellation.onShutdown(progress::cancel)) {
            running = cancellation;
            try {
                outcome = engine().run(experiment, overrides, cl.output(), progress);
            } catch (RunCancelledException e) {
                err.println("osteon: run cancelled; what finished is in " + e.cancelledRunDirectory());
                err.flush();
                return CANCELLED;
            }
        } finally {
            running = null;
        }
        for (String w : outcome.warnings()) {
            err.println("WARNING: " + w);
        }
        for (MatrixResult m : outcome.matrices()) {
            out.println();
            out.println(format(m));
        }
        out.println();
        out.println("run " + outcome.runId() + " written to " + outcome.runDirectory());
        out.println("archive: " + outcome.archive().getFileName());
        return OK;
    }

    /** A matrix as an aligned text table with 4 decimals. */
    public static String format(MatrixResult m) {
        int w0 = Math.max(m.name().length(), m.rowLabels().stream().mapToInt(String::length).max().orElse(0));
        int w = Math.max(10, m.columnLabels().stream().mapToInt(String::length).max().orElse(0));
        StringBuilder sb = new StringBuilder(String.format("%-" + w0 + "s", m.name()));
        for (String c : m.columnLabels()) {
            sb.append("  ").append(String.format("%" + w + "s", c));
        }
        for (int r = 0; r < m.rowLabels().size(); r++) {
            sb.append('\n').append(String.format("%-" + w0 + "s", m.rowLabels().get(r)));
            for (int c = 0; c < m.columnLabels().size(); c++) {
                sb.append("  ").append(String.format(Locale.ROOT, "%" + w + ".4f", m.value(r, c)));
            }
        }
        return sb.toString();
    }

    private int predict(CommandLine cl) {
        Path run = Path.of(cl.positional(0, "a run folder or its .osteon.zip archive"));
        cl.positional(1, "one or more images or folders of images");
        List<Path> images = cl.positional().subList(1, cl.positional().size()).stream().map(Path::of).toList();
        Path output = cl.output().orElseGet(() -> Path.of("predictions-" + java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        if (KneelPrediction.recognizes(run)) {
            return predictLandmarks(cl, run, images, output);
        }
        if (cl.spacing().isPresent() && java.nio.file.Files.exists(run)) {
            throw new UsageException("--spacing applies to KNEEL landmark runs; " + run + " is not one");
        }
        Prediction.Result result;
        try {
            result = Prediction.predict(run, images, cl.heatmap(), output, Registries.ofPlatform(),
                    engine().service(DeepLearningEngine.class));
        } catch (java.io.IOException e) {
            throw new InvalidInputException("cannot write predictions to " + output + ": " + e.getMessage());
        }
        for (Prediction.Row row : result.rows()) {
            out.println(String.format(Locale.ROOT, "%.4f  %s  %s", row.probability(), row.prediction() == 1 ? "abnormal" : "normal  ",
                    row.image()));
        }
        out.println(result.rows().size() + " images; predictions written to " + result.output().resolve("predictions.csv")
                + (cl.heatmap() ? " with Grad-CAM overlays in " + result.output().resolve("heatmaps") : ""));
        return OK;
    }

    /** {@code osteon predict} on a KNEEL landmark run: one line per knee (side, the middle tibial landmark, image). */
    private int predictLandmarks(CommandLine cl, Path run, List<Path> images, Path output) {
        if (cl.heatmap()) {
            throw new UsageException("--heatmap applies to finger-abnormality runs; a KNEEL landmark run always writes"
                    + " overlays of the landmarks it finds");
        }
        KneelPrediction.Result result;
        try {
            result = KneelPrediction.predict(run, images, cl.spacing().map(OptionalDouble::of).orElse(OptionalDouble.empty()),
                    output, Registries.ofPlatform(), engine().service(DeepLearningEngine.class));
        } catch (java.io.IOException e) {
            throw new InvalidInputException("cannot write landmarks to " + output + ": " + e.getMessage());
        }
        for (KneelPrediction.Knee k : result.knees()) {
            var centre = k.landmarks().get(KneelInference.CENTRE_LANDMARK);
            out.println(String.format(Locale.ROOT, "%s  landmark %d at (%.2f, %.2f)  %.3f mm/pixel (%s)  %s", k.side(),
                    KneelInference.CENTRE_LANDMARK, centre.x(), centre.y(), k.spacing(), k.spacingSource(), k.image()));
        }
        int radiographs = result.knees().size() / KneelPrediction.SIDES.size();
        out.println(result.knees().size() + " knees of " + radiographs + (radiographs == 1 ? " image" : " images") + " (models of "
                + result.models() + (result.models() == 1 ? " fold" : " folds") + " averaged); landmarks written to "
                + result.output().resolve("landmarks.csv") + " with overlays in " + result.output().resolve("overlays"));
        return OK;
    }

    private int validate(CommandLine cl) {
        Path experiment = Path.of(cl.positional(0, "an experiment file (*.osteon)"));
        cl.noMorePositionals(1);
        ResolvedExperiment resolved = engine().validate(experiment, ExperimentRunner.parseOverrides(cl.sets()));
        out.println(experiment + ": valid; " + resolved.steps().size() + " steps in order: "
                + resolved.steps().stream().map(s -> s.spec().id()).collect(Collectors.joining(" -> ")));
        return OK;
    }

    private int list(CommandLine cl) {
        cl.noMorePositionals(1);
        String what = cl.positional().isEmpty() ? "all" : cl.positional().get(0);
        var r = engine().registries();
        switch (what) {
            case "readers" -> listReaders(r.readers());
            case "datasets" -> listPlain("dataset readers", r.datasetReaders());
            case "steps" -> listSteps(r.steps());
            case "models" -> listModels(r.models());
            case "metrics" -> listPlain("metrics", r.metrics());
            case "reporters" -> listPlain("reporters", r.reporters());
            case "losses" -> listParameterized("losses", r.losses());
            case "transforms" -> listParameterized("transforms", r.transforms());
            case "all" -> {
                listReaders(r.readers());
                listPlain("dataset readers", r.datasetReaders());
                listSteps(r.steps());
                listModels(r.models());
                listPlain("metrics", r.metrics());
                listPlain("reporters", r.reporters());
                listParameterized("losses", r.losses());
                listParameterized("transforms", r.transforms());
            }
            default -> throw new UsageException("osteon list: unknown kind '" + what
                    + "'; expected readers, datasets, steps, models, metrics, reporters, losses or transforms");
        }
        return OK;
    }

    private void header(String title, List<? extends Descriptor> all) {
        out.println(title + " (" + all.size() + ")");
    }

    private void line(Descriptor d, String extra) {
        out.println("  " + d.id() + "  " + (d.description().isEmpty() ? d.name() : d.description())
                + (extra.isEmpty() ? "" : "  " + extra));
    }

    private void listReaders(Registry<ReaderDescriptor> readers) {
        header("readers", readers.all());
        readers.all().forEach(d -> line(d, "[" + String.join(", ", d.filePatterns()) + "]"));
    }

    private void listModels(Registry<ModelDescriptor> models) {
        header("models", models.all());
        models.all().forEach(d -> line(d, "[" + d.spatialDims().stream().map(i -> i + "D").collect(
                Collectors.joining(",")) + "; " + String.join(",", d.tasks()) + "; weights: " + d.weightNaming() + "]"));
    }

    private void listPlain(String title, Registry<? extends Descriptor> registry) {
        header(title, registry.all());
        registry.all().forEach(d -> line(d, ""));
    }

    private void listSteps(Registry<StepDescriptor> steps) {
        header("steps", steps.all());
        for (StepDescriptor d : steps.all()) {
            line(d, "[" + d.category() + "]");
            for (PortSpec p : d.ports()) {
                out.println("      " + (p.direction() == PortSpec.Direction.INPUT ? "in  " : "out ") + p.name() + " ("
                        + p.type() + (p.optional() ? ", optional" : "") + ")" + (p.doc().isEmpty() ? "" : "  " + p.doc()));
            }
            listParameters(d);
        }
    }

    private void listParameterized(String title, Registry<? extends ParameterizedDescriptor> registry) {
        header(title, registry.all());
        for (ParameterizedDescriptor d : registry.all()) {
            line(d, "");
            listParameters(d);
        }
    }

    private void listParameters(ParameterizedDescriptor d) {
        for (ParameterSpec p : d.parameters()) {
            out.println("      param " + p.name() + " = " + (p.defaultValue().isEmpty() ? "(none)" : p.defaultValue())
                    + "  " + p.describe() + (p.required() ? ", required" : "")
                    + (p.doc().isEmpty() ? "" : "; " + p.doc()));
        }
    }

    private int info(CommandLine cl) {
        String target = cl.positional(0, "an image file or folder");
        cl.noMorePositionals(1);
        return new InfoCommand(engine().registries().readers(), engine().registries().datasetReaders(), out, Path.of("").toAbsolutePath()).run(target,
                cl.json());
    }

    private int transform(CommandLine cl) {
        String id = cl.positional(0, "a transform id (see 'osteon list transforms')");
        Path in = Path.of(cl.positional(1, "an input image (PNG)"));
        Path outFile = Path.of(cl.positional(2, "an output image (PNG)"));
        cl.noMorePositionals(3);
        try {
            return new TransformCommand(TransformCatalog.ofPlatform(), out).run(id, in, outFile, cl.sets(),
                    cl.seed().orElse(0L));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int phantom(CommandLine cl) {
        String kind = cl.positional(0, "a phantom kind (" + String.join(", ", Phantoms.KINDS) + ")");
        Path dir = Path.of(cl.positional(1, "an output folder"));
        cl.noMorePositionals(2);
        return Phantoms.write(kind, dir, cl, out);
    }

    private int model(CommandLine cl) {
        String action = cl.positional(0, "an action: info or run");
        String id = cl.positional(1, "a model id (osteon list models)");
        cl.noMorePositionals(2);
        ModelCommand command = new ModelCommand(engine().registries().models(), out);
        try {
            return switch (action) {
                case "info" -> command.info(id, cl.weights(), cl.json());
                case "run" -> command.run(id, CommandLine.required(cl.weights(), "--weights W.safetensors", "model run"),
                        CommandLine.required(cl.input(), "--input IN.safetensors", "model run"),
                        CommandLine.required(cl.output(), "--output OUT.safetensors", "model run"), cl.inflate());
                default -> throw new UsageException("osteon model: unknown action '" + action + "'; expected info or run");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
