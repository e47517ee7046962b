package org.osteon.core.registry;

/**
 * A training loss contributed to {@code org.osteon.training.losses} ({@code <loss>}), with its declared
 * parameters (e.g. a triplet loss's margin).
 */
public interface LossDescriptor extends ParameterizedDescriptor {

    /**
     * A new instance of the contributed class, checked to be a {@code type} (in practice
     * {@code org.osteon.training.Loss}, which the core does not know); a class of another type or one that
     * cannot be created gives a {@link ContributionException} naming the contribution and its bundle.
     */
    <T> T create(Class<T> type);
}
