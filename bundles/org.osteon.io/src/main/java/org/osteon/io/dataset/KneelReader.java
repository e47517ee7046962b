package org.osteon.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetOptions;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.core.dataset.Sample;
import org.osteon.io.internal.dataset.CsvFile;
import org.osteon.io.internal.dataset.CsvLine;

/**
 * Reads knee landmarks in the format of KNEEL's annotation file (Tiulpin et al., "KNEEL: Knee Anatomical
 * Landmark Localization Using Hourglass Networks", 2019; {@code annotations/bf_landmarks_1_0.3.csv}) with the
 * whole radiographs beside it:
 * <pre>
 * ROOT/landmarks.csv            header subject_id,side,kl,tibia,femur,bbox,center[,spacing]
 * ROOT/images/&lt;subject_id&gt;.png  (or .dcm) the whole bilateral PA radiograph, both knees in one image
 * </pre>
 * A row: {@code 9000798,L,4,"63,278,116,268,...","65,238,...","967,166,1433,632","1200,399"}: {@code tibia} is 9
 * x,y points (18 numbers) and {@code femur} 7 points (14 numbers) relative to the knee ROI, {@code bbox} the ROI
 * (x1,y1,x2,y2, in the real file 466 x 466 pixels), {@code center} its centre. The L ROI is mirrored; see
 * {@link KneeRoi} for the side convention. In KNEEL's file the image frame is the radiograph resampled to
 * 0.3 mm pixels and padded by 100 pixels on every side, so the images under {@code images/} must be in that
 * frame (pass {@code spacing=0.3}).
 * <p>
 * One {@link Sample} per row: id {@code <subject_id>-<side>}, subject = subject_id (both knees of a subject share
 * the image and always the split), split {@code train} (or {@code test}, see below), target {@code kl}
 * (Kellgren-Lawrence grade 0..4; left out when the cell is empty), attributes {@code side}, {@code bbox},
 * {@code center}, and {@link Landmarks} "tibia" and "femur" in <em>whole-image</em> pixel coordinates (mapped
 * with {@link KneeRoi#toImage}; {@link KneeRoi#of(Sample)} maps them back into the ROI).
 * <p>
 * Pixel spacing: the optional {@code spacing} column (mm per pixel, square pixels), else the {@code spacing}
 * option, else unknown. DICOM images are not opened here (the DICOM reader gives their spacing when the
 * image is read). Options: {@code file} (the CSV name under ROOT, default landmarks.csv), {@code images} (the
 * image folder, default images), {@code spacing}, {@code split} (train or test), {@code testFraction} (in
 * [0, 1), default 0) and {@code seed} (default 0) for a deterministic subject-level hold-out into {@code test}.
 */
public final class KneelReader implements DatasetReader {

