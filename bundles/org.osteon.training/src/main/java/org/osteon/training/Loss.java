package org.osteon.training;

import java.util.Map;

import org.osteon.dl.Tensor;

/**
 * The loss contract: what a {@code <loss>} contribution to the {@code org.osteon.training.losses} extension
 * point implements (its {@code class} attribute is based on this type). A loss is created through the
 * losses registry ({@code Registries.losses().get(id).create(Loss.class)}) with a public no-argument
 * constructor, then {@link #configure(Map)} receives its declared parameters.
 */
public interface Loss {

    /**
     * The loss of a batch as a one-element tensor (reduced over the batch as the loss documents, usually the
     * mean), differentiable with respect to {@code prediction}; it lives in {@code prediction}'s scope.
     *
     * @throws IllegalArgumentException when the shapes do not fit what the loss documents
     */
    Tensor compute(Tensor prediction, Tensor target);

    /**
     * Sets declared parameters from their text values (already checked against the declaration by the
     * registry); parameters not given keep their defaults.
     *
     * @throws org.osteon.core.InvalidInputException for a name the loss does not declare or a value it cannot use
     */
    void configure(Map<String, String> parameters);
}
