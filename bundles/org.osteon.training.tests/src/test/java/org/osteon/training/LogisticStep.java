package org.osteon.training;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Module;
import org.osteon.training.data.Batch;

/**
 * A training step with a hand-written gradient: logistic regression (a Linear(d, 1) model, binary
 * cross-entropy) and SGD with momentum whose velocity is optimizer state in tensors, and a step schedule
 * that halves the rate every two epochs. It lets the trainer's orchestration (data order, seeds,
 * checkpoints, resume, history, early stopping) be tested without autograd.
 */
final class LogisticStep implements TrainingStep {

    private final Module model;
    private final double baseLr;
    private final float momentum = 0.9f;
    private final Tensor velocityW;
    private final Tensor velocityB;
    private long steps;
    private int epochsDone;

    LogisticStep(Module model, TensorScope state, double lr) {
        this.model = model;
        this.baseLr = lr;
        velocityW = Tensor.zeros(state, weight().shape());
        velocityB = Tensor.zeros(state, bias().shape());
    }

    private Tensor weight() {
        return model.namedParameters().get("weight");
    }

    private Tensor bias() {
        return model.namedParameters().get("bias");
    }

    @Override
    public Evaluation train(Batch batch, TensorScope scope) {
        float[] w = weight().toFloatArray();
        float[] b = bias().toFloatArray();
        float[] x = batch.pixelArray();
        float[] y = batch.targetArray();
        int n = batch.size();
        int d = w.length;
        float[] z = logits(w, b[0], x, n);
        float[] gw = new float[d];
        float gb = 0;
        for (int i = 0; i < n; i++) {
            float err = sigmoid(z[i]) - y[i];
            for (int j = 0; j < d; j++) {
                gw[j] += err * x[i * d + j] / n;
            }
            gb += err / n;
        }
        float lr = (float) learningRate();
        float[] vw = velocityW.toFloatArray();
        float[] vb = velocityB.toFloatArray();
        for (int j = 0; j < d; j++) {
            vw[j] = momentum * vw[j] + gw[j];
            w[j] -= lr * vw[j];
        }
        vb[0] = momentum * vb[0] + gb;
        b[0] -= lr * vb[0];
        velocityW.assign(vw);
        velocityB.assign(vb);
        // parameters need gradients while the trainer records: overwrite them outside the graph
        weight().copyFrom(Tensor.fromFloatArray(scope, w, weight().shape()));
        bias().copyFrom(Tensor.fromFloatArray(scope, b, bias().shape()));
        steps++;
        return new Evaluation(loss(z, y), z, new long[] {n, 1});
    }

    @Override
    public Evaluation evaluate(Batch batch, TensorScope scope) {
        float[] z = logits(weight().toFloatArray(), bias().toFloatArray()[0], batch.pixelArray(), batch.size());
        return new Evaluation(loss(z, batch.targetArray()), z, new long[] {batch.size(), 1});
    }

    private static float[] logits(float[] w, float b, float[] x, int n) {
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            float s = b;
            for (int j = 0; j < w.length; j++) {
                s += w[j] * x[i * w.length + j];
            }
            z[i] = s;
        }
        return z;
    }

    private static double loss(float[] z, float[] y) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            // log(1 + exp(-|z|)) + max(z, 0) - z y: binary cross-entropy on logits, stable
            sum += Math.log1p(Math.exp(-Math.abs(z[i]))) + Math.max(z[i], 0) - z[i] * y[i];
        }
        return sum / z.length;
    }

    private static float sigmoid(float z) {
        return (float) (1 / (1 + Math.exp(-z)));
    }

    @Override
    public double learningRate() {
        return baseLr * Math.pow(0.5, epochsDone / 2);
    }

    @Override
    public void endEpoch(int done, OptionalDouble monitored) {
        this.epochsDone = done;
    }

    @Override
    public Map<String, Tensor> optimizerTensors() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("state.weight.momentum_buffer", velocityW);
        m.put("state.bias.momentum_buffer", velocityB);
        return m;
    }

    @Override
    public Map<String, String> optimizerState() {
        return Map.of("step", Long.toString(steps));
    }

    @Override
    public Map<String, String> schedulerState() {
        return Map.of("last_epoch", Integer.toString(epochsDone));
    }

    @Override
    public void restore(Map<String, Tensor> tensors, Map<String, String> optimizer, Map<String, String> scheduler) {
        velocityW.assign(tensors.get("state.weight.momentum_buffer"));
        velocityB.assign(tensors.get("state.bias.momentum_buffer"));
        steps = Long.parseLong(optimizer.get("step"));
        epochsDone = Integer.parseInt(scheduler.get("last_epoch"));
    }
}
