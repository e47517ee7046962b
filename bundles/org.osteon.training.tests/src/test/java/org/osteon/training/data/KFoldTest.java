package org.osteon.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;

class KFoldTest {

    @Test
    void subjectsNeverSpanFoldsAndEverySampleIsValidatedExactlyOnce() {
        // subjects with 1 to 5 samples each, in an order that interleaves them
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 97; i++) {
            String subject = "p" + (i * 7 % 31) % (1 + i % 23);
            samples.add(new Sample("s" + i, i % 2, subject, subject + "/a"));
        }
        int k = 5;
        List<KFold.Fold> folds = KFold.split(samples, k, 42);
        assertEquals(k, folds.size());
        int[] validated = new int[samples.size()];
        Map<String, Integer> foldOfSubject = new HashMap<>();
        for (KFold.Fold f : folds) {
            assertEquals(samples.size(), f.train().length + f.validation().length);
            for (int i : f.validation()) {
                validated[i]++;
                Integer before = foldOfSubject.put(samples.get(i).subject(), f.index());
                assertTrue(before == null || before == f.index(), "subject " + samples.get(i).subject() + " in folds " + before + " and " + f.index());
            }
            // no subject of the validation side is in the training side
            for (int t : f.train()) {
                for (int v : f.validation()) {
                    assertTrue(!samples.get(t).subject().equals(samples.get(v).subject()), "subject on both sides of fold " + f.index());
                }
            }
            assertTrue(f.validation().length > 0, "fold " + f.index() + " validates something");
        }
        for (int i = 0; i < validated.length; i++) {
            assertEquals(1, validated[i], "sample " + i + " validated once");
        }
        List<KFold.Fold> again = KFold.split(samples, k, 42);
        for (int f = 0; f < k; f++) {
            assertArrayEquals(folds.get(f).validation(), again.get(f).validation(), "same seed, same split");
        }
        // sizes stay close: no fold exceeds another by more than the largest subject
        long largest = samples.stream().collect(java.util.stream.Collectors.groupingBy(Sample::subject, java.util.stream.Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElseThrow();
        int min = folds.stream().mapToInt(f -> f.validation().length).min().orElseThrow();
        int max = folds.stream().mapToInt(f -> f.validation().length).max().orElseThrow();
        assertTrue(max - min <= largest, "fold sizes " + min + ".." + max + ", largest subject " + largest);
    }

    @Test
    void fewerSubjectsThanFoldsIsNamed() {
        List<Sample> samples = TinyData.samples(12, 2, 4);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KFold.split(samples, 5, 1));
        assertTrue(e.getMessage().contains("at least 5 subjects") && e.getMessage().contains("has 3"), e.getMessage());
    }
}
