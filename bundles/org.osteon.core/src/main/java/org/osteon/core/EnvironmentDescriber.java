package org.osteon.core;

import java.util.Map;

/**
 * A platform service that describes part of the environment a run executes in (for instance the
 * deep-learning engine: its version, native library, device and threads). The engine records what every
 * registered describer says in the run's Environment.
 */
public interface EnvironmentDescriber {

    /** Key/value facts, e.g. {"djl.version": "0.35.1", "device": "cpu"}. */
    Map<String, String> describe();
}
