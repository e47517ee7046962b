package org.osteon.app.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during {@code osteon run}: a shutdown hook cancels the run's progress monitor and then holds the
 * JVM's shutdown until the run has kept what finished in its NAME.cancelled folder. The JVM exits as soon as
 * its hooks return, so a hook that only set the flag would kill the run before it recorded and renamed its
 * folder. The wait is bounded ({@link #SHUTDOWN_WAIT}): a step that never checks the monitor cannot hold the
 * shutdown forever; its run then stays in the hidden partial folder.
 */
public final class RunCancellation implements AutoCloseable {

    /** How long Ctrl-C waits for the run to stop at its next check (between batches, steps). */
    public static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private final Runnable cancel;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private RunCancellation(Runnable cancel) {
        this.cancel = cancel;
        this.hook = new Thread(() -> {
            cancel();
            awaitFinished(SHUTDOWN_WAIT);
        }, "osteon-cancel");
    }

    /** Installs the shutdown hook for a run that {@code cancel} cancels; close it when the run's folder is final. */
    static RunCancellation onShutdown(Runnable cancel) {
        RunCancellation c = new RunCancellation(cancel);
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    /** Asks the run to stop at its next check; returns at once. */
    public void cancel() {
        cancel.run();
    }

    /**
     * Waits until the run has finished (completed, failed or cancelled, its folder final and its last line
     * printed); false when {@code wait} passed first.
     */
    public boolean awaitFinished(Duration wait) {
        try {
            return finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The run is over: releases a waiting hook and removes it. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting (Ctrl-C): the hook, released above, returns and lets it exit
        }
    }
}
