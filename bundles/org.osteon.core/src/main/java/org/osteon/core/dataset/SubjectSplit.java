package org.osteon.core.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Deterministic subject-level hold-out: the same subjects, fraction and seed always give the same held-out
 * subjects, on every machine and Java version, whatever order the subjects come in.
 */
public final class SubjectSplit {

    private SubjectSplit() {
    }

    /**
     * The subjects to hold out: {@code round(fraction * n)} of the {@code n} distinct subjects, chosen by a
     * Fisher-Yates shuffle of the sorted subjects with a {@link SplittableRandom} seeded by {@code seed}.
     *
     * @param fraction in [0, 1]
     */
    public static Set<String> holdOut(Collection<String> subjects, double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the held-out fraction must be in [0, 1], got " + fraction);
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(subjects));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = sorted.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = sorted.get(i);
            sorted.set(i, sorted.get(j));
            sorted.set(j, t);
        }
        int n = (int) Math.round(fraction * sorted.size());
        return java.util.Collections.unmodifiableSet(new TreeSet<>(sorted.subList(0, n)));
    }
}
