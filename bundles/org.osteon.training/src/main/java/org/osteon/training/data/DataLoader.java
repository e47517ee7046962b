package org.osteon.training.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.osteon.core.InvalidInputException;
import org.osteon.core.progress.CancelledException;
import org.osteon.training.Seeds;

/**
 * Decodes and augments samples in background threads into one float array per batch, so the network does
 * not wait on the disk. Batches come in the sampler's order; each sample's random generator is seeded from
 * (seed, epoch, sample index, occurrence of the sample in the epoch), so the batches are identical whatever
 * the number of workers and however the threads are scheduled.
 * <p>
 * Workers load at most {@code prefetch} batches ahead of the consumer (a bounded queue); the arrays of
 * closed batches are reused. The first exception of a worker stops the epoch: the next call of
 * {@link Epoch#next()} throws it (an {@link InvalidInputException} stays one, with the sample's id added),
 * and the other workers are stopped. Closing an epoch (try-with-resources; also on cancellation) stops and
 * joins its workers.
 *
 * <pre>{@code
 * DataLoader loader = DataLoader.builder().setSource(source).setSampler(sampler).setSeed(seed).optWorkers(2).build();
 * try (DataLoader.Epoch batches = loader.epoch(e)) {
 *     while (batches.hasNext()) {
 *         try (Batch b = batches.next(); TensorScope step = scope.newChild()) {
 *             Tensor x = b.pixels(step);
 *             ...
 * }}}
 * }</pre>
 */
public final class DataLoader {

    private final SampleSource source;
    private final Sampler sampler;
    private final long seed;
    private final int workers;
    private final int prefetch;
    private final ArrayDeque<float[]> freePixels = new ArrayDeque<>();
    private final ArrayDeque<float[]> freeTargets = new ArrayDeque<>();

    private DataLoader(Builder b) {
        this.source = b.source;
        this.sampler = b.sampler;
        this.seed = b.seed;
        this.workers = b.workers;
        this.prefetch = b.prefetch;
    }

    public static Builder builder() {
        return new Builder();
    }

    public SampleSource source() {
        return source;
    }

    public Sampler sampler() {
        return sampler;
    }

    public int workers() {
        return workers;
    }

    /** Starts loading the batches of {@code epoch} (0-based); close the result. */
    public Epoch epoch(int epoch) {
        return new Epoch(epoch, sampler.batches(epoch));
    }

    /** The seed of the augmentation of one occurrence of a sample: what a {@link SampleLoader} receives. */
    public static long sampleSeed(long seed, int epoch, int sampleIndex, int occurrence) {
        return Seeds.derive(seed, Seeds.AUGMENT, epoch, sampleIndex, occurrence);
    }

    /** The batches of one epoch, in order. Not thread-safe: one consumer. */
    public final class Epoch implements Iterator<Batch>, AutoCloseable {

        private final int epoch;
        private final List<int[]> batches;
        private final int[] firstTask;
        private final int[] occurrence;
        private final int totalTasks;
        private final float[][] pixels;
        private final float[][] targets;
        private final int[] remaining;
        private final AtomicInteger nextTask = new AtomicInteger();
        private final Object lock = new Object();
        private final Thread[] threads;
        private int consumed;
        private boolean closed;
        private Throwable failure;

        Epoch(int epoch, List<int[]> batches) {
            this.epoch = epoch;
            this.batches = List.copyOf(batches);
            int n = this.batches.size();
            firstTask = new int[n + 1];
            for (int b = 0; b < n; b++) {
                firstTask[b + 1] = firstTask[b] + this.batches.get(b).length;
            }
            totalTasks = firstTask[n];
            occurrence = new int[totalTasks];
            Map<Integer, Integer> seen = new HashMap<>();
            for (int b = 0, t = 0; b < n; b++) {
                for (int i : this.batches.get(b)) {
                    Objects.checkIndex(i, source.size());
                    occurrence[t++] = seen.merge(i, 1, Integer::sum) - 1;
                }
            }
            pixels = new float[n][];
            targets = new float[n][];
            remaining = new int[n];
            for (int b = 0; b < n; b++) {
                remaining[b] = this.batches.get(b).length;
            }
            threads = new Thread[workers];
            for (int w = 0; w < workers; w++) {
                threads[w] = new Thread(this::work, "osteon-data-" + epoch + "-" + w);
                threads[w].setDaemon(true);
                threads[w].start();
            }
        }

