package org.osteon.phantom;

import java.nio.file.Path;
import java.util.Locale;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;

/**
 * Reads the synthetic knee CT from locations {@code phantom:knee-ct} (128 x 128 x 96 voxels, seed 42) and
 * {@code phantom:knee-ct?size=NXxNYxNZ&seed=N} (either key may be left out). {@link #readLabels} gives the
 * ground truth (1 = femur, 2 = tibia). The last phantom generated is kept, so reading the volume and then
 * the labels of one location generates it once.
 */
public final class KneeCtPhantomReader implements VolumeReader {

    public static final String LOCATION_PREFIX = "phantom:knee-ct";
    private static final String EXPECTED = "expected phantom:knee-ct or phantom:knee-ct?size=NXxNYxNZ&seed=N"
            + " (e.g. phantom:knee-ct?size=256x256x108&seed=7; each size at least 16)";

    /** The size and seed a location asks for. */
    public record Request(GridSize size, long seed) {
    }

    private KneeCt last;

    @Override
    public synchronized Volume read(Location location, Path base) {
        return generate(parse(location)).volume();
    }

    @Override
    public synchronized LabelMap readLabels(Location location, Path base) {
        return generate(parse(location)).labels();
    }

    private KneeCt generate(Request r) {
        if (last == null || !last.volume().size().equals(r.size()) || last.seed() != r.seed()) {
            last = KneeCtPhantom.generate(r.size(), r.seed());
        }
        return last;
    }

    /** Parses a phantom location, or throws an InvalidInputException naming it and what was expected. */
    public static Request parse(Location location) {
        String text = location.text();
        if (!text.toLowerCase(Locale.ROOT).startsWith(LOCATION_PREFIX)) {
            throw new InvalidInputException("location '" + text + "' is not a knee phantom; " + EXPECTED);
        }
        String rest = text.substring(LOCATION_PREFIX.length());
        GridSize size = KneeCtPhantom.DEFAULT_SIZE;
        long seed = KneeCtPhantom.DEFAULT_SEED;
        if (rest.isEmpty()) {
            return new Request(size, seed);
        }
        if (!rest.startsWith("?") || rest.length() == 1) {
            throw new InvalidInputException("location '" + text + "' has '" + rest + "' after phantom:knee-ct; " + EXPECTED);
        }
        for (String pair : rest.substring(1).split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq).strip();
            String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
            switch (key.toLowerCase(Locale.ROOT)) {
                case "size" -> size = size(text, value);
                case "seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new InvalidInputException("location '" + text + "' has seed '" + value
                                + "'; expected a whole number, e.g. seed=7");
                    }
                }
                default -> throw new InvalidInputException("location '" + text + "' has unknown parameter '" + key
                        + "'; " + EXPECTED);
            }
        }
        return new Request(size, seed);
    }

    private static GridSize size(String text, String value) {
        String[] parts = value.toLowerCase(Locale.ROOT).split("x", -1);
        String problem = "location '" + text + "' has size '" + value
                + "'; expected three whole numbers of at least 16 joined by x, e.g. size=256x256x108";
        if (parts.length != 3) {
            throw new InvalidInputException(problem);
        }
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                n[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(problem);
            }
            if (n[i] < 16 || n[i] > 2048) {
                throw new InvalidInputException(problem + " (and at most 2048)");
            }
        }
        if ((long) n[0] * n[1] * n[2] > 512L * 512 * 512) {
            throw new InvalidInputException("location '" + text + "' asks for " + n[0] + " x " + n[1] + " x " + n[2]
                    + " voxels; the knee phantom is limited to 512^3 voxels");
        }
        return new GridSize(n[0], n[1], n[2]);
    }
}
