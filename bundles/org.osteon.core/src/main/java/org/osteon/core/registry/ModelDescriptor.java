package org.osteon.core.registry;

import java.util.List;

/**
 * A network contributed to the zoo: its factory class, spatial dimensions, tasks and the naming scheme of
 * its weights (e.g. "torchvision").
 */
public interface ModelDescriptor extends Descriptor {

    List<Integer> spatialDims();

    List<String> tasks();

    String weightNaming();

    /**
     * A new instance of the contributed factory, checked to be a {@code type} (the factory interface lives
     * in the deep-learning bundle, which the core does not know).
     */
    <T> T create(Class<T> type);
}
