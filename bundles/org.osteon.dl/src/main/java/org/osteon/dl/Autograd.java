package org.osteon.dl;

import java.util.concurrent.atomic.AtomicReference;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

/**
 * Gradient recording. libtorch keeps its grad mode per thread; DJL allows only ONE gradient collector open
 * in the whole process at a time. Osteon therefore runs one training per process: {@link #record()} opens the
 * single {@link GradientScope} (a second, on any thread, is refused), and evaluation inside or outside it
 * switches recording off for its thread with {@link #noGrad()}.
 * <pre>
 * try (GradientScope g = Autograd.record()) {          // the training
 *     for (...) { loss = ...; loss.backward(); ... }
 *     try (NoGradScope n = Autograd.noGrad()) { validate(); }
 * }
 * </pre>
 */
public final class Autograd {

    private static final AtomicReference<GradientScope> OPEN = new AtomicReference<>();

    private Autograd() {
    }

    /** Whether operations on this thread are recorded for backward passes now. */
    public static boolean isRecording() {
        return JniUtils.isGradMode();
    }

    /**
     * Starts recording on this thread; close the scope on the same thread. Only one may be open per process.
     *
     * @throws IllegalStateException when a gradient scope is already open (one training per process)
     */
    public static GradientScope record() {
        GradientScope scope = new GradientScope();
        if (!OPEN.compareAndSet(null, scope)) {
            throw new IllegalStateException("a gradient scope is already open on thread " + OPEN.get().thread().getName()
                    + ": only one training can run per process");
        }
        try {
            scope.start(Engine.getEngine("PyTorch").newGradientCollector());
        } catch (RuntimeException e) {
            OPEN.set(null);
            throw e;
        }
        return scope;
    }

    /** Stops recording on this thread until the scope closes (then the previous mode is back). */
    public static NoGradScope noGrad() {
        return new NoGradScope(setMode(false));
    }

    /** Sets this thread's grad mode and returns the previous one. */
    static boolean setMode(boolean on) {
        boolean before = JniUtils.isGradMode();
        if (before != on) {
            JniUtils.setGradMode(on);
        }
        return before;
    }

    /** Grad mode belongs to a thread: a scope is closed where it was opened. */
    private static void requireThread(Thread owner, String kind) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a " + kind + " scope is closed on the thread that opened it (" + owner.getName() + ")");
        }
    }

    static void closed(GradientScope scope) {
        OPEN.compareAndSet(scope, null);
    }

    /** The single gradient-recording scope of the process; see {@link Autograd#record()}. */
    public static final class GradientScope implements AutoCloseable {

        private final Thread thread = Thread.currentThread();
        private GradientCollector collector;
        private boolean open;

        private GradientScope() {
        }

        private void start(GradientCollector c) {
            collector = c;
            open = true;
        }

        Thread thread() {
            return thread;
        }

        public boolean isOpen() {
            return open;
        }

        /** Ends recording on the opening thread and lets another training start. */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            requireThread(thread, "gradient");
            open = false;
            try {
                collector.close();
            } finally {
                closed(this);
            }
        }
    }

    /** Recording switched off for one thread; closing restores the thread's previous mode. */
    public static final class NoGradScope implements AutoCloseable {

        private final boolean previous;
        private final Thread thread = Thread.currentThread();
        private boolean open = true;

        private NoGradScope(boolean previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (!open) {
                return;
            }
            requireThread(thread, "no-grad");
            open = false;
            setMode(previous);
        }
    }
}
