package org.osteon.dl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.osteon.dl.internal.DjlAccess;

/**
 * Owns native tensor memory: every {@link Tensor} lives in one scope and is freed when the scope closes.
 * Open scopes with try-with-resources, from {@link DeepLearningEngine#newScope()} or {@link #newChild()}.
 * A child scope closes with its parent at the latest.
 */
public final class TensorScope implements AutoCloseable {

    static {
        DjlAccess.install(new DjlAccess.Bridge() {
            @Override
            public TensorScope scope(NDManager manager) {
                return new TensorScope(manager);
            }

            @Override
            public NDManager manager(TensorScope scope) {
                return scope.manager;
            }

            @Override
            public Tensor tensor(NDArray array) {
                return new Tensor(array);
            }

            @Override
            public NDArray array(Tensor tensor) {
                return tensor.array();
            }
        });
    }

    private final NDManager manager;

    TensorScope(NDManager manager) {
        this.manager = manager;
    }

    NDManager manager() {
        if (!manager.isOpen()) {
            throw new IllegalStateException("tensor scope is closed");
        }
        return manager;
    }

    /** A scope nested in this one, closed with it at the latest. */
    public TensorScope newChild() {
        return new TensorScope(manager().newSubManager());
    }

    public boolean isOpen() {
        return manager.isOpen();
    }

    /** Frees every tensor of this scope and of its children. */
    @Override
    public void close() {
        manager.close();
    }

    @Override
    public String toString() {
        return "TensorScope[" + manager.getDevice() + (manager.isOpen() ? "" : ", closed") + "]";
    }
}
