package org.osteon.training;

/**
 * The loss contract: what a {@code <loss>} contribution to the {@code org.osteon.training.losses} extension
 * point implements (its {@code class} attribute is based on this type). A loss is created through the
 * losses registry ({@code Registries.losses().get(id).create(Loss.class)}) with a public no-argument
 * constructor and configured from its declared parameters. Its computing method(s) are added with the
 * autograd API they need.
 */
public interface Loss {
}
