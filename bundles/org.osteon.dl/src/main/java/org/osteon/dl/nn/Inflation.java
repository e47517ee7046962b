package org.osteon.dl.nn;

import java.util.Optional;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * Turns a 2D network into a 3D one by inflation (Carreira and Zisserman 2017, "Quo Vadis, Action
 * Recognition?", I3D): a k x k convolution becomes k x k x k with its weights replicated along the new depth
 * axis and divided by the kernel depth, so that on a volume constant along depth the 3D network computes
 * what the 2D network computes on one slice (away from the depth borders, where zero padding differs).
 * <p>
 * Rules, for any module tree: a 2D {@link Conv} gets kernel (k, k, w), stride (s, s, t), padding (p, p, q)
 * and dilation (d, d, e) from the 2D (k, w), (s, t), (p, q), (d, e): the depth takes the first spatial
 * value, so non-square kernels get the height's value; the bias is copied. 2D {@link MaxPool},
 * {@link AvgPool} and sized {@link AdaptiveAvgPool} gain a depth axis by the same rule. Everything else
 * (batch norm parameters and running statistics, linear layers, containers) is copied unchanged. The 2D
 * network is left untouched.
 */
public final class Inflation {

    private Inflation() {
    }

    /** The 3D network, same id, its tensors in {@code scope}. */
    public static Network inflate(Network network, TensorScope scope) {
        return new Network(network.id(), inflate(network.root(), scope));
    }

    /** A 3D copy of {@code module} and everything below it, its tensors in {@code scope}. */
    public static Module inflate(Module module, TensorScope scope) {
        return module.rebuild(scope, m -> inflateLeaf(m, scope));
    }

    private static Optional<Module> inflateLeaf(Module m, TensorScope scope) {
        if (m instanceof Conv c && c.spatialDims() == 2) {
            return Optional.of(inflateConv(c, scope));
        }
        if (m instanceof MaxPool p && p.spatialDims() == 2) {
            return Optional.of(new MaxPool(depthFirst(p.kernel()), depthFirst(p.stride()), depthFirst(p.padding()), p.ceilMode()));
        }
        if (m instanceof AvgPool p && p.spatialDims() == 2) {
            return Optional.of(new AvgPool(depthFirst(p.kernel()), depthFirst(p.stride()), depthFirst(p.padding()), p.ceilMode(),
                    p.countIncludePad()));
        }
        if (m instanceof AdaptiveAvgPool p && !p.isGlobal() && p.outputSize().length == 2) {
            return Optional.of(new AdaptiveAvgPool(depthFirst(p.outputSize())));
        }
        return Optional.empty();
    }

    private static Conv inflateConv(Conv c, TensorScope scope) {
        long[] k = depthFirst(c.kernel());
        Conv inflated = Conv.builder().setChannels(c.inChannels(), c.outChannels()).setKernel(k).optStride(depthFirst(c.stride()))
                .optPadding(depthFirst(c.padding())).optDilation(depthFirst(c.dilation())).optGroups(c.groups())
                .optBias(c.hasBias()).build(scope);
        long depth = k[0];
        // (O, I, h, w) -> (O, I, depth, h, w), each depth plane the 2D kernel / depth
        try (Tensor expanded = c.weight().expandDims(2); Tensor repeated = expanded.repeat(2, depth);
                Tensor scaled = repeated.div(depth)) {
            inflated.weight().assign(scaled);
        }
        if (c.hasBias()) {
            inflated.parameter("bias").assign(c.parameter("bias"));
        }
        return inflated;
    }

    /** (a, b) -> (a, a, b). */
    private static long[] depthFirst(long[] v) {
        return new long[] {v[0], v[0], v[1]};
    }
}
