package org.osteon.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetOptions;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.dataset.Sample;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.DicomReader;
import org.osteon.io.RasterImageReader;
import org.osteon.io.internal.dataset.CsvFile;
import org.osteon.io.internal.dataset.CsvLine;

/**
 * Reads a 2D segmentation data set: images and their binary masks under one name.
 * <pre>
 * ROOT/images/&lt;name&gt;.png    the radiograph: 8- or 16-bit PNG, JPEG, TIFF or DICOM (.dcm, .dicom)
 * ROOT/masks/&lt;name&gt;.png     its mask, the same width and height: 0 background, any other value bone
 * ROOT/splits.csv              optional, header name,split (train, valid or test), one row per image
 * </pre>
 * One {@link Sample} per image: id and subject = the name, attribute {@value #MASK} = the mask's path relative to
 * the root ({@code masks/<name>.png}). With {@code splits.csv} every image must be listed once and every listed
 * name must exist; without it, images are {@code train} and a seeded share (option {@code validFraction},
 * default 0.2; {@code seed}, default 0) becomes {@code valid}. Option {@code split} keeps one split.
 * <p>
 * Every image and mask is decoded once here to compare their sizes, so that a bad pair is refused before
 * anything is trained or written: a mask without an image, an image without a mask, two images of one name
 * and a mask whose size differs from its image's are each an {@link InvalidInputException} naming the files.
 */
public final class SegmentationReader implements DatasetReader {

