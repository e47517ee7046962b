package org.osteon.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.io.Location;
import org.osteon.core.registry.DatasetReaderDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.io.DatasetReaders;
import org.osteon.io.VolumeReaders;

import com.google.gson.GsonBuilder;

/**
 * {@code osteon info FILE|DIR [--json]}: what an image file (or a folder a reader takes as one image, such as
 * a DICOM series) holds, through the installed readers. A folder that a data set reader recognises (MURA,
 * KNEEL, RSNA bone age ...) is summarised per split; any other folder is described file by file, and files
 * that no reader recognises are listed as skipped.
 */
final class InfoCommand {

    private final Registry<ReaderDescriptor> readers;
    private final Registry<DatasetReaderDescriptor> datasetReaders;
    private final PrintStream out;
    private final Path workingDirectory;

    InfoCommand(Registry<ReaderDescriptor> readers, Registry<DatasetReaderDescriptor> datasetReaders, PrintStream out,
            Path workingDirectory) {
        this.readers = readers;
        this.datasetReaders = datasetReaders;
        this.out = out;
        this.workingDirectory = workingDirectory;
    }

    int run(String target, boolean json) {
        Path path = workingDirectory.resolve(target).normalize();
        if (!Files.exists(VolumeReaders.probedPath(path))) { // FOLDER#SERIES_UID names an existing folder
            throw new InvalidInputException("file " + path + " does not exist; expected an image file or a folder "
                    + "of images (e.g. a DICOM series)");
        }
        Location location = Location.of(path);
        Optional<ReaderDescriptor> reader = VolumeReaders.find(readers, location, workingDirectory);
        List<Map<String, Object>> described = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Optional<DatasetReaderDescriptor> dataset = reader.isEmpty() && Files.isDirectory(path) ? datasetReader(path)
                : Optional.empty();
        if (reader.isPresent()) {
            described.add(describe(path, reader.get()));
        } else if (dataset.isPresent()) {
            return describeDataset(path, dataset.get(), json);
        } else if (Files.isDirectory(path)) {
            for (Path file : listFiles(path)) {
                Optional<ReaderDescriptor> r = VolumeReaders.find(readers, Location.of(file), workingDirectory);
                if (r.isPresent()) {
                    described.add(describe(file, r.get()));
                } else {
                    skipped.add(file.getFileName().toString());
                }
            }
            if (described.isEmpty()) {
                throw new InvalidInputException("folder " + path + " holds no file that an installed reader "
                        + "recognises; supported: " + supported());
            }
        } else {
            throw new InvalidInputException("no reader for image '" + path + "': its name matches no reader's "
                    + "patterns and no reader recognises its content; supported: " + supported());
        }
        if (json) {
            Object document = reader.isPresent() ? described.get(0)
                    : Map.of("folder", path.toString(), "images", described, "skipped", skipped);
            out.println(new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().disableHtmlEscaping()
                    .create().toJson(document));
        } else {
            for (int i = 0; i < described.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                printText(described.get(i));
            }
            if (!skipped.isEmpty()) {
                out.println();
                out.println("skipped (no reader): " + String.join(", ", skipped));
            }
        }
        return Commands.OK;
    }

    private Optional<DatasetReaderDescriptor> datasetReader(Path root) {
        return DatasetReaders.find(datasetReaders, Location.of(root), root);
    }

