package org.osteon.core.registry;

/**
 * What every contribution declares: a stable id (experiments store ids, never class names), a display
 * name, a one-line description and the bundle that contributed it.
 */
public interface Descriptor {

    String id();

    String name();

    String description();

    /** Symbolic name of the contributing bundle. */
    String contributor();
}
