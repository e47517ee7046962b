package org.osteon.training.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.osteon.core.InvalidInputException;
import org.osteon.training.Seeds;

/**
 * The samplers of training. Every one draws each epoch's order from {@code Seeds.derive(seed, ORDER, epoch)}.
 */
public final class Samplers {

    private Samplers() {
    }

    /** Samples 0..n-1 in order, in batches of {@code batchSize} (the last one smaller): validation and prediction. */
    public static Sampler sequential(int n, int batchSize) {
        checkBatchSize(batchSize);
        return new Fixed(batchSize) {
            @Override
            public List<int[]> batches(int epoch) {
                return cut(identity(n), batchSize, false);
            }
        };
    }

    /**
     * Every sample once per epoch in a seeded random order; with {@code dropLast} a last batch smaller than
     * {@code batchSize} is left out (batch norm cannot train on a batch of one).
     */
    public static Sampler shuffled(int n, int batchSize, boolean dropLast, long seed) {
        checkBatchSize(batchSize);
        return new Fixed(batchSize) {
            @Override
            public List<int[]> batches(int epoch) {
                int[] order = identity(n);
                shuffle(order, new SplittableRandom(Seeds.derive(seed, Seeds.ORDER, epoch)));
                return cut(order, batchSize, dropLast);
            }
        };
    }

    /**
     * As many samples per epoch as the data set has, each class equally often: each class's samples are
     * taken in a seeded random order, cycling through a small class again, and the classes interleaved and
     * shuffled. Samples without a label are refused.
     */
    public static Sampler classBalanced(List<Sample> samples, int batchSize, boolean dropLast, long seed) {
        checkBatchSize(batchSize);
        TreeMap<Integer, int[]> byClass = byClass(samples);
        int n = samples.size();
        int perClass = (n + byClass.size() - 1) / byClass.size();
        return new Fixed(batchSize) {
            @Override
            public List<int[]> batches(int epoch) {
                SplittableRandom r = new SplittableRandom(Seeds.derive(seed, Seeds.ORDER, epoch));
                int[] order = new int[perClass * byClass.size()];
                int at = 0;
                for (int[] members : byClass.values()) {
                    int[] cycle = members.clone();
                    for (int i = 0; i < perClass; i++) {
                        if (i % cycle.length == 0) {
                            shuffle(cycle, r);
                        }
                        order[at++] = cycle[i % cycle.length];
                    }
                }
                shuffle(order, r);
                return cut(Arrays.copyOf(order, n), batchSize, dropLast);
            }
        };
    }

    /**
     * P x K batches for metric learning (batch-hard triplet losses): each batch holds {@code p} distinct
     * classes (identities) with {@code k} distinct samples of each, grouped class by class. An epoch has
     * n / (p k) batches; classes are visited in a seeded random cycle and each class's samples in a seeded
     * random cycle, so every sample is used about once per epoch.
     *
     * @throws InvalidInputException when {@code batchSize} is smaller than p x k, when there are fewer than
     *             {@code p} classes, or when a class has fewer than {@code k} samples (each named with its numbers)
     */
    public static Sampler pk(List<Sample> samples, int p, int k, int batchSize, long seed) {
        if (p < 2 || k < 2) {
            throw new InvalidInputException("P x K batches need P >= 2 classes and K >= 2 samples per class (an anchor needs a positive "
                    + "and a negative); got P = " + p + ", K = " + k);
        }
        if (batchSize < (long) p * k) {
            throw new InvalidInputException("batch size " + batchSize + " is too small for P x K = " + p + " x " + k + " = " + p * k
                    + " samples; use a batch size of at least " + p * k + " or smaller P or K");
        }
        TreeMap<Integer, int[]> byClass = byClass(samples);
        if (byClass.size() < p) {
            throw new InvalidInputException("P x K batches need P = " + p + " classes but the data has " + byClass.size());
        }
        byClass.forEach((label, members) -> {
            if (members.length < k) {
                throw new InvalidInputException("class " + label + " has " + members.length + " samples, fewer than K = " + k
                        + " needed for P x K batches");
            }
        });
        int batches = Math.max(1, samples.size() / (p * k));
        int[] labels = byClass.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new Fixed(p * k) {
            @Override
            public List<int[]> batches(int epoch) {
                SplittableRandom r = new SplittableRandom(Seeds.derive(seed, Seeds.ORDER, epoch));
                int[][] cycles = new int[labels.length][];
                int[] next = new int[labels.length];
                for (int c = 0; c < labels.length; c++) {
                    cycles[c] = byClass.get(labels[c]).clone();
                    shuffle(cycles[c], r);
                }
                int[] classOrder = identity(labels.length);
                int classAt = labels.length;
                List<int[]> out = new ArrayList<>(batches);
                for (int b = 0; b < batches; b++) {
                    int[] batch = new int[p * k];
                    boolean[] taken = new boolean[labels.length];
                    for (int j = 0; j < p; j++) {
                        int c;
                        do {
                            if (classAt == classOrder.length) {
                                shuffle(classOrder, r);
                                classAt = 0;
                            }
                            c = classOrder[classAt++];
                        } while (taken[c]);
                        taken[c] = true;
                        // K distinct samples: when the cycle cannot give K more, start a new shuffled cycle
                        if (next[c] + k > cycles[c].length) {
                            shuffle(cycles[c], r);
                            next[c] = 0;
                        }
                        System.arraycopy(cycles[c], next[c], batch, j * k, k);
                        next[c] += k;
                    }
                    out.add(batch);
                }
                return out;
            }
        };
    }

    private abstract static class Fixed implements Sampler {

        private final int batchSize;

        Fixed(int batchSize) {
            this.batchSize = batchSize;
        }

        @Override
        public int batchSize() {
            return batchSize;
        }
    }

    private static void checkBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new InvalidInputException("batch size is " + batchSize + "; expected at least 1");
        }
    }

    private static TreeMap<Integer, int[]> byClass(List<Sample> samples) {
        TreeMap<Integer, List<Integer>> lists = new TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (!s.hasLabel()) {
                throw new InvalidInputException("sample " + s.id() + " has no class label; class-balanced and P x K sampling need one");
            }
            lists.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(i);
        }
        if (lists.isEmpty()) {
            throw new InvalidInputException("no samples to draw batches from");
        }
        TreeMap<Integer, int[]> out = new TreeMap<>();
        lists.forEach((l, m) -> out.put(l, m.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    /** Fisher-Yates with the given generator (the same permutation on every JVM). */
    static void shuffle(int[] a, SplittableRandom r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static List<int[]> cut(int[] order, int batchSize, boolean dropLast) {
        List<int[]> out = new ArrayList<>();
        for (int at = 0; at < order.length; at += batchSize) {
            int end = Math.min(order.length, at + batchSize);
            if (dropLast && end - at < batchSize) {
                break;
            }
            out.add(Arrays.copyOfRange(order, at, end));
        }
        return out;
    }
}
