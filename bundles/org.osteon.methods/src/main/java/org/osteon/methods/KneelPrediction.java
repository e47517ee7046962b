package org.osteon.methods;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.registry.Registries;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.SafetensorsReader;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.methods.RadiographPreprocessing.Radiograph;
import org.osteon.methods.kneel.KneeOverlay;
import org.osteon.methods.kneel.KneelInference;
import org.osteon.methods.kneel.KneelInference.Settings;
import org.osteon.reporting.PngFigure;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * {@code osteon predict} on a run of the KNEEL landmark step ({@code examples/kneel/landmarks.osteon}): finds both
 * knees of each bilateral radiograph with {@link KneelInference}, the models of every fold averaged. The run (a
 * folder or its {@code .osteon.zip} archive) holds per fold {@code artifacts/<step>/fold<k>/roi.safetensors} and
 * {@code landmarks.safetensors}, whose metadata give the geometry (a run written before {@code roiSize} was in the
 * metadata: from the step's parameters in {@code run.xmi}).
 * <p>
 * Each image is a bilateral radiograph: side R (the subject's right knee) is the image's left half, L its right
 * half. Its pixel spacing is the one given (every image), else the file's ({@link KneelInference#spacing}); an
 * image without one is refused before any model runs. Output, built as {@link Prediction} builds its own (a hidden
 * partial folder moved into place, never overwriting): {@code landmarks.csv} ({@code image,side,x0,y0,...,x15,y15};
 * whole-image pixels, 2 decimals) and {@code overlays/<image>-<side>.png}, the predicted landmarks on the knee
 * ({@link KneeOverlay}).
 */
public final class KneelPrediction {

    public static final String ROI_FILE = "roi.safetensors";
    public static final String LANDMARK_FILE = "landmarks.safetensors";
    /** The header of {@code landmarks.csv}. */
    public static final String HEADER;
    /** The sides of a bilateral radiograph, in the order predicted: R (the image's left half), L. */
    public static final List<String> SIDES = List.of("R", "L");
    private static final Pattern MODEL_PATH = Pattern.compile("artifacts/([^/]+)/fold(\\d+)/(" + Pattern.quote(ROI_FILE) + "|"
            + Pattern.quote(LANDMARK_FILE) + ")");

    static {
        StringBuilder sb = new StringBuilder("image,side");
        for (int i = 0; i < KneelInference.LANDMARKS; i++) {
            sb.append(",x").append(i).append(",y").append(i);
        }
        HEADER = sb.toString();
    }

    /** One knee's result: its image, side, the spacing used and where it came from, landmarks, overlay file. */
    public record Knee(Path image, String side, double spacing, String spacingSource, List<Point> landmarks, Path overlay) {
    }

    /** Where the results went, the models (folds) averaged, the geometry, and the knees in image order, R before L. */
    public record Result(Path output, Path run, int models, Settings settings, List<Knee> knees) {
    }

    private record Fold(String step, int index, String roi, String landmarks) {
    }

    private record Spacing(double mm, String source) {
    }

    private KneelPrediction() {
    }

    /** Whether {@code run} (a folder or archive) holds KNEEL landmark models; false when it cannot be read. */
    public static boolean recognizes(Path run) {
        try (RunFiles files = RunFiles.open(run)) {
            return files.paths().stream().anyMatch(p -> MODEL_PATH.matcher(p).matches());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Predicts both knees of every image (files, or folders searched recursively for files a reader accepts, in
     * path order).
     *
     * @param spacing the pixel spacing (mm) of every image, instead of the files' own; required for images whose
     *                file states none
     * @param output  a folder that must not exist yet (or be empty)
     */
    public static Result predict(Path run, List<Path> inputs, OptionalDouble spacing, Path output, Registries registries,
            DeepLearningEngine engine) throws IOException {
        if (spacing.isPresent() && !(spacing.getAsDouble() > 0 && Double.isFinite(spacing.getAsDouble()))) {
            throw new InvalidInputException("pixel spacing " + spacing.getAsDouble() + " mm given; expected a positive spacing in mm");
        }
        try (RunFiles files = RunFiles.open(run)) {
            List<Fold> folds = folds(files);
            Settings settings = settings(files, folds);
            OutputFolder.check(output);
            List<Path> images = Prediction.images(inputs, registries);
            List<Spacing> spacings = new ArrayList<>();
            for (Path image : images) {
                spacings.add(spacing(image, spacing, registries));
            }
            try (OutputFolder folder = OutputFolder.create(output); TensorScope scope = engine.newScope()) {
                List<Network> roi = new ArrayList<>();
                List<Network> landmarks = new ArrayList<>();
                for (Fold f : folds) {
                    roi.add(load(registries, KneelInference.ROI_MODEL, files, f.roi(), scope));
                    landmarks.add(load(registries, KneelInference.LANDMARK_MODEL, files, f.landmarks(), scope));
                }
                List<Knee> knees = new ArrayList<>();
                Set<String> names = new HashSet<>();
                for (int i = 0; i < images.size(); i++) {
                    Path image = images.get(i);
                    Spacing s = spacings.get(i);
                    Radiograph r = KneelInference.read(image, registries.readers());
                    List<KneelInference.Knee> both = new ArrayList<>();
                    for (String side : SIDES) {
                        both.add(KneelInference.Knee.of(r, s.mm(), side));
                    }
                    Point[][] found = KneelInference.predict(roi, landmarks, both, settings, scope);
                    String name = unique(Prediction.stem(image), names);
                    for (int k = 0; k < SIDES.size(); k++) {
                        String side = SIDES.get(k);
                        Path png = folder.partial().resolve("overlays").resolve(name + "-" + side + ".png");
                        Files.createDirectories(png.getParent());
                        PngFigure.write(KneeOverlay.draw(r, Optional.empty(), found[k]), String.format(Locale.ROOT,
                                "Knee %s of %s: predicted landmarks (red), %d model(s) averaged", side, image.getFileName(), folds.size()), png);
                        knees.add(new Knee(image, side, s.mm(), s.source(), List.of(found[k]), png));
                    }
                }
                Files.writeString(folder.partial().resolve("landmarks.csv"), csv(knees), StandardCharsets.UTF_8);
                Path target = folder.commit();
                List<Knee> moved = knees.stream().map(k -> new Knee(k.image(), k.side(), k.spacing(), k.spacingSource(), k.landmarks(),
                        target.resolve(folder.partial().relativize(k.overlay())))).toList();
                return new Result(target, run, folds.size(), settings, moved);
            }
        }
    }

    /** The folds with both models, by fold number; an InvalidInputException when there are none or one lacks a model. */
    private static List<Fold> folds(RunFiles files) throws IOException {
        Map<String, String[]> byFold = new TreeMap<>();
        for (String p : files.paths()) {
            Matcher m = MODEL_PATH.matcher(p);
            if (m.matches()) {
                String[] pair = byFold.computeIfAbsent(m.group(1) + "/fold" + m.group(2), k -> new String[2]);
                pair[m.group(3).equals(ROI_FILE) ? 0 : 1] = p;
            }
        }
        if (byFold.isEmpty()) {
            throw new InvalidInputException(files.describe() + " holds no KNEEL landmark models (artifacts/<step>/fold<k>/" + ROI_FILE + " and "
                    + LANDMARK_FILE + "); expected a run of examples/kneel/landmarks.osteon");
        }
        List<Fold> folds = new ArrayList<>();
        for (Map.Entry<String, String[]> e : byFold.entrySet()) {
            String[] pair = e.getValue();
            if (pair[0] == null || pair[1] == null) {
                throw new InvalidInputException(files.describe() + ": artifacts/" + e.getKey() + " has " + (pair[0] == null ? LANDMARK_FILE
                        + " but no " + ROI_FILE : ROI_FILE + " but no " + LANDMARK_FILE) + "; expected both models of every fold");
            }
            Matcher m = MODEL_PATH.matcher(pair[0]);
            m.matches();
            folds.add(new Fold(m.group(1), Integer.parseInt(m.group(2)), pair[0], pair[1]));
        }
        if (folds.stream().map(Fold::step).distinct().count() > 1) {
            throw new InvalidInputException(files.describe() + " holds KNEEL models of several steps ("
                    + String.join(", ", folds.stream().map(Fold::step).distinct().toList()) + "); expected the models of one step");
        }
        folds.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return folds;
    }

    /** The geometry every fold's metadata gives (they must agree); roiSize from run.xmi when the metadata lack it. */
    private static Settings settings(RunFiles files, List<Fold> folds) throws IOException {
        Settings settings = null;
        for (Fold f : folds) {
            Map<String, String> roi = metadata(files, f.roi(), KneelInference.ROI_MODEL);
            Map<String, String> landmarks = metadata(files, f.landmarks(), KneelInference.LANDMARK_MODEL);
            String roiSize = landmarks.get("roiSize");
            if (roiSize == null) {
                roiSize = runParameter(files, f.step(), "roiSize").orElseThrow(() -> new InvalidInputException(files.describe() + ": "
                        + f.landmarks() + " has no roiSize in its metadata and run.xmi gives no roiSize of step '" + f.step()
                        + "'; expected a run of examples/kneel/landmarks.osteon"));
            }
            Settings s = new Settings(positive(roi, "roiSpacing", files, f.roi()), (int) positive(roi, "roiCrop", files, f.roi()),
                    positive(landmarks, "landmarkSpacing", files, f.landmarks()), positive(Map.of("roiSize", roiSize), "roiSize", files, f.landmarks()),
                    (int) positive(landmarks, "landmarkCrop", files, f.landmarks()));
            if (settings != null && !settings.equals(s)) {
                throw new InvalidInputException(files.describe() + ": the models of fold " + f.index() + " have the geometry " + s
                        + ", those of the first fold " + settings + "; expected one geometry for every fold");
            }
            settings = s;
        }
        return settings;
    }

    private static Map<String, String> metadata(RunFiles files, String path, String model) throws IOException {
        Map<String, String> m;
        try {
            m = SafetensorsReader.metadata(files.file(path));
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException(files.describe() + ": " + path + " is not a readable safetensors file: " + e.getMessage());
        }
        if (!model.equals(m.get("model"))) {
            throw new InvalidInputException(files.describe() + ": " + path + " holds model '" + m.get("model") + "'; expected " + model);
        }
        return m;
    }

    private static double positive(Map<String, String> metadata, String key, RunFiles files, String path) {
        String v = metadata.get(key);
        double d;
        try {
            d = v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        boolean whole = !key.endsWith("Crop") || d == Math.rint(d);
        if (!(d > 0) || Double.isInfinite(d) || !whole) {
            throw new InvalidInputException(files.describe() + ": " + path + " has " + key + " '" + v + "' in its metadata; expected a "
                    + (key.endsWith("Crop") ? "whole number" : "number") + " > 0");
        }
        return d;
    }

    /** A parameter value of a step as the run resolved it (run.xmi: the experiment's steps with their final values). */
    private static Optional<String> runParameter(RunFiles files, String step, String name) throws IOException {
        if (!files.paths().contains("run.xmi")) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList steps = factory.newDocumentBuilder().parse(files.file("run.xmi").toFile()).getElementsByTagName("steps");
            for (int i = 0; i < steps.getLength(); i++) {
                Element s = (Element) steps.item(i);
                if (!s.getAttribute("id").equals(step)) {
                    continue;
                }
                NodeList parameters = s.getElementsByTagName("parameters");
                for (int j = 0; j < parameters.getLength(); j++) {
                    Element p = (Element) parameters.item(j);
                    if (p.getAttribute("name").equals(name)) {
                        return Optional.of(p.getAttribute("value"));
                    }
                }
            }
            return Optional.empty();
        } catch (ParserConfigurationException | SAXException e) {
            throw new InvalidInputException(files.describe() + ": run.xmi is not readable XML: " + e.getMessage());
        }
    }

    private static Spacing spacing(Path image, OptionalDouble given, Registries registries) {
        if (given.isPresent()) {
            return new Spacing(given.getAsDouble(), "given");
        }
        OptionalDouble own = KneelInference.spacing(image, registries.readers());
        if (own.isEmpty()) {
            throw new InvalidInputException("image " + image + " states no pixel spacing (DICOM Imager Pixel Spacing or Pixel Spacing, PNG pHYs, "
                    + "TIFF resolution, JPEG density); give it in mm with --spacing MM");
        }
        return new Spacing(own.getAsDouble(), "file");
    }

    private static Network load(Registries registries, String model, RunFiles files, String path, TensorScope scope) throws IOException {
        Network network = registries.models().get(model).create(NetworkFactory.class).create(scope, 0);
        try (TensorScope tmp = scope.newChild()) {
            network.loadStateDict(SafetensorsReader.read(tmp, files.file(path)), files.describe() + ": " + path, n -> true);
        }
        return network;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n); i++) {
            n = name + "_" + i;
        }
        return n;
    }

    private static String csv(List<Knee> knees) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Knee k : knees) {
            sb.append(Prediction.csv(k.image().toString())).append(',').append(k.side());
            for (Point p : k.landmarks()) {
                sb.append(String.format(Locale.ROOT, ",%.2f,%.2f", p.x(), p.y()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
