package org.osteon.methods.kneel;

import java.util.function.UnaryOperator;

import org.osteon.dl.Tensor;
import org.osteon.training.Loss;

/**
 * KNEEL's mixup, in two passes: with lambda ~ Beta(alpha, alpha) and a permutation perm of the batch, the
 * network sees the batch x and the mixed batch lambda * x + (1 - lambda) * x[perm], and the loss is
 * lambda * L(f(x), y) + (1 - lambda) * L(f(mixed), y[perm]).
 */
public final class TwoPassMixup {

    private TwoPassMixup() {
    }

    public static Tensor loss(UnaryOperator<Tensor> f, Loss loss, Tensor x, Tensor y, double lambda, int[] perm) {
        long[] index = new long[perm.length];
        for (int i = 0; i < perm.length; i++) {
            index[i] = perm[i];
        }
        Tensor p = Tensor.fromLongArray(x.scope(), index, index.length);
        Tensor mixed = x.mul((float) lambda).add(x.indexSelect(0, p).mul((float) (1 - lambda)));
        Tensor plain = loss.compute(f.apply(x), y).mul((float) lambda);
        Tensor onMixed = loss.compute(f.apply(mixed), y.indexSelect(0, p)).mul((float) (1 - lambda));
        return plain.add(onMixed);
    }
}
