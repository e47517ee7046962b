package org.osteon.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetOptions;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.dataset.Sample;

/**
 * Reads a folder-per-class image classification layout (torchvision's {@code ImageFolder} per split):
 * <pre>
 * ROOT/train/&lt;class&gt;/*.png    (required)
 * ROOT/valid/&lt;class&gt;/*.png    (optional)
 * ROOT/test/&lt;class&gt;/*.png     (optional)
 * </pre>
 * Images are {@code .png}, {@code .jpg}, {@code .jpeg}, {@code .tif} or {@code .tiff} files directly in a class
 * folder. The classes are the class folder names of all splits, sorted; every class folder must hold at least
 * one image. One {@link Sample} per image: id {@code split/class/file}, subject = id (the layout names no
 * patients), attribute {@code class} (the folder name) and target {@code class} (its index among the sorted
 * classes). Option {@code split} (train, valid or test) keeps one split.
 */
public final class ImageFolderReader implements DatasetReader {

    public static final String ID = "org.osteon.io.imagefolder";
    public static final String CLASS = "class";
    public static final List<String> SPLITS = List.of("train", "valid", "test");
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "tif", "tiff");
    private static final Set<String> OPTIONS = Set.of("split");

    @Override
    public boolean recognizes(Path root) {
        Path train = root.resolve("train");
        if (!Files.isDirectory(train)) {
            return false;
        }
        try (Stream<Path> s = Files.list(train)) {
            return s.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Dataset read(Path root, Map<String, String> options) throws IOException {
        DatasetOptions o = DatasetOptions.of("image folder", options, OPTIONS);
        Optional<String> split = o.choice("split", Set.copyOf(SPLITS));
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base.resolve("train"))) {
            throw new InvalidInputException("image folder " + base + " has no train/ folder; expected ROOT/train/<class>/*.png"
                    + " (and optionally ROOT/valid/<class>/*.png)");
        }
        TreeSet<String> classes = new TreeSet<>();
        for (String s : SPLITS) {
            Path dir = base.resolve(s);
            if (Files.isDirectory(dir)) {
                for (Path c : list(dir)) {
                    if (Files.isDirectory(c)) {
                        classes.add(c.getFileName().toString());
                    }
                }
            }
        }
        if (classes.isEmpty()) {
            throw new InvalidInputException("image folder " + base + "/train has no class folders; expected ROOT/train/<class>/*.png");
        }
        List<String> classList = List.copyOf(classes);
        List<Sample> samples = new ArrayList<>();
        for (String s : SPLITS) {
            Path dir = base.resolve(s);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path c : list(dir)) {
                if (!Files.isDirectory(c)) {
                    continue;
                }
                String name = c.getFileName().toString();
                List<Path> images = list(c).stream().filter(ImageFolderReader::isImage).toList();
                if (images.isEmpty()) {
                    throw new InvalidInputException("class folder " + c + " has no images; expected at least one .png, .jpg, .jpeg, .tif"
                            + " or .tiff file in every class folder");
                }
                for (Path image : images) {
                    String id = s + "/" + name + "/" + image.getFileName();
                    samples.add(new Sample(id, id, s, image, Map.of(CLASS, (double) classList.indexOf(name)), Map.of(CLASS, name)));
                }
            }
        }
        Dataset d = new Dataset(base.getFileName() == null ? "image folder" : base.getFileName().toString(), base, ID, samples);
        return split.isPresent() ? d.split(split.get()) : d;
    }

    private static boolean isImage(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return Files.isRegularFile(p) && dot > 0 && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The entries of a folder sorted by name, so that samples come in the same order on every file system. */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
