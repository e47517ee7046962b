package org.osteon.methods.internal;


import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.training.Loss;
import org.osteon.training.data.Batch;
import org.osteon.training.optim.Optimizer;

/**
 * One batch of Siamese embedding training: the shared backbone embeds every image of a P x K batch, and the
 * loss compares the embeddings by label. Batch-hard and triplet-focal losses take (N, D) embeddings and (N)
 * labels; the triplet loss takes (N, 3, D) triplets, formed here from the batch: each anchor with the next
 * image of its class (cyclically within the class) and the other classes' image at the anchor's place within its class.
 */
final class EmbeddingTrainingStep extends SingleOptimizerStep {

    private final Network network;
    private final Loss loss;
    private final boolean triplets;

    EmbeddingTrainingStep(Network network, Loss loss, boolean triplets, Optimizer optimizer) {
        super(optimizer);
        this.network = network;
        this.loss = loss;
        this.triplets = triplets;
    }

    @Override
    public Evaluation train(Batch batch, TensorScope scope) {
        optimizer.zeroGrad();
        return update(lossOf(batch, scope));
    }

    @Override
    public Evaluation evaluate(Batch batch, TensorScope scope) {
        return Evaluation.lossOnly(lossOf(batch, scope).item());
    }

    private Tensor lossOf(Batch batch, TensorScope scope) {
        Tensor embeddings = network.forward(batch.pixels(scope));
        float[] t = batch.targetArray();
        long[] labels = new long[t.length];
        for (int i = 0; i < t.length; i++) {
            labels[i] = Math.round(t[i]);
        }
        Tensor y = Tensor.fromLongArray(scope, labels, labels.length);
        if (!triplets) {
            return loss.compute(embeddings, y);
        }
        int n = labels.length;
        long[] index = new long[3 * n];
        for (int i = 0; i < n; i++) {
            index[3 * i] = i;
            index[3 * i + 1] = nextOfClass(labels, i);
            index[3 * i + 2] = sameSlotOtherClass(labels, i);
        }
        long d = embeddings.dim(1);
        Tensor picked = embeddings.indexSelect(0, Tensor.fromLongArray(scope, index, index.length)).reshape(n, 3, d);
        return loss.compute(picked, y);
    }

    private static int nextOfClass(long[] labels, int i) {
        for (int k = 1; k < labels.length; k++) {
            int j = (i + k) % labels.length;
            if (labels[j] == labels[i]) {
                return j;
            }
        }
        return i;
    }

    /** The negative of anchor i: among the other classes' images, the one at i's place within its own class. */
    private static int sameSlotOtherClass(long[] labels, int i) {
        int rank = 0;
        for (int j = 0; j < i; j++) {
            if (labels[j] == labels[i]) {
                rank++;
            }
        }
        int[] others = java.util.stream.IntStream.range(0, labels.length).filter(j -> labels[j] != labels[i]).toArray();
        return others.length == 0 ? i : others[rank % others.length];
    }
}
