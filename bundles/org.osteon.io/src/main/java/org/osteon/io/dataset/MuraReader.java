package org.osteon.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetOptions;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.dataset.Sample;
import org.osteon.io.internal.dataset.CsvFile;
import org.osteon.io.internal.dataset.CsvLine;

/**
 * Reads MURA v1.1 (Rajpurkar et al., "MURA: Large Dataset for Abnormality Detection in Musculoskeletal
 * Radiographs", 2017) in its published layout, given the folder that holds {@code MURA-v1.1/} (or that folder
 * itself):
 * <pre>
 * MURA-v1.1/train_image_paths.csv       MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive/image1.png
 * MURA-v1.1/train_labeled_studies.csv   MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive/,1
 * MURA-v1.1/valid_image_paths.csv, MURA-v1.1/valid_labeled_studies.csv (the same for the valid split)
 * MURA-v1.1/{train,valid}/XR_&lt;TYPE&gt;/patient&lt;digits&gt;/study&lt;n&gt;_{positive,negative}/image&lt;k&gt;.png
 * </pre>
 * The CSVs have no header row. One {@link Sample} per listed image: id = the path as listed, subject = the
 * patient folder ({@code patient00001}), split = {@code train} or {@code valid} (the official split, by patient),
 * target {@code abnormal} (1 or 0, from the labeled-studies CSV, which must agree with the study folder's
 * {@code _positive}/{@code _negative} suffix), attributes {@code study} (the study path as listed, without the
 * trailing slash) and {@code studyType} ({@code XR_FINGER}...). {@link MuraStudy#of} groups images by study.
 * <p>
 * Options: {@code studyType} (one or more of {@link #STUDY_TYPES}, comma-separated), {@code split}
 * ({@code train}, {@code valid} or {@code test}), {@code testFraction} (in [0, 1), default 0) and {@code seed}
 * (default 0): a deterministic patient-level share of the official train split becomes split {@code test}
 * (the official valid split is left as is). The hold-out is drawn over all train patients before the study
 * type filter, so filtering never changes which patients are held out. A labeled study without listed images
 * is ignored.
 */
public final class MuraReader implements DatasetReader {

    public static final String ID = "org.osteon.io.mura";
    public static final String FOLDER = "MURA-v1.1";
    /** The study types of MURA v1.1. */
    public static final Set<String> STUDY_TYPES = Set.of("XR_ELBOW", "XR_FINGER", "XR_FOREARM", "XR_HAND",
            "XR_HUMERUS", "XR_SHOULDER", "XR_WRIST");
    private static final Set<String> OPTIONS = Set.of("studyType", "split", "testFraction", "seed");
    private static final Pattern STUDY = Pattern.compile(
            "MURA-v1\\.1/(train|valid)/(XR_[A-Z]+)/(patient[0-9]+)/(study[0-9]+_(positive|negative))/?");
    private static final Pattern IMAGE = Pattern.compile(
            "(MURA-v1\\.1/(train|valid)/(XR_[A-Z]+)/(patient[0-9]+)/study[0-9]+_(?:positive|negative))/([^/]+)");