    public static final String ID = "org.osteon.io.segmentation";
    public static final String IMAGES = "images";
    public static final String MASKS = "masks";
    public static final String SPLITS = "splits.csv";
    /** The attribute holding the mask's path relative to the data set's root. */
    public static final String MASK = "mask";
    public static final double DEFAULT_VALID_FRACTION = 0.2;
    private static final Set<String> OPTIONS = Set.of("split", "validFraction", "seed");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "tif", "tiff", "dcm", "dicom");
    private static final Set<String> SPLIT_NAMES = Set.of("train", "valid", "test");

    @Override
    public boolean recognizes(Path root) {
        return Files.isDirectory(root.resolve(IMAGES)) && Files.isDirectory(root.resolve(MASKS));
    }

    @Override
    public Dataset read(Path root, Map<String, String> options) throws IOException {
        DatasetOptions o = DatasetOptions.of("segmentation", options, OPTIONS);
        Optional<String> split = o.choice("split", SPLIT_NAMES);
        double validFraction = o.real("validFraction", DEFAULT_VALID_FRACTION, 0, 0.999);
        long seed = o.whole("seed", 0);
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base.resolve(IMAGES)) || !Files.isDirectory(base.resolve(MASKS))) {
            throw new InvalidInputException("segmentation folder " + base + " has no " + IMAGES + "/ and " + MASKS
                    + "/ folders; expected images/<name>.png and masks/<name>.png");
        }
        Map<String, Path> images = byName(base.resolve(IMAGES), IMAGE_EXTENSIONS, "image");
        Map<String, Path> masks = byName(base.resolve(MASKS), Set.of("png"), "mask");
        for (Map.Entry<String, Path> m : masks.entrySet()) {
            if (!images.containsKey(m.getKey())) {
                throw new InvalidInputException("mask " + m.getValue() + " has no image; expected " + IMAGES + "/"
                        + m.getKey() + ".png (or another image format of that name)");
            }
        }
        for (Map.Entry<String, Path> i : images.entrySet()) {
            if (!masks.containsKey(i.getKey())) {
                throw new InvalidInputException("image " + i.getValue() + " has no mask; expected " + MASKS + "/"
                        + i.getKey() + ".png");
            }
        }
        if (images.isEmpty()) {
            throw new InvalidInputException("segmentation folder " + base + " has no images; expected "
                    + IMAGES + "/<name>.png with " + MASKS + "/<name>.png");
        }
        for (Map.Entry<String, Path> i : images.entrySet()) {
            Path mask = masks.get(i.getKey());
            GridSize a = size(i.getValue(), "image");
            GridSize b = size(mask, "mask");
            if (a.nx() != b.nx() || a.ny() != b.ny()) {
                throw new InvalidInputException("mask " + mask + " is " + b.nx() + " x " + b.ny() + " pixels but its image "
                        + i.getValue() + " is " + a.nx() + " x " + a.ny() + "; expected a mask of its image's size");
            }
        }
        Path splitsFile = base.resolve(SPLITS);
        Map<String, String> splits = Files.exists(splitsFile) ? splits(splitsFile, images) : Map.of();
        List<Sample> samples = new ArrayList<>();
        for (Map.Entry<String, Path> i : images.entrySet()) {
            String name = i.getKey();
            samples.add(new Sample(name, name, splits.getOrDefault(name, "train"), i.getValue(), Map.of(),
                    Map.of(MASK, MASKS + "/" + name + ".png")));
        }
        Dataset d = new Dataset("segmentation " + base.getFileName(), base, ID, samples);
        if (splits.isEmpty() && validFraction > 0) {
            d = d.holdOut("train", "valid", validFraction, seed);
        }
        return split.isPresent() ? d.split(split.get()) : d;
    }

    /** The mask of {@code sample} of a data set read by this reader. */
    public static Path mask(Dataset dataset, Sample sample) {
        String m = sample.attribute(MASK).orElseThrow(() -> new InvalidInputException("sample " + sample.id()
                + " of data set " + dataset.name() + " has no mask; expected a segmentation data set (images/ and masks/)"));
        return dataset.root().resolve(m);
    }

    private static Map<String, Path> byName(Path folder, Set<String> extensions, String what) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                String file = p.getFileName().toString();
                int dot = file.lastIndexOf('.');
                if (file.startsWith(".") || dot <= 0 || !Files.isRegularFile(p)
                        || !extensions.contains(file.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Path earlier = out.put(file.substring(0, dot), p);
                if (earlier != null) {
                    throw new InvalidInputException("two " + what + "s named " + file.substring(0, dot) + ": " + earlier + " and " + p
                            + "; expected one " + what + " per name");
                }
            }
        }
        return out;
    }

    private static GridSize size(Path file, String what) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            Volume v = name.endsWith(".dcm") || name.endsWith(".dicom") ? new DicomReader().read(file) : new RasterImageReader().read(file);
            if (v.size().nz() != 1) {
                throw new InvalidInputException(what + " " + file + " has " + v.size().nz() + " slices; expected a 2D " + what);
            }
            return v.size();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("cannot decode " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> splits(Path file, Map<String, Path> images) throws IOException {
        List<CsvLine> lines = CsvFile.read(file, "the splits with header name,split");
        if (lines.isEmpty() || !lines.get(0).fields().equals(List.of("name", "split"))) {
            throw new InvalidInputException(file + (lines.isEmpty() ? " is empty" : " has header " + String.join(",", lines.get(0).fields()))
                    + "; expected the header name,split and one row per image");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (CsvLine line : lines.subList(1, lines.size())) {
            if (line.size() != 2) {
                throw line.error(line.size() + " fields; expected 2: name,split");
            }
            String name = line.field(0);
            String split = line.field(1);
            if (!images.containsKey(name)) {
                throw line.error(0, "name", "'" + name + "': no image of that name in " + IMAGES + "/");
            }
            if (!SPLIT_NAMES.contains(split)) {
                throw line.error(1, "split", "'" + split + "'; expected train, valid or test");
            }
            if (out.put(name, split) != null) {
                throw line.error(0, "name", "'" + name + "' is listed twice");
            }
        }
        for (String name : images.keySet()) {
            if (!out.containsKey(name)) {
                throw new InvalidInputException(file + " does not list image " + name + "; expected one row per image in "
                        + IMAGES + "/");
            }
        }
        return out;
    }
}
