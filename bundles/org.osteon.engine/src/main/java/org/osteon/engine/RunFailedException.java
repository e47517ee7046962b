package org.osteon.engine;

import java.nio.file.Path;

/**
 * A run stopped by an internal failure (not a user's mistake). The failed run's folder (never under the
 * requested name) keeps run.log with the stack trace and run.xmi with status FAILED.
 */
public class RunFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path failedRunDirectory;

    public RunFailedException(String message, Path failedRunDirectory, Throwable cause) {
        super(message, cause);
        this.failedRunDirectory = failedRunDirectory;
    }

    /** The folder holding the failed run's log. */
    public Path failedRunDirectory() {
        return failedRunDirectory;
    }
}
