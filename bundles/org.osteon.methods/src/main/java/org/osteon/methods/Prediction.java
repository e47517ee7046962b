package org.osteon.methods;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.osteon.core.InvalidInputException;
import org.osteon.core.io.FileTrees;
import org.osteon.core.io.Location;
import org.osteon.core.registry.Registries;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.TensorScope;
import org.osteon.io.VolumeReaders;
import org.osteon.reporting.HeatmapOverlay;

/**
 * Applies a trained finger-abnormality model to new radiographs ({@code osteon predict}): finds the model
 * in a run folder or its {@code .osteon.zip} archive, prepares each image as the model card says, and
 * writes {@code predictions.csv} ({@code image,probability,prediction}) and, on request, one Grad-CAM
 * overlay PNG per image under {@code heatmaps/}. The output folder is built beside its target as a hidden
 * partial folder and moved into place at the end, so a bad image leaves nothing half-written; an existing
 * folder is never overwritten.
 */
public final class Prediction {

    /** The header of {@code predictions.csv}. */
    public static final String HEADER = "image,probability,prediction";
    private static final String MODEL_FILE = "model.safetensors";

    /** One image's result. */
    public record Row(Path image, double probability, int prediction) {
    }

    /** Where the results went and what they are. */
    public record Result(Path output, Path modelFile, List<Row> rows) {
    }

    private Prediction() {
    }

    /**
     * Predicts every image (files, or folders searched recursively for files a reader accepts, in path order).
     *
     * @param output a folder that must not exist yet (or be empty)
     */
    public static Result predict(Path run, List<Path> inputs, boolean heatmaps, Path output, Registries registries, DeepLearningEngine engine)
            throws IOException {
        if (inputs.isEmpty()) {
            throw new InvalidInputException("no images given; expected one or more image files or folders after the run");
        }
        requireRun(run);
        Path target = output.toAbsolutePath().normalize();
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmpty(target))) {
            throw new InvalidInputException("output " + target + " already exists; expected a new folder (nothing is overwritten)");
        }
        List<Path> images = images(inputs, registries);
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        FileTrees.deleteQuietly(partial);
        Path extracted = null;
        try {
            Files.createDirectories(partial);
            Path modelFile = modelFile(run);
            if (isZip(run)) {
                extracted = modelFile;
            }
            List<Row> rows = new ArrayList<>();
            try (TensorScope scope = engine.newScope()) {
                FingerModel model = FingerModel.load(modelFile, registries, scope);
                RadiographPreprocessing prep = model.card().preprocessing();
                int n = 0;
                for (Path image : images) {
                    RadiographPreprocessing.Radiograph r = RadiographPreprocessing.read(image, registries.readers());
                    float[] input = prep.input(r);
                    double p;
                    if (heatmaps) {
                        FingerModel.Heatmap h = model.gradCam(input, scope);
                        p = h.probability();
                        String name = String.format(Locale.ROOT, "%03d-%s.png", ++n, stem(image));
                        Path png = partial.resolve("heatmaps").resolve(name);
                        Files.createDirectories(png.getParent());
                        HeatmapOverlay.writePng(r.unit(), r.width(), r.height(), h.heat(), h.width(), h.height(), HeatmapOverlay.DEFAULT_ALPHA,
                                String.format(Locale.ROOT, "Grad-CAM of %s, p(abnormal) = %.2f", image.getFileName(), p), png);
                    } else {
                        p = model.score(input, 1, scope).probabilities()[0];
                    }
                    rows.add(new Row(image, p, p > model.card().threshold() ? 1 : 0));
                }
            }
            try (Writer w = Files.newBufferedWriter(partial.resolve("predictions.csv"), StandardCharsets.UTF_8)) {
                w.write(HEADER + "\n");
                for (Row row : rows) {
                    w.write(csv(row.image().toString()) + "," + row.probability() + "," + row.prediction() + "\n");
                }
            }
            if (Files.exists(target)) {
                Files.delete(target); // empty, checked above
            }
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, isZip(run) ? run : modelFile, List.copyOf(rows));
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(partial);
            throw e;
        } finally {
            if (extracted != null) {
                Files.deleteIfExists(extracted);
            }
        }
    }

    private static boolean isZip(Path run) {
        return Files.isRegularFile(run) && run.getFileName().toString().endsWith(".zip");
    }

    /**
     * The model file of a run folder ({@code artifacts/<step>/model.safetensors}) or, for an archive, a
     * temporary copy of it; an InvalidInputException when the run does not exist or holds no trained model.
     */
    public static Path modelFile(Path run) throws IOException {
        requireRun(run);
        if (Files.isDirectory(run)) {
            Path artifacts = run.resolve("artifacts");
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(artifacts)) {
                try (Stream<Path> s = Files.walk(artifacts, 2)) {
                    s.filter(p -> p.getFileName().toString().equals(MODEL_FILE)).filter(Prediction::isFingerModel).sorted().forEach(found::add);
                }
            }
            if (found.isEmpty()) {
                throw new InvalidInputException("run " + run + " holds no trained finger-abnormality model (artifacts/<step>/" + MODEL_FILE
                        + "); expected a run of examples/mura/finger-siamese.osteon");
            }
            return found.get(0);
        }
        if (isZip(run)) {
            try (ZipFile zip = new ZipFile(run.toFile())) {
                List<? extends ZipEntry> entries = zip.stream().filter(e -> e.getName().endsWith("/" + MODEL_FILE) && e.getName().contains("artifacts/"))
                        .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                for (ZipEntry e : entries) {
                    Path tmp = Files.createTempFile("osteon-model", ".safetensors");
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (isFingerModel(tmp)) {
                        return tmp;
                    }
                    Files.delete(tmp);
                }
            } catch (java.util.zip.ZipException e) {
                throw new InvalidInputException("archive " + run + " is not a readable zip file: " + e.getMessage());
            }
            throw new InvalidInputException("archive " + run + " holds no trained finger-abnormality model (artifacts/<step>/" + MODEL_FILE + ")");
        }
        throw new InvalidInputException("run " + run + " is neither a run folder nor an .osteon.zip archive");
    }

    private static void requireRun(Path run) {
        if (!Files.exists(run)) {
            throw new InvalidInputException("run " + run + " does not exist; expected a run folder or its .osteon.zip archive");
        }
    }

    private static boolean isFingerModel(Path file) {
        try {
            return ModelCard.FORMAT.equals(SafetensorsReader.metadata(file).get("format"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<Path> images(List<Path> inputs, Registries registries) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> VolumeReaders.find(registries.readers(), Location.of(p.toAbsolutePath())).isPresent()).sorted()
                            .forEach(out::add);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new InvalidInputException("image " + in + " does not exist; expected an image file or a folder of images");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("no readable images in " + inputs + "; expected PNG, JPEG, DICOM... files");
        }
        return out;
    }

    private static String stem(Path image) {
        String name = image.getFileName().toString();
        int dot = name.indexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A CSV field, quoted (RFC 4180) when it holds a comma, quote or line break. */
    public static String csv(String field) {
        return field.matches("[^,\"\r\n]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
