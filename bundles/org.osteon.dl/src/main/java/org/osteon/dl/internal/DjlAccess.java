package org.osteon.dl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Gives the implementation packages of this bundle the DJL objects behind {@link Tensor} and
 * {@link TensorScope}, whose API deliberately shows no DJL type. The API classes install the bridge
 * when they are initialised.
 */
public final class DjlAccess {

    /** What the API package hands over. */
    public interface Bridge {
        TensorScope scope(NDManager manager);

        NDManager manager(TensorScope scope);

        Tensor tensor(NDArray array);

        NDArray array(Tensor tensor);
    }

    private static volatile Bridge bridge;

    private DjlAccess() {
    }

    /** Called once, by {@link TensorScope}'s initialiser. */
    public static synchronized void install(Bridge b) {
        if (bridge != null) {
            throw new IllegalStateException("DJL bridge already installed");
        }
        bridge = b;
    }

    private static Bridge bridge() {
        Bridge b = bridge;
        if (b == null) {
            try {
                Class.forName(TensorScope.class.getName(), true, DjlAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            b = bridge;
        }
        return b;
    }

    public static TensorScope scope(NDManager manager) {
        return bridge().scope(manager);
    }

    public static NDManager manager(TensorScope scope) {
        return bridge().manager(scope);
    }

    public static Tensor tensor(NDArray array) {
        return bridge().tensor(array);
    }

    public static NDArray array(Tensor tensor) {
        return bridge().array(tensor);
    }
}
