package org.osteon.engine;

import java.time.Instant;

/**
 * Receives each line of a run's log as the engine writes it (the workbench's console shows them live). Called
 * on the thread that runs the experiment; must return quickly and not throw.
 */
@FunctionalInterface
public interface RunLogListener {

    void logged(Instant time, String level, String step, String message);

    /** A listener that ignores every line. */
    static RunLogListener none() {
        return (time, level, step, message) -> {
        };
    }
}