    @Override
    public boolean recognizes(Path root) {
        try {
            return base(root).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The folder holding MURA-v1.1/, when root is that folder or MURA-v1.1 itself. */
    private static Optional<Path> base(Path root) {
        Path r = root.toAbsolutePath().normalize();
        for (Path candidate : new Path[] {r, r.getParent()}) {
            if (candidate != null && (Files.isRegularFile(candidate.resolve(FOLDER).resolve("train_image_paths.csv"))
                    || Files.isRegularFile(candidate.resolve(FOLDER).resolve("valid_image_paths.csv")))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public Dataset read(Path root, Map<String, String> options) throws IOException {
        DatasetOptions o = DatasetOptions.of("MURA", options, OPTIONS);
        Optional<String> split = o.choice("split", Set.of("train", "valid", "test"));
        double testFraction = o.real("testFraction", 0, 0, 0.999);
        long seed = o.whole("seed", 0);
        Set<String> types = new TreeSet<>();
        o.text("studyType").ifPresent(v -> {
            for (String t : v.split(",")) {
                if (!STUDY_TYPES.contains(t.strip())) {
                    throw new InvalidInputException("option studyType=" + v + " of the MURA reader: '" + t.strip()
                            + "' is not a MURA study type; expected one or more of "
                            + String.join(", ", new TreeSet<>(STUDY_TYPES)));
                }
                types.add(t.strip());
            }
        });
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("MURA folder " + root + " does not exist; expected the folder that holds "
                    + FOLDER + "/");
        }
        Path base = base(root).orElseThrow(() -> new InvalidInputException(root + " holds no " + FOLDER
                + "/train_image_paths.csv or " + FOLDER + "/valid_image_paths.csv; expected the MURA v1.1 layout"
                + " (the folder that holds " + FOLDER + "/, or " + FOLDER + " itself)"));
        List<String> wanted = split.isEmpty() ? List.of("train", "valid")
                : split.get().equals("valid") ? List.of("valid") : List.of("train");
        List<Sample> samples = new ArrayList<>();
        for (String s : wanted) {
            readSplit(base, s, samples);
        }
        Dataset d = new Dataset(FOLDER, base, ID, samples).checkSubjectsDisjoint();
        if (testFraction > 0) {
            d = d.holdOut("train", "test", testFraction, seed);
        }
        if (!types.isEmpty()) {
            d = d.filter(x -> types.contains(x.attributes().get("studyType")));
        }
        if (split.isPresent()) {
            d = d.split(split.get());
        }
        return d;
    }

    private static void readSplit(Path base, String split, List<Sample> out) throws IOException {
        Path labeledFile = base.resolve(FOLDER).resolve(split + "_labeled_studies.csv");
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (CsvLine line : CsvFile.read(labeledFile, "the MURA study labels " + FOLDER + "/" + split
                + "_labeled_studies.csv (lines 'MURA-v1.1/" + split + "/XR_TYPE/patientN/studyN_positive/,1')")) {
            if (line.size() != 2) {
                throw line.error(line.size() + " fields; expected 2: study path, label (0 or 1)");
            }
            Matcher m = STUDY.matcher(line.field(0));
            if (!m.matches()) {
                throw line.error("'" + line.field(0) + "' is not a MURA study path; expected " + FOLDER + "/" + split
                        + "/XR_TYPE/patientDIGITS/studyN_positive/ (or _negative)");
            }
            if (!m.group(1).equals(split)) {
                throw line.error("study " + line.field(0) + " is in split '" + m.group(1) + "'; expected only "
                        + split + " studies in this file");
            }
            int label = switch (line.field(1)) {
                case "0" -> 0;
                case "1" -> 1;
                default -> throw line.error("label '" + line.field(1) + "'; expected 0 (normal) or 1 (abnormal)");
            };
            int folderLabel = m.group(5).equals("positive") ? 1 : 0;
            if (label != folderLabel) {
                throw line.error("study " + line.field(0) + " is labelled " + label + " but its folder says "
                        + m.group(5) + "; expected label " + folderLabel);
            }
            String study = stripSlash(line.field(0));
            if (labels.put(study, label) != null) {
                throw line.error("study " + study + " is labelled twice; expected each study once");
            }
        }
        Path imageFile = base.resolve(FOLDER).resolve(split + "_image_paths.csv");
        for (CsvLine line : CsvFile.read(imageFile, "the MURA image list " + FOLDER + "/" + split
                + "_image_paths.csv (lines 'MURA-v1.1/" + split + "/XR_TYPE/patientN/studyN_positive/image1.png')")) {
            if (line.size() != 1) {
                throw line.error(line.size() + " fields; expected one image path per line");
            }
            String path = line.field(0);
            Matcher m = IMAGE.matcher(path);
            if (!m.matches() || m.group(5).equals(".") || m.group(5).equals("..")) {
                throw line.error("'" + path + "' is not a MURA image path; expected " + FOLDER + "/" + split
                        + "/XR_TYPE/patientDIGITS/studyN_positive/imageK.png");
            }
            if (!m.group(2).equals(split)) {
                throw line.error("image " + path + " is in split '" + m.group(2) + "'; expected only " + split
                        + " images in this file");
            }
            Integer label = labels.get(m.group(1));
            if (label == null) {
                throw line.error("the study of image " + path + " is not in " + labeledFile
                        + "; expected every listed image's study to be labelled");
            }
            Path image = base.resolve(path).normalize();
            if (!Files.isRegularFile(image)) {
                throw line.error("image " + image + " does not exist; expected the image the line lists");
            }
            out.add(new Sample(path, m.group(4), split, image, Map.of("abnormal", (double) label),
                    orderedMap("study", m.group(1), "studyType", m.group(3))));
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
