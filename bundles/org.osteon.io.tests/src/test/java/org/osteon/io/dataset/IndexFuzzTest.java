package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.DatasetReader;

/**
 * Truncated and randomly corrupted index files give an InvalidInputException (or a smaller valid data set),
 * never another exception.
 */
class IndexFuzzTest {

    @TempDir
    Path dir;

    private int failures;

    private void fuzz(DatasetReader reader, Path root, String csv) throws Exception {
        Path file = root.resolve(csv);
        byte[] good = Files.readAllBytes(file);
        Random random = new Random(csv.hashCode());
        for (int trial = 0; trial < 300; trial++) {
            byte[] bad;
            if (trial < good.length && trial < 100) {
                bad = java.util.Arrays.copyOf(good, trial);
            } else {
                bad = good.clone();
                for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                    int at = random.nextInt(bad.length);
                    bad[at] = switch (random.nextInt(4)) {
                        case 0 -> (byte) ',';
                        case 1 -> (byte) '"';
                        case 2 -> (byte) '\n';
                        default -> (byte) random.nextInt(256);
                    };
                }
            }
            Files.write(file, bad);
            try {
                reader.read(root);
            } catch (InvalidInputException expected) {
                failures++;
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            } catch (RuntimeException e) {
                fail("trial " + trial + " of " + csv + " threw " + e + " for content:\n" + new String(bad,
                        java.nio.charset.StandardCharsets.ISO_8859_1), e);
            }
        }
        Files.write(file, good);
    }

    @Test
    void corruptIndexesGiveOnlyInvalidInput() throws Exception {
        Path mura = Fixtures.mura(dir.resolve("mura"));
        for (String csv : List.of("MURA-v1.1/train_image_paths.csv", "MURA-v1.1/train_labeled_studies.csv")) {
            fuzz(new MuraReader(), mura, csv);
        }
        fuzz(new KneelReader(), Fixtures.kneel(dir.resolve("kneel")), "landmarks.csv");
        Path boneAge = Fixtures.boneAge(dir.resolve("boneage"));
        fuzz(new BoneAgeReader(), boneAge, "boneage-training-dataset.csv");
        fuzz(new BoneAgeReader(), boneAge, "boneage-test-dataset.csv");
        assertTrue(failures > 500, "most corruptions must be detected, got " + failures);
    }
}
