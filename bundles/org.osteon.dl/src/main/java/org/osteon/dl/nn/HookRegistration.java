package org.osteon.dl.nn;

/** Removes a forward hook again; use with try-with-resources. */
@FunctionalInterface
public interface HookRegistration extends AutoCloseable {

    /** Removes the hook; removing twice is harmless. */
    @Override
    void close();
}