    /** A data set root: per split, the number of samples and subjects and the range of each target. */
    private int describeDataset(Path root, DatasetReaderDescriptor descriptor, boolean json) {
        Dataset dataset;
        try {
            dataset = descriptor.create().read(root);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read data set " + root + ": " + e.getMessage(), e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", root.toString());
        m.put("datasetReader", descriptor.id());
        m.put("layout", descriptor.name());
        m.put("samples", dataset.size());
        m.put("subjects", dataset.subjects().size());
        m.put("landmarks", dataset.samples().stream().anyMatch(s -> s.landmarks().isPresent()));
        Map<String, Object> splits = new LinkedHashMap<>();
        for (String split : dataset.splits()) {
            Dataset part = dataset.split(split);
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("samples", part.size());
            sm.put("subjects", part.subjects().size());
            Map<String, Object> targets = new LinkedHashMap<>();
            part.samples().stream().flatMap(s -> s.targets().keySet().stream()).distinct().sorted().forEach(t -> {
                var stats = part.samples().stream().map(s -> s.target(t)).filter(java.util.OptionalDouble::isPresent)
                        .mapToDouble(java.util.OptionalDouble::getAsDouble).summaryStatistics();
                targets.put(t, Map.of("count", stats.getCount(), "min", stats.getMin(), "max", stats.getMax(),
                        "mean", stats.getAverage()));
            });
            sm.put("targets", targets);
            splits.put(split, sm);
        }
        m.put("splits", splits);
        if (json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m));
            return Commands.OK;
        }
        row("folder", root);
        row("data set", descriptor.name() + "  (reader " + descriptor.id() + ")");
        row("samples", dataset.size() + " samples of " + dataset.subjects().size() + " subjects"
                + ((Boolean) m.get("landmarks") ? ", with landmarks" : ""));
        splits.forEach((split, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> sm = (Map<String, Object>) value;
            StringBuilder line = new StringBuilder(sm.get("samples") + " samples, " + sm.get("subjects") + " subjects");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> targets = (Map<String, Map<String, Object>>) sm.get("targets");
            targets.forEach((t, st) -> line.append("; ").append(t).append(" ").append(fmt((Double) st.get("min")))
                    .append("..").append(fmt((Double) st.get("max"))).append(" (mean ")
                    .append(String.format(Locale.ROOT, "%.2f", (Double) st.get("mean"))).append(")"));
            row("split " + split, line);
        });
        return Commands.OK;
    }

    private String supported() {
        return VolumeReaders.supportedPatterns(readers.all());
    }

    private static List<Path> listFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> describe(Path path, ReaderDescriptor reader) {
        ImageInfo info;
        try {
            info = reader.create().info(Location.of(path), workingDirectory);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", path.toString());
        m.put("reader", reader.id());
        m.put("format", info.format());
        m.put("size", new int[] {info.size().nx(), info.size().ny(), info.size().nz()});
        m.put("voxelType", info.voxelType());
        Geometry g = info.geometry();
        m.put("spacing", g.spacing());
        m.put("origin", g.origin());
        m.put("direction", g.direction());
        m.put("min", info.min());
        m.put("max", info.max());
        m.put("tags", info.tags());
        return m;
    }

    private void printText(Map<String, Object> m) {
        int[] size = (int[]) m.get("size");
        row("file", m.get("file"));
        row("format", m.get("format") + "  (reader " + m.get("reader") + ")");
        row("size", size[0] + " x " + size[1] + " x " + size[2] + (size[2] == 1 ? "  (2D)" : ""));
        row("voxel type", m.get("voxelType"));
        row("spacing", join((double[]) m.get("spacing"), " x ") + " mm");
        row("origin", "(" + join((double[]) m.get("origin"), ", ") + ") mm, RAS+");
        double[] d = (double[]) m.get("direction");
        row("direction", "x (" + fmt(d[0]) + ", " + fmt(d[3]) + ", " + fmt(d[6]) + ")  y (" + fmt(d[1]) + ", "
                + fmt(d[4]) + ", " + fmt(d[7]) + ")  z (" + fmt(d[2]) + ", " + fmt(d[5]) + ", " + fmt(d[8]) + ")");
        row("value range", fmt((Double) m.get("min")) + " .. " + fmt((Double) m.get("max")));
        @SuppressWarnings("unchecked")
        Map<String, String> tags = (Map<String, String>) m.get("tags");
        tags.forEach(this::row);
    }

    private void row(String key, Object value) {
        out.println(String.format(Locale.ROOT, "%-26s %s", key, value));
    }

    private static String join(double[] values, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : separator).append(fmt(values[i]));
        }
        return sb.toString();
    }

    /** Up to 6 significant decimals, trailing zeros dropped. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
