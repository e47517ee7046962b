package org.osteon.training;

import java.nio.charset.StandardCharsets;

/**
 * Seeds derived from the one experiment seed, so that every random choice of a training (initialisation, data
 * order, augmentation, dropout) is a pure function of (seed, purpose, epoch, sample...) and never of thread
 * timing or of how many draws came before. Resuming at an epoch boundary then needs no generator state beyond
 * the seed and the epoch.
 */
public final class Seeds {

    /** Purposes, mixed into the derived seeds so that data order and augmentation never share a stream. */
    public static final String ORDER = "order";
    public static final String AUGMENT = "augment";
    public static final String DROPOUT = "dropout";
    public static final String SPLIT = "split";

    private Seeds() {
    }

    /** A seed for {@code purpose} and the given parts (epoch, sample index ...), well mixed (SplitMix64 finaliser). */
    public static long derive(long seed, String purpose, long... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        for (long p : parts) {
            h = mix(h + 0x9E3779B97F4A7C15L ^ p);
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
