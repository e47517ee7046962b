package org.osteon.methods.internal;

import java.util.SplittableRandom;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.methods.kneel.TwoPassMixup;
import org.osteon.preprocess.Mixup;
import org.osteon.training.Loss;
import org.osteon.training.Seeds;
import org.osteon.training.data.Batch;
import org.osteon.training.optim.Optimizer;

/**
 * One batch of KNEEL landmark training: the hourglass gives (N, L, 2) coordinates in [0, 1) of its input, scaled
 * here to input pixels (times the crop size) and compared with the targets, also in input pixels, by the loss
 * (wing, w = 15 and epsilon = 3 pixels, as KNEEL); with mixup (alpha &gt; 0), KNEEL's two-pass form
 * ({@link TwoPassMixup}) with lambda ~ Beta(alpha, alpha) and a permutation drawn from (seed, epoch, batch).
 */
final class LandmarkTrainingStep extends SingleOptimizerStep {

    private final Network network;
    private final Loss loss;
    private final float scale;
    private final double mixupAlpha;
    private final long seed;
    private int epoch;

    LandmarkTrainingStep(Network network, Loss loss, Optimizer optimizer, int crop, double mixupAlpha, long seed) {
        super(optimizer);
        this.network = network;
        this.loss = loss;
        this.scale = crop;
        this.mixupAlpha = mixupAlpha;
        this.seed = seed;
    }

    @Override
    public void beginEpoch(int epoch, long dropoutSeed) {
        this.epoch = epoch;
    }

    private Tensor predict(Tensor x) {
        return network.forward(x).mul(scale);
    }

    @Override
    public Evaluation train(Batch batch, TensorScope scope) {
        optimizer.zeroGrad();
        Tensor x = batch.pixels(scope);
        Tensor y = batch.targets(scope);
        Tensor value;
        int n = batch.size();
        if (mixupAlpha > 0 && n > 1) {
            SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "mixup", epoch, batch.index()));
            double lambda = Mixup.beta(mixupAlpha, mixupAlpha, random);
            int[] perm = Mixup.permutation(n, random);
            value = TwoPassMixup.loss(this::predict, loss, x, y, lambda, perm);
        } else {
            value = loss.compute(predict(x), y);
        }
        return update(value);
    }

    @Override
    public Evaluation evaluate(Batch batch, TensorScope scope) {
        return Evaluation.lossOnly(loss.compute(predict(batch.pixels(scope)), batch.targets(scope)).item());
    }
}
