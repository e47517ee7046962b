package org.osteon.core.internal.registry;

/** Fixture model factory contributed by this test bundle. */
public class FixtureModelFactory {

    public String describe() {
        return "fixture network";
    }
}
