package org.osteon.methods.internal;

import org.osteon.core.InvalidInputException;
import org.osteon.core.step.StepContext;

/** Checks of step parameters that the methods share. */
final class StepParameters {

    private StepParameters() {
    }

    /** The step's {@code lr}, refused unless a finite number > 0. */
    static double learningRate(StepContext context) {
        double lr = context.real("lr");
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new InvalidInputException("parameter lr of step '" + context.stepId() + "' must be a learning rate > 0, got " + lr);
        }
        return lr;
    }
}
