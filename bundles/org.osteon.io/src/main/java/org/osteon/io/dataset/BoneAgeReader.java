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

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetOptions;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.dataset.Sample;
import org.osteon.io.internal.dataset.CsvFile;
import org.osteon.io.internal.dataset.CsvLine;

/**
 * Reads the RSNA Pediatric Bone Age Challenge (2017) data set in its published layout:
 * <pre>
 * ROOT/boneage-training-dataset.csv    header id,boneage,male      e.g. 1377,180,False
 * ROOT/boneage-training-dataset/&lt;id&gt;.png
 * ROOT/boneage-validation-dataset.csv  header Image ID,male,Bone Age (months)   e.g. 1386,FALSE,30   (optional)
 * ROOT/boneage-validation-dataset/&lt;id&gt;.png
 * ROOT/boneage-test-dataset.csv        header Case ID,Sex          e.g. 4360,M   (optional; no bone ages)
 * ROOT/boneage-test-dataset/&lt;id&gt;.png
 * </pre>
 * One {@link Sample} per image: id and subject = the case id (one image per child), split {@code train} for the
 * training list, {@code valid} for the challenge's validation list and {@code test} for the test list, targets
 * {@code boneage} (months; training and validation images) and {@code male} (1 or 0; from True/False in any
 * letter case, or M/F in the test list). The training list is required, the validation and test lists are read
 * when present. A case id may appear in one list only. Options: {@code split} (train, valid or test), {@code validFraction} (in [0, 1),
 * default 0) and {@code seed} (default 0): a deterministic share of the training images becomes split
 * {@code valid}.
 */
public final class BoneAgeReader implements DatasetReader {

    public static final String ID = "org.osteon.io.boneage";
    public static final String TRAINING_CSV = "boneage-training-dataset.csv";
    public static final String TRAINING_IMAGES = "boneage-training-dataset";
    public static final String VALIDATION_CSV = "boneage-validation-dataset.csv";
    public static final String VALIDATION_IMAGES = "boneage-validation-dataset";
    public static final List<String> VALIDATION_HEADER = List.of("Image ID", "male", "Bone Age (months)");
    public static final String TEST_CSV = "boneage-test-dataset.csv";
    public static final String TEST_IMAGES = "boneage-test-dataset";
    private static final Set<String> OPTIONS = Set.of("split", "validFraction", "seed");

    @Override
    public boolean recognizes(Path root) {
        return Files.isRegularFile(root.resolve(TRAINING_CSV));
    }

    @Override
    public Dataset read(Path root, Map<String, String> options) throws IOException {
        DatasetOptions o = DatasetOptions.of("RSNA bone age", options, OPTIONS);
        Optional<String> split = o.choice("split", Set.of("train", "valid", "test"));
        double validFraction = o.real("validFraction", 0, 0, 0.999);
        long seed = o.whole("seed", 0);
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new InvalidInputException("bone age folder " + base + " does not exist; expected a folder with "
                    + TRAINING_CSV + " and " + TRAINING_IMAGES + "/");
        }
        List<Sample> samples = new ArrayList<>();
        List<CsvLine> train = CsvFile.read(base.resolve(TRAINING_CSV), "the RSNA bone age training list with header"
                + " id,boneage,male");
        header(train, base.resolve(TRAINING_CSV), List.of("id", "boneage", "male"));
        for (CsvLine line : train.subList(1, train.size())) {
            fields(line, 3, "id,boneage,male");
            String id = id(line);
            samples.add(new Sample(id, id, "train", image(base, TRAINING_IMAGES, id, line),
                    targets(age(line, 1, "boneage"), male(line, 2, "male")), Map.of()));
        }
        Path validCsv = base.resolve(VALIDATION_CSV);
        if (Files.exists(validCsv)) {
            String header = String.join(",", VALIDATION_HEADER);
            List<CsvLine> valid = CsvFile.read(validCsv, "the RSNA bone age validation list with header " + header);
            header(valid, validCsv, VALIDATION_HEADER);
            for (CsvLine line : valid.subList(1, valid.size())) {
                fields(line, 3, header);
                String id = id(line);
                samples.add(new Sample(id, id, "valid", image(base, VALIDATION_IMAGES, id, line),
                        targets(age(line, 2, "Bone Age (months)"), male(line, 1, "male")), Map.of()));
            }
        }
        Path testCsv = base.resolve(TEST_CSV);
        if (Files.exists(testCsv)) {
            List<CsvLine> test = CsvFile.read(testCsv, "the RSNA bone age test list with header Case ID,Sex");
            header(test, testCsv, List.of("Case ID", "Sex"));
            for (CsvLine line : test.subList(1, test.size())) {
                fields(line, 2, "Case ID,Sex");
                String id = id(line);
                double male = switch (line.field(1)) {
                    case "M" -> 1;
                    case "F" -> 0;
                    default -> throw line.error(1, "Sex", "'" + line.field(1) + "'; expected M or F");
                };
                samples.add(new Sample(id, id, "test", image(base, TEST_IMAGES, id, line), Map.of("male", male),
                        Map.of()));
            }
        }
        Dataset d = new Dataset("RSNA bone age", base, ID, samples).checkSubjectsDisjoint();
        if (validFraction > 0) {
            d = d.holdOut("train", "valid", validFraction, seed);
        }
        return split.isPresent() ? d.split(split.get()) : d;
    }

    private static double age(CsvLine line, int field, String column) {
        double age;
        try {
            age = Double.parseDouble(line.field(field));
        } catch (NumberFormatException e) {
            age = Double.NaN;
        }
        if (!(age >= 0 && age <= 1000)) {
            throw line.error(field, column, "'" + line.field(field) + "'; expected the bone age in months, 0..1000");
        }
        return age;
    }

    private static double male(CsvLine line, int field, String column) {
        return switch (line.field(field).toLowerCase(Locale.ROOT)) {
            case "true" -> 1;
            case "false" -> 0;
            default -> throw line.error(field, column, "'" + line.field(field) + "'; expected True or False");
        };
    }

    private static Map<String, Double> targets(double age, double male) {
        Map<String, Double> targets = new LinkedHashMap<>();
        targets.put("boneage", age);
        targets.put("male", male);
        return targets;
    }

    private static void header(List<CsvLine> lines, Path file, List<String> expected) {
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + " is empty; expected the header " + String.join(",", expected)
                    + " and one row per image");
        }
        if (!lines.get(0).fields().equals(expected)) {
            throw lines.get(0).error("header " + String.join(",", lines.get(0).fields()) + "; expected "
                    + String.join(",", expected));
        }
    }

    private static void fields(CsvLine line, int n, String what) {
        if (line.size() != n) {
            throw line.error(line.size() + " fields; expected " + n + ": " + what);
        }
    }

    private static String id(CsvLine line) {
        String id = line.field(0);
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw line.error(0, "id", "'" + id + "'; expected a case id of letters and digits (it names the image file)");
        }
        return id;
    }

    private static Path image(Path base, String folder, String id, CsvLine line) {
        Path p = base.resolve(folder).resolve(id + ".png");
        if (!Files.isRegularFile(p)) {
            throw line.error("image " + p + " does not exist; expected the image of case " + id);
        }
        return p;
    }
}
