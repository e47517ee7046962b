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

    /** E.g. {@code run("list", "readers")}. */
    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Commands(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).execute(args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
