package org.osteon.testing.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.osteon.app.internal.Commands;

/**
 * Runs one {@code osteon} command in this JVM, as the launcher would (non-interactive console), and keeps
 * what it printed.
 */
public final class OsteonCommand {

    /** Exit status, standard output and standard error of one command. */
    public record Result(int status, String out, String err) {
    }

    private OsteonCommand() {
    }

    /** {@code osteon run EXPERIMENT --output OUTPUT --set S...} for each of {@code sets}. */
    public static Result runExperiment(java.nio.file.Path experiment, java.nio.file.Path output, String... sets) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", experiment.toString(), "--output", output.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        return run(args.toArray(String[]::new));
    }

    /** As {@link #runExperiment(java.nio.file.Path, java.nio.file.Path, String...)} with a test's base settings, then {@code sets} (later wins). */
    public static Result runExperiment(java.nio.file.Path experiment, java.nio.file.Path output, String[] base, String... sets) {
        String[] all = java.util.Arrays.copyOf(base, base.length + sets.length);
        System.arraycopy(sets, 0, all, base.length, sets.length);
        return runExperiment(experiment, output, all);
    }

    /** E.g. {@code run("list", "readers")}. */
    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).execute(args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
