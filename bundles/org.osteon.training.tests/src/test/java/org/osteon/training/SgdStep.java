package org.osteon.training;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;
import org.osteon.training.data.Batch;

/**
 * A training step on autograd: the model's forward pass, the mean squared error to the targets, backward,
 * and SGD with momentum on in-place tensor operations (its velocity is the optimizer state). Frozen
 * parameters are not among the model's trainable ones and are never touched.
 */
final class SgdStep implements TrainingStep {

    private final Module model;
    private final float lr;
    private final float momentum;
    private final Map<String, Tensor> velocity = new LinkedHashMap<>();
    private long steps;

    SgdStep(Module model, TensorScope state, float lr, float momentum) {
        this.model = model;
        this.lr = lr;
        this.momentum = momentum;
        model.trainableParameters().forEach((n, p) -> velocity.put(n, Tensor.zeros(state, p.shape())));
    }

    @Override
    public Evaluation train(Batch batch, TensorScope scope) {
        Tensor out = model.forward(batch.pixels(scope));
        Tensor loss = mse(out, batch.targets(scope));
        loss.backward();
        model.trainableParameters().forEach((n, p) -> {
            Tensor v = velocity.get(n);
            v.mulInPlace(momentum).addInPlace(p.grad().orElseThrow());
            p.addInPlace(v, -lr);
        });
        model.zeroGrad();
        steps++;
        return new Evaluation(loss.toFloatArray()[0], out.toFloatArray(), out.shape());
    }

    @Override
    public Evaluation evaluate(Batch batch, TensorScope scope) {
        Tensor out = model.forward(batch.pixels(scope));
        return new Evaluation(mse(out, batch.targets(scope)).toFloatArray()[0], out.toFloatArray(), out.shape());
    }

    private static Tensor mse(Tensor out, Tensor target) {
        Tensor d = out.sub(target);
        return d.mul(d).mean(new int[] {0, 1}, false);
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public Map<String, Tensor> optimizerTensors() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        velocity.forEach((n, v) -> m.put("state." + n + ".momentum_buffer", v));
        return m;
    }

    @Override
    public Map<String, String> optimizerState() {
        return Map.of("step", Long.toString(steps));
    }

    @Override
    public Map<String, String> schedulerState() {
        return Map.of();
    }

    @Override
    public void restore(Map<String, Tensor> tensors, Map<String, String> optimizer, Map<String, String> scheduler) {
        velocity.forEach((n, v) -> v.copyFrom(tensors.get("state." + n + ".momentum_buffer")));
        steps = Long.parseLong(optimizer.get("step"));
    }
}
