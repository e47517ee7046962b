package org.osteon.core.registry;

/**
 * An image transform contributed to {@code org.osteon.preprocess.transforms} ({@code <transform>}), with its
 * declared parameters (e.g. CLAHE's clipLimit and tiles).
 */
public interface TransformDescriptor extends ParameterizedDescriptor {

    /**
     * A new instance of the contributed class, checked to be a {@code type} (in practice
     * {@code org.osteon.preprocess.Transform}, which the core does not know); a class of another type or one
     * that cannot be created gives a {@link ContributionException} naming the contribution and its bundle.
     */
    <T> T create(Class<T> type);
}
