package org.osteon.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;
import org.osteon.core.io.Location;
import org.osteon.phantom.KneeCt;
import org.osteon.phantom.KneeCtPhantom;
import org.osteon.phantom.KneeCtPhantomReader;
import org.osteon.phantom.KneeCtWriter;
import org.osteon.phantom.PhantomDatasets;

/** {@code osteon phantom KIND DIR}: synthetic data sets with known ground truth. */
final class Phantoms {

    static final List<String> KINDS = List.of("mura", "kneel", "boneage", "segmentation", "knee-ct");

    private Phantoms() {
    }

    static int write(String kind, Path dir, CommandLine cl, PrintStream out) {
        if (kind.equals("knee-ct")) {
            return kneeCt(dir, cl, out);
        }
        if (!KINDS.contains(kind)) {
            throw new UsageException("unknown phantom '" + kind + "'; expected one of " + String.join(", ", KINDS));
        }
        PhantomDatasets.Kind phantom = PhantomDatasets.Kind.of(kind);
        if (cl.size().isPresent()) {
            throw new UsageException("option --size applies to the knee-ct phantom only; use --count for " + kind);
        }
        int count = cl.count().orElse(phantom.defaultCount());
        if (count > phantom.maxCount()) {
            throw new UsageException("option --count " + count + " is too large for the " + kind + " phantom;"
                    + " expected 1.." + phantom.maxCount());
        }
        long seed = cl.seed().orElse(0L);
        Dataset written = PhantomDatasets.writeAtomically(dir, d -> phantom.write(d, count, seed), false);
        out.println(kind + " phantom (count " + count + ", seed " + seed + ") written to " + written.root() + ":");
        for (String line : summary(kind, written)) {
            out.println("  " + line);
        }
        return Commands.OK;
    }

    /** One line per split: counts per class (MURA), per KL grade (KNEEL) or the age range (bone age). */
    static List<String> summary(String kind, Dataset d) {
        return d.splits().stream().map(split -> {
            Dataset s = d.split(split);
            return split + ": " + switch (kind) {
                case "mura" -> {
                    Map<String, List<Sample>> studies = s.groups("study");
                    long abnormal = studies.values().stream()
                            .filter(images -> images.get(0).target("abnormal").orElse(0) == 1).count();
                    yield s.size() + " images in " + studies.size() + " studies (" + abnormal + " abnormal, "
                            + (studies.size() - abnormal) + " normal) of " + s.subjects().size() + " patients";
                }
                case "kneel" -> s.size() + " knees of " + s.subjects().size() + " subjects; KL grades "
                        + s.count(x -> Integer.toString((int) x.target("kl").orElse(-1))).entrySet().stream()
                                .sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining(", "));
                case "segmentation" -> s.size() + " images with bone masks";
                default -> {
                    var ages = s.samples().stream().filter(x -> x.target("boneage").isPresent())
                            .mapToDouble(x -> x.target("boneage").getAsDouble()).summaryStatistics();
                    long boys = s.samples().stream().filter(x -> x.target("male").orElse(0) == 1).count();
                    yield s.size() + " images (" + boys + " boys, " + (s.size() - boys) + " girls)"
                            + (ages.getCount() == 0 ? ", no bone ages (as in the challenge's test set)"
                                    : String.format(", bone age %.0f..%.0f months", ages.getMin(), ages.getMax()));
                }
            };
        }).toList();
    }

    private static int kneeCt(Path dir, CommandLine cl, PrintStream out) {
        if (cl.count().isPresent()) {
            throw new UsageException("option --count does not apply to the knee-ct phantom; use --size XxYxZ");
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
