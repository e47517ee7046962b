package org.osteon.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Autograd;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.training.losses.CrossEntropyLoss;
import org.osteon.training.losses.WingLoss;
import org.osteon.training.optim.Adam;
import org.osteon.training.optim.Optimizer;
import org.osteon.training.optim.SGD;

/**
 * The cost of one training step of a network on random images, timed after warm-up steps: for a classifier,
 * forward, cross-entropy loss on random labels, backward and an SGD update (momentum 0.9); for a landmark network
 * (output (N, L, 2) in [0, 1), as KNEEL's hourglass), KNEEL's loop: forward, wing loss (w = 15, epsilon = 3) on
 * input pixels against random targets, backward and an Adam update (lr 0.001). The same loop written in PyTorch
 * ({@code releng/bench/train_bench_torch.py}) gives the reference on the same machine.
 */
public final class TrainingBenchmark {

    /** Steps run before timing starts (allocator and kernel selection settle). */
    public static final int WARMUP_STEPS = 3;

    /** What one benchmark measured. */
    public record Result(String model, String loop, int size, int batch, int steps, int threads, double medianStepSeconds,
            double[] stepSeconds, long peakRssMiB) {

        public Result {
            stepSeconds = stepSeconds.clone();
        }

        @Override
        public double[] stepSeconds() {
            return stepSeconds.clone();
        }
    }

    private TrainingBenchmark() {
    }

    /**
     * Builds the network from {@code factory} (seeded weights), then runs {@link #WARMUP_STEPS} + {@code steps}
     * training steps on a batch of {@code batch} random {@code size} x {@code size} RGB images. Opens the
     * process's one gradient scope for the duration.
     */
    public static Result run(String modelId, NetworkFactory factory, DeepLearningEngine engine, int size, int batch,
            int steps, long seed) {
        if (size < 32 || batch < 1 || steps < 1) {
            throw new InvalidInputException("benchmark needs --size >= 32, --batch >= 1 and --steps >= 1; got size "
                    + size + ", batch " + batch + ", steps " + steps);
        }
        engine.setSeed(seed);
        SplittableRandom random = new SplittableRandom(seed);
        float[] pixels = new float[Math.multiplyExact(Math.multiplyExact(batch * 3, size), size)];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) gaussian(random);
        }
        double[] times = new double[steps];
        String loop;
        try (TensorScope scope = engine.newScope()) {
            Network network = factory.create(scope, seed);
            network.root().markTrainable();
            network.train();
            Tensor x = Tensor.fromFloatArray(scope, pixels, batch, 3, size, size);
            long[] outputShape;
            try (Autograd.NoGradScope n = Autograd.noGrad(); TensorScope probe = scope.newChild()) {
                outputShape = network.forward(x.copyTo(probe)).shape();
            }
            boolean landmarks = outputShape.length == 3 && outputShape[2] == 2;
            Tensor y;
            Loss loss;
            Optimizer optimizer;
            if (landmarks) {
                // a landmark network (N, L, 2) in [0, 1): KNEEL's loop, wing loss on input pixels and Adam
                float[] targets = new float[Math.toIntExact(batch * outputShape[1] * 2)];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = (float) (random.nextDouble() * size);
                }
                y = Tensor.fromFloatArray(scope, targets, batch, outputShape[1], 2);
                loss = new WingLoss(15, 3);
                optimizer = Adam.adam().setParameters(network.root().trainableParameters(), scope).setLearningRate(1e-3).build();
                loop = "forward, wing loss, backward, Adam";
            } else {
                long[] labels = new long[batch];
                for (int i = 0; i < batch; i++) {
                    labels[i] = random.nextLong(outputShape[1]);
                }
                y = Tensor.fromLongArray(scope, labels, batch);
                loss = new CrossEntropyLoss();
                optimizer = SGD.builder().setParameters(network.root().trainableParameters(), scope).setLearningRate(0.01)
                        .optMomentum(0.9).build();
                loop = "forward, cross-entropy, backward, SGD";
            }
            try (Optimizer o = optimizer; Autograd.GradientScope g = Autograd.record()) {
                for (int s = -WARMUP_STEPS; s < steps; s++) {
                    long start = System.nanoTime();
                    try (TensorScope step = scope.newChild()) {
                        Tensor input = x.copyTo(step);
                        Tensor out = network.forward(input);
                        Tensor l = loss.compute(landmarks ? out.mul(size) : out, y);
                        l.backward();
                        o.step();
                        o.zeroGrad();
                        l.item(); // the step is complete when its loss can be read
                    }
                    if (s >= 0) {
                        times[s] = (System.nanoTime() - start) / 1e9;
                    }
                }
            }
        }
        return new Result(modelId, loop, size, batch, steps, engine.threads(), median(times), times, peakRssMiB());
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The process's peak resident memory (VmHWM) in MiB, or -1 where /proc is not available. */
    public static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }
}
