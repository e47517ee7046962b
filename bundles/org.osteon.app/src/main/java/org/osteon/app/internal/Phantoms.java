package org.osteon.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.osteon.core.InvalidInputException;
import org.osteon.core.io.Location;
import org.osteon.phantom.KneeCt;
import org.osteon.phantom.KneeCtPhantom;
import org.osteon.phantom.KneeCtPhantomReader;
import org.osteon.phantom.KneeCtWriter;

/** {@code osteon phantom KIND DIR}: synthetic data sets with known ground truth. */
final class Phantoms {

    private Phantoms() {
    }

    static int write(String kind, Path dir, CommandLine cl, PrintStream out) {
        if (!kind.equals("knee-ct")) {
            throw new UsageException("unknown phantom '" + kind + "'; expected knee-ct");
        }
        StringBuilder query = new StringBuilder();
        cl.size().ifPresent(s -> query.append("size=").append(s));
        cl.seed().ifPresent(s -> query.append(query.isEmpty() ? "" : "&").append("seed=").append(s));
        KneeCtPhantomReader.Request request = KneeCtPhantomReader.parse(new Location(
                KneeCtPhantomReader.LOCATION_PREFIX + (query.isEmpty() ? "" : "?" + query)));
        KneeCt ct = KneeCtPhantom.generate(request.size(), request.seed());
        try {
            KneeCtWriter.PhantomFiles files = KneeCtWriter.write(ct, dir);
            out.println("knee CT phantom " + request.size() + " (seed " + request.seed() + "):");
            out.println("  volume " + files.volume());
            out.println("  labels " + files.labels() + " (1 = femur, 2 = tibia)");
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the phantom into " + dir + ": " + e.getMessage(), e);
        }
        return Commands.OK;
    }
}
