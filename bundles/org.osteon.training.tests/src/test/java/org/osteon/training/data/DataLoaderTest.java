package org.osteon.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;

class DataLoaderTest {

    /** A loader whose values depend on the sample and its random stream, and that takes uneven time. */
    static final SampleLoader NOISY = (sample, random, slot) -> {
        int index = Integer.parseInt(sample.id().substring(1));
        // uneven work so that workers finish out of order
        if (index % 3 == 0) {
            Thread.sleep(2);
        }
        for (int i = 0; i < slot.pixelCount(); i++) {
            slot.setPixel(i, index + (float) random.nextGaussian());
        }
        slot.setTargets(sample.label(), (float) random.nextDouble());
    };

    static SampleSource source(int n, SampleLoader loader) {
        return new SampleSource(TinyData.samples(n, 3, 2), new long[] {2, 3, 4}, new long[] {2}, loader);
    }

    @Test
    void batchesDoNotDependOnTheNumberOfWorkers() {
        SampleSource src = source(37, NOISY);
        // class-balanced draws some samples twice in an epoch: their two augmentations must differ
        Sampler sampler = Samplers.classBalanced(src.samples(), 5, false, 9);
        List<List<float[]>> reference = null;
        for (int workers : new int[] {0, 1, 3, 8}) {
            DataLoader loader = DataLoader.builder().setSource(src).setSampler(sampler).setSeed(77).optWorkers(workers).optPrefetch(1 + workers % 3)
                    .build();
            List<List<float[]>> got = new ArrayList<>();
            for (int epoch = 0; epoch < 2; epoch++) {
                try (DataLoader.Epoch e = loader.epoch(epoch)) {
                    List<int[]> expected = sampler.batches(epoch);
                    assertEquals(expected.size(), e.size());
                    int b = 0;
                    while (e.hasNext()) {
                        try (Batch batch = e.next()) {
                            assertEquals(b, batch.index());
                            assertArrayEquals(expected.get(b), batch.indices());
                            assertArrayEquals(new long[] {batch.size(), 2, 3, 4}, batch.pixelShape());
                            assertArrayEquals(new long[] {batch.size(), 2}, batch.targetShape());
                            got.add(List.of(batch.pixelArray().clone(), batch.targetArray().clone()));
                            b++;
                        }
                    }
                    assertEquals(expected.size(), b);
                }
            }
            if (reference == null) {
                reference = got;
                continue;
            }
            assertEquals(reference.size(), got.size());
            for (int i = 0; i < got.size(); i++) {
                assertArrayEquals(reference.get(i).get(0), got.get(i).get(0), workers + " workers, batch " + i);
                assertArrayEquals(reference.get(i).get(1), got.get(i).get(1), workers + " workers, batch " + i);
            }
        }
        // epoch 0 and epoch 1 augment differently, and a sample is placed with its own values
        float[] first = reference.get(0).get(0);
        int firstIndex = sampler.batches(0).get(0)[0];
        assertEquals(firstIndex, first[0], 6.0, "sample values carry the sample's index");
    }

    @Test
    void aSampleTwiceInAnEpochGetsTwoDifferentAugmentations() {
        SampleSource src = source(4, NOISY);
        Sampler twice = new Sampler() {
            @Override
            public List<int[]> batches(int epoch) {
                return List.of(new int[] {2, 2});
            }

            @Override
            public int batchSize() {
                return 2;
            }
        };
        DataLoader loader = DataLoader.builder().setSource(src).setSampler(twice).setSeed(1).optWorkers(2).build();
        try (DataLoader.Epoch e = loader.epoch(0); Batch b = e.next()) {
            float[] p = b.pixelArray();
            assertFalse(Arrays.equals(Arrays.copyOfRange(p, 0, 24), Arrays.copyOfRange(p, 24, 48)));
        }
    }

    @Test
    void aWorkersExceptionReachesTheConsumerNamingTheSampleAndStopsTheWorkers() throws Exception {
        AtomicInteger loaded = new AtomicInteger();
        SampleLoader failing = (sample, random, slot) -> {
            if (sample.id().equals("s13")) {
                throw new InvalidInputException("image /data/s13.png fails to decode");
            }
            loaded.incrementAndGet();
            NOISY.load(sample, random, slot);
        };
        SampleSource src = source(40, failing);
        DataLoader loader = DataLoader.builder().setSource(src).setSampler(Samplers.sequential(40, 4)).setSeed(1).optWorkers(3).optPrefetch(2)
                .build();
        InvalidInputException e;
        try (DataLoader.Epoch epoch = loader.epoch(0)) {
            e = assertThrows(InvalidInputException.class, () -> {
                while (epoch.hasNext()) {
                    epoch.next().close();
                }
            });
        }
        assertEquals("sample s13: image /data/s13.png fails to decode", e.getMessage());
        assertTrue(e.getCause() instanceof InvalidInputException);
        assertFalse(workersAlive(), "workers stopped");
        // bounded: the workers never ran far past the failing batch (batch 3 of 10)
        assertTrue(loaded.get() < 40, "loaded " + loaded.get());

        RuntimeException defect = new IllegalStateException("bug in a loader");
        DataLoader buggy = DataLoader.builder().setSource(source(8, (s, r, slot) -> {
            throw defect;
        })).setSampler(Samplers.sequential(8, 4)).setSeed(1).optWorkers(2).build();
        try (DataLoader.Epoch epoch = buggy.epoch(0)) {
            assertSame(defect, assertThrows(IllegalStateException.class, epoch::next), "the worker's own exception");
        }
    }

    @Test
    void workersStayWithinPrefetchBatchesOfTheConsumer() {
        int batchSize = 4;
        int prefetch = 3;
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger furthest = new AtomicInteger(Integer.MIN_VALUE);
        SampleLoader watching = (sample, random, slot) -> {
            int batch = Integer.parseInt(sample.id().substring(1)) / batchSize;
            furthest.accumulateAndGet(batch - taken.get(), Math::max);
            NOISY.load(sample, random, slot);
        };
        DataLoader loader = DataLoader.builder().setSource(source(120, watching)).setSampler(Samplers.sequential(120, batchSize)).setSeed(1)
                .optWorkers(4).optPrefetch(prefetch).build();
        try (DataLoader.Epoch epoch = loader.epoch(0)) {
            while (epoch.hasNext()) {
                try (Batch b = epoch.next()) {
                    taken.incrementAndGet();
                    // a slow consumer: the workers would run ahead if nothing held them
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
        // the consumer's own count lags the loader's by at most the batch being handed over
        assertTrue(furthest.get() <= prefetch, "a worker loaded batch " + furthest.get() + " ahead of the consumer");
    }

    @Test
    void closingAnEpochEarlyStopsItsWorkers() {
        DataLoader loader = DataLoader.builder().setSource(source(200, NOISY)).setSampler(Samplers.sequential(200, 4)).setSeed(1).optWorkers(4)
                .build();
        try (DataLoader.Epoch epoch = loader.epoch(0)) {
            epoch.next().close();
            assertTrue(workersAlive());
        }
        assertFalse(workersAlive());
    }

    private static boolean workersAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("osteon-data-") && t.isAlive());
    }
}
