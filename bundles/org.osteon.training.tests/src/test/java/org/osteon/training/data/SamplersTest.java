package org.osteon.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;

class SamplersTest {

    @Test
    void pkBatchesHoldPDistinctClassesOfKDistinctSamplesEach() {
        // 5 classes with unequal sizes: 60 samples, label i % 5, plus 7 extra of class 0
        List<Sample> samples = new ArrayList<>(TinyData.samples(60, 5, 3));
        for (int i = 0; i < 7; i++) {
            samples.add(new Sample("x" + i, 0, "q" + i, "q" + i));
        }
        int p = 3;
        int k = 4;
        Sampler sampler = Samplers.pk(samples, p, k, 12, 11);
        assertEquals(12, sampler.batchSize());
        for (int epoch = 0; epoch < 5; epoch++) {
            List<int[]> batches = sampler.batches(epoch);
            assertEquals(samples.size() / (p * k), batches.size());
            for (int[] b : batches) {
                assertEquals(p * k, b.length);
                assertEquals(p * k, Arrays.stream(b).distinct().count(), "samples in a batch are distinct: " + Arrays.toString(b));
                Set<Integer> classes = new HashSet<>();
                for (int j = 0; j < p; j++) {
                    int label = samples.get(b[j * k]).label();
                    assertTrue(classes.add(label), "class " + label + " appears in two groups of " + Arrays.toString(b));
                    for (int i = 0; i < k; i++) {
                        assertEquals(label, samples.get(b[j * k + i]).label(), "group " + j + " holds one class");
                    }
                }
            }
        }
        // a pure function of (seed, epoch): asking again, or in another order, gives the same batches
        assertBatchesEqual(sampler.batches(3), Samplers.pk(samples, p, k, 12, 11).batches(3));
        assertFalse(Arrays.equals(sampler.batches(0).get(0), sampler.batches(1).get(0)), "epochs differ");
    }

    @Test
    void pkRefusesBatchesTooSmallAndClassesTooSmallNamingTheNumbers() {
        List<Sample> samples = TinyData.samples(40, 4, 2);
        InvalidInputException small = assertThrows(InvalidInputException.class, () -> Samplers.pk(samples, 4, 4, 8, 1));
        assertTrue(small.getMessage().contains("batch size 8") && small.getMessage().contains("4 x 4 = 16"), small.getMessage());
        List<Sample> uneven = new ArrayList<>(samples);
        uneven.add(new Sample("lonely", 9, "z", "z"));
        InvalidInputException few = assertThrows(InvalidInputException.class, () -> Samplers.pk(uneven, 2, 3, 6, 1));
        assertTrue(few.getMessage().contains("class 9 has 1 samples") && few.getMessage().contains("K = 3"), few.getMessage());
        InvalidInputException classes = assertThrows(InvalidInputException.class, () -> Samplers.pk(samples, 5, 2, 10, 1));
        assertTrue(classes.getMessage().contains("P = 5") && classes.getMessage().contains("has 4"), classes.getMessage());
    }

    @Test
    void shuffledVisitsEverySampleOncePerEpochInASeededOrder() {
        Sampler s = Samplers.shuffled(23, 5, false, 3);
        List<int[]> batches = s.batches(0);
        assertEquals(List.of(5, 5, 5, 5, 3), batches.stream().map(b -> b.length).toList());
        int[] all = batches.stream().flatMapToInt(Arrays::stream).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 23).toArray(), all);
        assertFalse(Arrays.equals(IntStream.range(0, 5).toArray(), batches.get(0)), "not the identity order");
        assertEquals(4, Samplers.shuffled(23, 5, true, 3).batches(0).size(), "dropLast leaves the short batch out");
        assertBatchesEqual(batches, Samplers.shuffled(23, 5, false, 3).batches(0));
        assertFalse(Arrays.equals(batches.get(0), Samplers.shuffled(23, 5, false, 4).batches(0).get(0)), "seeds differ");
    }

    @Test
    void classBalancedDrawsEachClassEquallyOften() {
        // 30 of class 0, 6 of class 1, 4 of class 2
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            samples.add(new Sample("s" + i, i < 30 ? 0 : i < 36 ? 1 : 2, "p" + i, "p" + i));
        }
        int[] counts = new int[3];
        Samplers.classBalanced(samples, 8, false, 5).batches(2).forEach(b -> Arrays.stream(b).forEach(i -> counts[samples.get(i).label()]++));
        assertEquals(40, Arrays.stream(counts).sum());
        for (int c : counts) {
            assertTrue(Math.abs(c - 40 / 3.0) <= 1.5, Arrays.toString(counts));
        }
    }

    static void assertBatchesEqual(List<int[]> a, List<int[]> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), "batch " + i);
        }
    }
}
