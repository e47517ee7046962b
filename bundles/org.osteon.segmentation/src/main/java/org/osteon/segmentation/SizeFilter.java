package org.osteon.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes regions smaller than a minimum number of voxels. The minimum can be tuned per slab of axial
 * slices (z index ranges, inclusive), because the same structure covers fewer voxels where the anatomy is
 * thin: {@code "0-40:5000,41-107:2000"} means regions whose centroid lies in slices 0..40 need 5000 voxels,
 * those in 41..107 need 2000, and all others the default. A region belongs to the slab that holds its
 * centroid slice (rounded); the first matching slab wins.
 */
public final class SizeFilter {

    /** One slab of slices {@code from..to} (inclusive) with its minimum region size in voxels. */
    public record Slab(int from, int to, int minSize) {
        public Slab {
            if (from < 0 || to < from || minSize < 0) {
                throw new IllegalArgumentException("slab " + from + "-" + to + ":" + minSize
                        + " needs 0 <= from <= to and a minimum size >= 0");
            }
        }
    }

    private final int defaultMinSize;
    private final List<Slab> slabs;

    public SizeFilter(int defaultMinSize, List<Slab> slabs) {
        if (defaultMinSize < 0) {
            throw new IllegalArgumentException("minimum size must be >= 0, got " + defaultMinSize);
        }
        this.defaultMinSize = defaultMinSize;
        this.slabs = List.copyOf(slabs);
    }

    /** One minimum size for all slices. */
    public static SizeFilter of(int minSize) {
        return new SizeFilter(minSize, List.of());
    }

    /**
     * Parses per-slab minimum sizes {@code "from-to:minSize,..."} (empty text: none) with a default for the
     * slices no slab covers. Throws IllegalArgumentException saying what was expected.
     */
    public static SizeFilter parse(String perSlabs, int defaultMinSize) {
        List<Slab> slabs = new ArrayList<>();
        String text = perSlabs == null ? "" : perSlabs.strip();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                String p = part.strip();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\s*-\\s*(\\d+)\\s*:\\s*(\\d+)").matcher(p);
                if (!m.matches()) {
                    throw new IllegalArgumentException("expected slabs as from-to:minSize separated by commas (e.g. "
                            + "0-40:5000,41-107:2000), got '" + p + "'");
                }
                try {
                    slabs.add(new Slab(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("slab '" + p + "' has a number that is too large", e);
                }
            }
        }
        return new SizeFilter(defaultMinSize, slabs);
    }

    public int defaultMinSize() {
        return defaultMinSize;
    }

    public List<Slab> slabs() {
        return slabs;
    }

    /** The minimum size for a region whose centroid is in slice {@code z}. */
    public int minSize(int z) {
        for (Slab s : slabs) {
            if (z >= s.from() && z <= s.to()) {
                return s.minSize();
            }
        }
        return defaultMinSize;
    }

    /** Whether region {@code label} is large enough. */
    public boolean keeps(Components regions, int label) {
        int size = regions.size(label);
        if (size == 0) {
            return false;
        }
        int z = (int) Math.round(regions.centroid(label)[2]);
        return size >= minSize(z);
    }

    /** The regions that are large enough, renumbered 1..n in the order of their old labels. */
    public Components apply(Components regions) {
        boolean[] keep = new boolean[regions.count() + 1];
        for (int l = 1; l <= regions.count(); l++) {
            keep[l] = keeps(regions, l);
        }
        return regions.retain(keep);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Slab s : slabs) {
            b.append(s.from()).append('-').append(s.to()).append(':').append(s.minSize()).append(',');
        }
        return "SizeFilter[" + b + "default " + defaultMinSize + "]";
    }
}
