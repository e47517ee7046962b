package org.osteon.training.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.osteon.core.InvalidInputException;
import org.osteon.training.Seeds;

/**
 * Subject-disjoint k-fold splits: all samples of one subject (patient) fall in the same fold, so a network
 * is never validated on a patient it trained on. Subjects are taken in a seeded random order and each goes
 * to the fold that has the fewest samples so far (the first such fold), which keeps the folds' sizes close
 * when subjects have different numbers of samples.
 */
public final class KFold {

    /** One fold: the sample indices to train on and to validate on, each ascending. */
    public record Fold(int index, int[] train, int[] validation) {

        public Fold {
            train = train.clone();
            validation = validation.clone();
        }

        @Override
        public int[] train() {
            return train.clone();
        }

        @Override
        public int[] validation() {
            return validation.clone();
        }
    }

    private KFold() {
    }

    /**
     * The {@code k} folds of {@code samples}; every sample is in exactly one fold's validation side.
     *
     * @throws InvalidInputException when k < 2 or there are fewer subjects than folds
     */
    public static List<Fold> split(List<Sample> samples, int k, long seed) {
        if (k < 2) {
            throw new InvalidInputException("k-fold needs k >= 2 folds; got " + k);
        }
        // subjects in a fixed (sorted) order before shuffling, so the split does not depend on the index's order
        TreeMap<String, List<Integer>> bySubject = new TreeMap<>();
        for (int i = 0; i < samples.size(); i++) {
            bySubject.computeIfAbsent(samples.get(i).subject(), s -> new ArrayList<>()).add(i);
        }
        if (bySubject.size() < k) {
            throw new InvalidInputException(k + "-fold split needs at least " + k + " subjects; the data has " + bySubject.size()
                    + " (" + samples.size() + " samples)");
        }
        List<List<Integer>> groups = new ArrayList<>(bySubject.values());
        SplittableRandom r = new SplittableRandom(Seeds.derive(seed, Seeds.SPLIT, k));
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            List<Integer> t = groups.get(i);
            groups.set(i, groups.get(j));
            groups.set(j, t);
        }
        int[] foldOf = new int[samples.size()];
        int[] sizes = new int[k];
        int[] subjects = new int[k];
        for (List<Integer> g : groups) {
            int best = 0;
            for (int f = 1; f < k; f++) {
                // fewest samples; among equals, fewest subjects (every fold gets a subject while subjects remain)
                if (sizes[f] < sizes[best] || sizes[f] == sizes[best] && subjects[f] < subjects[best]) {
                    best = f;
                }
            }
            for (int i : g) {
                foldOf[i] = best;
            }
            sizes[best] += g.size();
            subjects[best]++;
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int fold = f;
            int[] validation = java.util.stream.IntStream.range(0, samples.size()).filter(i -> foldOf[i] == fold).toArray();
            int[] train = java.util.stream.IntStream.range(0, samples.size()).filter(i -> foldOf[i] != fold).toArray();
            folds.add(new Fold(f, train, validation));
        }
        return List.copyOf(folds);
    }

    /** The subjects of each fold's validation side, for a run's record (fold index -> subject ids, sorted). */
    public static Map<Integer, List<String>> subjects(List<Sample> samples, List<Fold> folds) {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        for (Fold f : folds) {
            out.put(f.index(), Arrays.stream(f.validation()).mapToObj(i -> samples.get(i).subject()).distinct().sorted().toList());
        }
        return out;
    }
}
