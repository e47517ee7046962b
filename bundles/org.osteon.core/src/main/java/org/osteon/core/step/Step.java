package org.osteon.core.step;

/**
 * One unit of an experiment pipeline, contributed through {@code org.osteon.core.steps} with its declared
 * parameters and ports. The engine creates a fresh instance per run, validates parameters and wiring
 * before anything runs, and calls {@link #run(StepContext)} once.
 * <p>
 * A step reads its parameters and inputs from the context and publishes every declared, non-optional
 * output. A user's mistake found while running (a corrupt input file, a size mismatch) is thrown as
 * {@link org.osteon.core.InvalidInputException}; anything else is treated as an internal failure.
 */
public interface Step {

    void run(StepContext context) throws Exception;
}
