package org.osteon.methods;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.osteon.core.InvalidInputException;
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
 * folder is never overwritten. Runs of the KNEEL landmark step are {@link KneelPrediction}'s.
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
        RunFiles.requireExists(run);
        OutputFolder.check(output);
        List<Path> images = images(inputs, registries);
        Path extracted = null;
        try (OutputFolder folder = OutputFolder.create(output)) {
            Path partial = folder.partial();
            Path modelFile = modelFile(run);
            if (RunFiles.isArchive(run)) {
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
            return new Result(folder.commit(), RunFiles.isArchive(run) ? run : modelFile, List.copyOf(rows));
        } finally {
            if (extracted != null) {
                Files.deleteIfExists(extracted);
            }
        }
    }

    /**
     * The model file of a run folder ({@code artifacts/<step>/model.safetensors}) or, for an archive, a
     * temporary copy of it; an InvalidInputException when the run does not exist or holds no trained model.
     */
    public static Path modelFile(Path run) throws IOException {
        try (RunFiles files = RunFiles.open(run)) {
            for (String path : files.paths()) {
                if (path.startsWith("artifacts/") && path.endsWith("/" + MODEL_FILE) && path.chars().filter(c -> c == '/').count() == 2) {
                    Path file = files.file(path);
                    if (isFingerModel(file)) {
                        files.keep(file);
                        return file;
                    }
                }
            }
            throw new InvalidInputException(files.describe() + " holds no trained finger-abnormality model (artifacts/<step>/" + MODEL_FILE
                    + ") and no KNEEL landmark models (artifacts/<step>/fold<k>/" + KneelPrediction.ROI_FILE + " and " + KneelPrediction.LANDMARK_FILE
                    + "); expected a run of examples/mura/finger-siamese.osteon or examples/kneel/landmarks.osteon");
        }
    }

    private static boolean isFingerModel(Path file) {
        try {
            return ModelCard.FORMAT.equals(SafetensorsReader.metadata(file).get("format"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The image files of {@code inputs}: files as given, folders searched recursively for files a reader accepts (path order). */
    static List<Path> images(List<Path> inputs, Registries registries) throws IOException {
        if (inputs.isEmpty()) {
            throw new InvalidInputException("no images given; expected one or more image files or folders after the run");
        }
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

    static String stem(Path image) {
        String name = image.getFileName().toString();
        int dot = name.indexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A CSV field, quoted (RFC 4180) when it holds a comma, quote or line break. */
    public static String csv(String field) {
        return field.matches("[^,\"\r\n]*") ? field : "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