        /** The number of batches of this epoch. */
        public int size() {
            return batches.size();
        }

        @Override
        public boolean hasNext() {
            return consumed < batches.size();
        }

        /** The next batch, waiting for the workers if it is not ready; throws a worker's exception. */
        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException("epoch " + epoch + " has " + batches.size() + " batches");
            }
            int b = consumed;
            Throwable f = null;
            if (workers == 0) {
                allocate(b);
                for (int t = firstTask[b]; t < firstTask[b + 1]; t++) {
                    try {
                        load(t, b);
                    } catch (Throwable e) { // NOSONAR: rethrown with the sample named
                        throw propagate(failureOf(t, b, e));
                    }
                }
            } else {
                synchronized (lock) {
                    while (f == null && failure == null && !closed && remaining[b] > 0) {
                        try {
                            lock.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            f = new CancelledException("interrupted while waiting for batch " + b + " of epoch " + epoch);
                            break;
                        }
                    }
                    if (f == null && failure == null && closed) {
                        throw new IllegalStateException("epoch " + epoch + " of the data loader is closed");
                    }
                    f = f == null ? failure : f;
                }
                if (f != null) {
                    // outside the lock: the workers need it to finish
                    close();
                    throw propagate(f);
                }
            }
            int[] indices = batches.get(b);
            float[] p;
            float[] t;
            synchronized (lock) {
                p = pixels[b];
                t = targets[b];
                pixels[b] = null;
                targets[b] = null;
                consumed++;
                lock.notifyAll();
            }
            Sample[] s = new Sample[indices.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = source.sample(indices[i]);
            }
            Batch batch = new Batch(b, indices.clone(), List.of(s), shape(indices.length, source.sampleShape()),
                    shape(indices.length, source.targetShape()), p, t, null);
            return batch.withRecycle(() -> recycle(batch));
        }

        private void work() {
            try {
                while (true) {
                    int t = nextTask.getAndIncrement();
                    if (t >= totalTasks) {
                        return;
                    }
                    int b = batchOfTask(t);
                    synchronized (lock) {
                        // the bounded queue: stay at most 'prefetch' batches ahead of the consumer
                        while (!closed && b >= consumed + prefetch) {
                            lock.wait();
                        }
                        if (closed) {
                            return;
                        }
                        allocate(b);
                    }
                    try {
                        load(t, b);
                    } catch (Throwable e) { // NOSONAR: handed to the consumer
                        synchronized (lock) {
                            if (failure == null && !closed) {
                                failure = failureOf(t, b, e);
                            }
                            lock.notifyAll();
                        }
                        return;
                    }
                    synchronized (lock) {
                        if (--remaining[b] == 0) {
                            lock.notifyAll();
                        }
                    }
                }
            } catch (InterruptedException e) {
                // closed while waiting: nothing to clean up
            }
        }

        private void allocate(int b) {
            if (pixels[b] == null) {
                int n = batches.get(b).length;
                pixels[b] = take(freePixels, n * source.pixelCount());
                targets[b] = take(freeTargets, n * source.targetCount());
            }
        }

        private void load(int t, int b) throws Exception {
            int j = t - firstTask[b];
            int index = batches.get(b)[j];
            Sample sample = source.sample(index);
            SplittableRandom random = new SplittableRandom(sampleSeed(seed, epoch, index, occurrence[t]));
            int pc = source.pixelCount();
            int tc = source.targetCount();
            source.loader().load(sample, random, new SampleLoader.Slot(pixels[b], j * pc, pc, targets[b], j * tc, tc));
        }

        private Throwable failureOf(int t, int b, Throwable e) {
            Sample s = source.sample(batches.get(b)[t - firstTask[b]]);
            if (e instanceof InvalidInputException i) {
                return new InvalidInputException("sample " + s.id() + ": " + i.getMessage(), i);
            }
            if (e instanceof IOException io) {
                return new UncheckedIOException("sample " + s.id() + " could not be read: " + io.getMessage(), io);
            }
            if (e instanceof RuntimeException || e instanceof Error) {
                // a defect in a loader: the worker's own exception, as it was thrown
                return e;
            }
            return new IllegalStateException("loading sample " + s.id() + " failed: " + e, e);
        }

        private int batchOfTask(int t) {
            int b = Arrays.binarySearch(firstTask, t);
            if (b < 0) {
                return -b - 2;
            }
            // empty batches cannot occur, so firstTask is strictly increasing
            return b;
        }

        /** Stops the workers and waits for them; safe to call more than once. */
        @Override
        public void close() {
            synchronized (lock) {
                closeLocked();
            }
            stopWorkers();
        }

        private void closeLocked() {
            closed = true;
            lock.notifyAll();
        }

        private void stopWorkers() {
            for (Thread t : threads) {
                t.interrupt();
            }
            for (Thread t : threads) {
                try {
                    t.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static RuntimeException propagate(Throwable f) {
        if (f instanceof Error e) {
            throw e;
        }
        return (RuntimeException) f;
    }

    private static long[] shape(int n, long[] per) {
        long[] s = new long[per.length + 1];
        s[0] = n;
        System.arraycopy(per, 0, s, 1, per.length);
        return s;
    }

    private float[] take(ArrayDeque<float[]> free, int length) {
        synchronized (free) {
            float[] a = free.peek();
            if (a != null && a.length == length) {
                free.pop();
                Arrays.fill(a, 0f);
                return a;
            }
        }
        return new float[length];
    }

    private void recycle(Batch batch) {
        float[] p = batch.releasePixels();
        float[] t = batch.releaseTargets();
        // keep the arrays of full batches only, as many as can be in flight at once
        if (p != null && p.length == sampler.batchSize() * source.pixelCount()) {
            give(freePixels, p);
            give(freeTargets, t);
        }
    }

    private void give(ArrayDeque<float[]> free, float[] a) {
        synchronized (free) {
            if (free.size() < prefetch + 1) {
                free.push(a);
            }
        }
    }

    /** Configures a {@link DataLoader}; source, sampler and seed are required. */
    public static final class Builder {

        private SampleSource source;
        private Sampler sampler;
        private Long seedValue;
        private long seed;
        private int workers = 2;
        private int prefetch = -1;

        private Builder() {
        }

        public Builder setSource(SampleSource source) {
            this.source = Objects.requireNonNull(source);
            return this;
        }

        public Builder setSampler(Sampler sampler) {
            this.sampler = Objects.requireNonNull(sampler);
            return this;
        }

        /** The experiment seed; each sample's augmentation is seeded from it, the epoch and the sample. */
        public Builder setSeed(long seed) {
            this.seedValue = seed;
            return this;
        }

        /** Background threads (default 2); 0 loads each batch in the consumer's thread when it is asked for. */
        public Builder optWorkers(int workers) {
            this.workers = workers;
            return this;
        }

        /** Batches loaded ahead of the consumer at most (default: twice the workers, at least 2). */
        public Builder optPrefetch(int batches) {
            this.prefetch = batches;
            return this;
        }

        public DataLoader build() {
            if (source == null || sampler == null || seedValue == null) {
                throw new IllegalStateException("a data loader needs a source, a sampler and a seed; missing: "
                        + Optional.ofNullable(source == null ? "source " : null).orElse("")
                        + Optional.ofNullable(sampler == null ? "sampler " : null).orElse("")
                        + Optional.ofNullable(seedValue == null ? "seed" : null).orElse(""));
            }
            if (workers < 0) {
                throw new InvalidInputException("data loader workers is " + workers + "; expected 0 or more");
            }
            if (prefetch == -1) {
                prefetch = Math.max(2, 2 * workers);
            }
            if (prefetch < 1) {
                throw new InvalidInputException("data loader prefetch is " + prefetch + " batches; expected at least 1");
            }
            seed = seedValue;
            return new DataLoader(this);
        }
    }
}
