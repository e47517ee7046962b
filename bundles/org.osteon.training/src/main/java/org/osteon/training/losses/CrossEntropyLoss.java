package org.osteon.training.losses;

import org.osteon.dl.Tensor;

/**
 * Cross-entropy as torch.nn.CrossEntropyLoss (mean, no class weights): logits (N, C), target class indices
 * (N, int64): mean over the batch of -log softmax(x)[target].
 */
public final class CrossEntropyLoss extends ConfigurableLoss {

    @Override
    public Tensor compute(Tensor logits, Tensor target) {
        if (logits.rank() != 2 || target.rank() != 1 || target.dim(0) != logits.dim(0)) {
            throw new IllegalArgumentException("cross-entropy needs logits (N, C) and class indices (N), got " + logits + " and " + target);
        }
        Tensor picked = logits.logSoftmax(1).gather(1, target.reshape(target.dim(0), 1));
        return picked.mean().neg();
    }
}
