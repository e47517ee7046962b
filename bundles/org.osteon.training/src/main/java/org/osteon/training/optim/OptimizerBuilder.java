package org.osteon.training.optim;

import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/** What every optimizer's builder sets: the parameters with the scope of the state, and the learning rate. */
public abstract class OptimizerBuilder<B extends OptimizerBuilder<B>> {

    Map<String, Tensor> parameters;
    TensorScope scope;
    double learningRate = Double.NaN;

    OptimizerBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The parameters to train, by name (e.g. {@code Module.trainableParameters()}), and the scope the state is created under. */
    public final B setParameters(Map<String, Tensor> parameters, TensorScope scope) {
        this.parameters = parameters;
        this.scope = scope;
        return self();
    }

    public final B setLearningRate(double rate) {
        learningRate = rate;
        return self();
    }

    /** Checks what this class sets, naming the optimizer. */
    final void checkCommon(String name) {
        if (parameters == null || scope == null) {
            throw new IllegalStateException(name + " needs its parameters and scope (setParameters)");
        }
        if (Double.isNaN(learningRate)) {
            throw new InvalidInputException(name + " needs a learning rate");
        }
    }
}