    public static final String ID = "org.osteon.io.kneel";
    public static final String DEFAULT_FILE = "landmarks.csv";
    public static final String DEFAULT_IMAGES = "images";
    public static final int TIBIA_POINTS = 9;
    public static final int FEMUR_POINTS = 7;
    /** The image extensions looked for, in this order. */
    public static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".dcm");
    private static final List<String> REQUIRED = List.of("subject_id", "side", "kl", "tibia", "femur", "bbox",
            "center");
    private static final Set<String> OPTIONS = Set.of("file", "images", "spacing", "split", "testFraction", "seed");

    @Override
    public boolean recognizes(Path root) {
        try {
            Path csv = root.resolve(DEFAULT_FILE);
            if (!Files.isRegularFile(csv)) {
                return false;
            }
            List<CsvLine> lines = CsvFile.read(csv, "");
            return !lines.isEmpty() && lines.get(0).fields().containsAll(REQUIRED);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Dataset read(Path root, Map<String, String> options) throws IOException {
        DatasetOptions o = DatasetOptions.of("KNEEL", options, OPTIONS);
        Optional<String> split = o.choice("split", Set.of("train", "test"));
        double testFraction = o.real("testFraction", 0, 0, 0.999);
        long seed = o.whole("seed", 0);
        Optional<PixelSpacing> defaultSpacing = o.text("spacing").isPresent()
                ? Optional.of(PixelSpacing.isotropic(o.real("spacing", 1, 0.001, 100))) : Optional.empty();
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new InvalidInputException("KNEEL folder " + base + " does not exist; expected a folder with "
                    + DEFAULT_FILE + " and " + DEFAULT_IMAGES + "/");
        }
        Path csv = base.resolve(o.text("file").orElse(DEFAULT_FILE));
        Path images = base.resolve(o.text("images").orElse(DEFAULT_IMAGES));
        List<CsvLine> lines = CsvFile.read(csv, "the KNEEL landmark file with header "
                + String.join(",", REQUIRED) + "[,spacing]");
        if (lines.isEmpty()) {
            throw new InvalidInputException(csv + " is empty; expected the header " + String.join(",", REQUIRED)
                    + "[,spacing] and one row per knee");
        }
        CsvLine header = lines.get(0);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.field(i), i);
        }
        for (String name : REQUIRED) {
            if (!col.containsKey(name)) {
                throw header.error("the header has no column '" + name + "'; expected "
                        + String.join(",", REQUIRED) + "[,spacing]");
            }
        }
        List<Sample> samples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvLine line : lines.subList(1, lines.size())) {
            if (line.size() != header.size()) {
                throw line.error(line.size() + " fields; expected " + header.size() + " as in the header"
                        + " (quote the point lists: \"x1,y1,x2,y2,...\")");
            }
            String subject = line.field(col.get("subject_id"));
            if (!subject.matches("[A-Za-z0-9_.-]+") || subject.startsWith(".")) {
                throw line.error(col.get("subject_id"), "subject_id", "'" + subject
                        + "'; expected an id of letters and digits (it names the image file)");
            }
            String side = line.field(col.get("side"));
            if (!side.equals("L") && !side.equals("R")) {
                throw line.error(col.get("side"), "side", "'" + side + "'; expected L or R");
            }
            if (!seen.add(subject + "-" + side)) {
                throw line.error("knee " + side + " of subject " + subject + " is listed twice; expected one row per knee");
            }
            Map<String, Double> targets = new LinkedHashMap<>();
            String kl = line.field(col.get("kl"));
            if (!kl.isEmpty()) {
                if (!kl.matches("[0-4]")) {
                    throw line.error(col.get("kl"), "kl", "'" + kl + "'; expected a Kellgren-Lawrence grade 0..4 or nothing");
                }
                targets.put("kl", Double.parseDouble(kl));
            }
            double[] bbox = numbers(line, col.get("bbox"), "bbox", 4, "x1,y1,x2,y2");
            double[] center = numbers(line, col.get("center"), "center", 2, "x,y");
            if (!(bbox[2] > bbox[0]) || !(bbox[3] > bbox[1])) {
                throw line.error(col.get("bbox"), "bbox", "'" + line.field(col.get("bbox"))
                        + "'; expected x1,y1,x2,y2 with x2 > x1 and y2 > y1");
            }
            KneeRoi roi = new KneeRoi(side, bbox[0], bbox[1], bbox[2], bbox[3]);
            Optional<PixelSpacing> spacing = defaultSpacing;
            Integer spacingColumn = col.get("spacing");
            if (spacingColumn != null && !line.field(spacingColumn).isEmpty()) {
                double s = numbers(line, spacingColumn, "spacing", 1, "mm per pixel")[0];
                if (!(s > 0)) {
                    throw line.error(spacingColumn, "spacing", "'" + line.field(spacingColumn)
                            + "'; expected a positive number of mm per pixel");
                }
                spacing = Optional.of(PixelSpacing.isotropic(s));
            }
            Map<String, List<Point>> groups = new LinkedHashMap<>();
            groups.put("tibia", points(line, col.get("tibia"), "tibia", TIBIA_POINTS, roi));
            groups.put("femur", points(line, col.get("femur"), "femur", FEMUR_POINTS, roi));
            Path image = image(images, subject, line);
            samples.add(new Sample(subject + "-" + side, subject, "train", image, targets,
                    MuraReader.orderedMap("side", side, "bbox", roi.bbox(), "center",
                            KneeRoi.fmt(center[0]) + "," + KneeRoi.fmt(center[1])),
                    Optional.of(new Landmarks(groups, spacing))));
        }
        Dataset d = new Dataset("KNEEL " + csv.getFileName(), base, ID, samples).checkSubjectsDisjoint();
        if (testFraction > 0) {
            d = d.holdOut("train", "test", testFraction, seed);
        }
        return split.isPresent() ? d.split(split.get()) : d;
    }

    private static Path image(Path images, String subject, CsvLine line) {
        for (String ext : IMAGE_EXTENSIONS) {
            Path p = images.resolve(subject + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw line.error("no image for subject " + subject + "; expected " + images.resolve(subject + ".png")
                + " or " + images.resolve(subject + ".dcm"));
    }

    private static List<Point> points(CsvLine line, int column, String name, int count, KneeRoi roi) {
        double[] v = numbers(line, column, name, 2 * count, count + " x,y points");
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(roi.toImage(new Point(v[2 * i], v[2 * i + 1])));
        }
        return out;
    }

    /** The comma-separated numbers of one cell; exactly {@code count} of them. */
    static double[] numbers(CsvLine line, int column, String name, int count, String what) {
        String cell = line.field(column);
        String[] parts = cell.split(",", -1);
        if (cell.isBlank()) {
            throw line.error(column, name, "empty; expected " + count + " numbers (" + what + ")");
        }
        if (parts.length != count) {
            throw line.error(column, name, parts.length + " numbers" + (count % 2 == 0 && parts.length % 2 == 1
                    ? " (an odd count, so not x,y pairs)" : "") + "; expected " + count + " (" + what + ")");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
            if (!Double.isFinite(out[i])) {
                throw line.error(column, name, "value " + (i + 1) + " '" + parts[i].strip()
                        + "' is not a number; expected " + count + " numbers (" + what + ")");
            }
        }
        return out;
    }
}
