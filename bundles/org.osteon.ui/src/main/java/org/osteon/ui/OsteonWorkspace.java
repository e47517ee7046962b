package org.osteon.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.osteon.model.ExperimentFiles;

/**
 * The folder a lab works in: its experiment files (anywhere below it), {@code examples/} (the bundled examples,
 * offered on first use) and {@code runs/} (one folder per run, as {@code osteon run} writes them).
 */
public final class OsteonWorkspace {

    /** The default workspace: ~/osteon-workspace. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), "osteon-workspace");
    }

    private static volatile OsteonWorkspace current;

    private final Path root;

    public OsteonWorkspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The workspace the workbench opened (set once at start-up); the default one when none was set. */
    public static OsteonWorkspace current() {
        OsteonWorkspace w = current;
        if (w == null) {
            synchronized (OsteonWorkspace.class) {
                if (current == null) {
                    current = new OsteonWorkspace(defaultRoot());
                }
                w = current;
            }
        }
        return w;
    }

    /** Makes {@code workspace} the current one, creating its folders. */
    public static void setCurrent(OsteonWorkspace workspace) {
        try {
            Files.createDirectories(workspace.runsFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + workspace.root() + ": " + e.getMessage(), e);
        }
        current = Objects.requireNonNull(workspace);
    }

    public Path root() {
        return root;
    }

    public Path runsFolder() {
        return root.resolve("runs");
    }

    public Path examplesFolder() {
        return root.resolve("examples");
    }

    /**
     * Copies the bundled examples' experiment files ({@code source/<method>/*.osteon}) into {@code examples/}
     * where they are missing; an example the lab edited is never replaced. Returns the files copied.
     */
    public List<Path> offerExamples(Path source) throws IOException {
        List<Path> copied = new ArrayList<>();
        if (source == null || !Files.isDirectory(source)) {
            return copied;
        }
        try (Stream<Path> files = Files.walk(source, 3)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".osteon")).sorted().toList()) {
                Path target = examplesFolder().resolve(source.relativize(f).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
                    Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    copied.add(target);
                }
            }
        }
        return copied;
    }

    /** Every experiment file below the workspace (not inside run folders or hidden folders), sorted by path. */
    public List<Path> experiments() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || dir.equals(runsFolder()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().endsWith("." + ExperimentFiles.EXPERIMENT_EXTENSION)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** The experiment's declared name, or the file name when the file does not parse. */
    public static String experimentName(Path file) {
        try {
            String name = ExperimentFiles.loadExperiment(file).getName();
            return name == null || name.isBlank() ? "experiment" : name;
        } catch (RuntimeException e) {
            String n = file.getFileName().toString();
            return n.endsWith(".osteon") ? n.substring(0, n.length() - ".osteon".length()) : n;
        }
    }

    /** Every recorded run of the workspace (folders with a run.xmi), newest first. */
    public List<RunSummary> runs() {
        List<RunSummary> out = new ArrayList<>();
        if (!Files.isDirectory(runsFolder())) {
            return out;
        }
        try (Stream<Path> dirs = Files.list(runsFolder())) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .toList()) {
                RunSummary.read(d).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(RunSummary::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** The recorded runs of the experiment named {@code experimentName}, newest first. */
    public List<RunSummary> runsOf(String experimentName) {
        return runs().stream().filter(r -> r.experimentName().equals(experimentName)).toList();
    }
}
