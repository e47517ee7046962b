package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;

/** The RSNA bone age layout: training and test lists, and broken inputs. */
class BoneAgeReaderTest {

    @TempDir
    Path dir;

    private final BoneAgeReader reader = new BoneAgeReader();

    @Test
    void readsTrainingAndTestLists() throws Exception {
        Dataset d = reader.read(Fixtures.boneAge(dir));
        assertEquals(List.of("1377", "1378", "1379", "4360", "4361"), d.samples().stream().map(Sample::id).toList());
        assertEquals(Map.of("boneage", 180.0, "male", 0.0), d.samples().get(0).targets());
        assertEquals(Map.of("boneage", 94.0, "male", 1.0), d.samples().get(2).targets());
        assertEquals(Map.of("male", 1.0), d.samples().get(3).targets(), "no bone age in the test list");
        assertEquals(Map.of("train", 3, "test", 2), d.count(Sample::split));
        assertEquals(dir.resolve("boneage-test-dataset/4361.png").toAbsolutePath().normalize(), d.samples().get(4).image());
        assertTrue(reader.recognizes(dir));
        Dataset v = reader.read(dir, Map.of("validFraction", "0.34", "seed", "2"));
        assertEquals(1, v.split("valid").size());
        assertEquals(2, v.split("train").size());
        assertEquals(v.split("valid"), reader.read(dir, Map.of("validFraction", "0.34", "seed", "2", "split", "valid")));
        Files.delete(dir.resolve("boneage-test-dataset.csv"));
        assertEquals(List.of("train"), reader.read(dir).splits(), "the test list is optional");
    }

    private String error(String file, String text) throws Exception {
        Fixtures.boneAge(dir);
        Fixtures.write(dir.resolve(file), text);
        return assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
    }

    @Test
    void brokenInputsNameFileAndLine() throws Exception {
        String header = error("boneage-training-dataset.csv", "id,age,male\n1377,180,False\n");
        assertTrue(header.endsWith("boneage-training-dataset.csv, line 1: header id,age,male; expected id,boneage,male"),
                header);
        String age = error("boneage-training-dataset.csv", "id,boneage,male\n1377,old,False\n");
        assertTrue(age.endsWith("line 2, column 2 (boneage): 'old'; expected the bone age in months, 0..1000"), age);
        String male = error("boneage-training-dataset.csv", "id,boneage,male\n1377,180,yes\n");
        assertTrue(male.endsWith("line 2, column 3 (male): 'yes'; expected True or False"), male);
        String sex = error("boneage-test-dataset.csv", "Case ID,Sex\n4360,X\n");
        assertTrue(sex.endsWith("boneage-test-dataset.csv, line 2, column 2 (Sex): 'X'; expected M or F"), sex);
        String image = error("boneage-training-dataset.csv", "id,boneage,male\n1377,180,False\n2000,3,True\n");
        assertTrue(image.contains("line 3: image ") && image.endsWith("2000.png does not exist; expected the image of"
                + " case 2000"), image);
        Files.delete(dir.resolve("boneage-training-dataset.csv"));
        String missing = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(missing.contains("boneage-training-dataset.csv does not exist; expected the RSNA bone age training"
                + " list with header id,boneage,male"), missing);
    }

    @Test
    void sameCaseInTrainingAndTestIsRefused() throws Exception {
        Fixtures.boneAge(dir);
        Fixtures.write(dir.resolve("boneage-test-dataset.csv"), "Case ID,Sex\n1377,M\n");
        Fixtures.touch(dir, "boneage-test-dataset/1377.png");
        String m = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(m.contains("lists sample '1377' twice; expected unique sample ids"), m);
    }

    @Test
    void readsTheChallengesValidationList() throws Exception {
        Fixtures.boneAge(dir);
        Fixtures.write(dir.resolve("boneage-validation-dataset.csv"), "Image ID,male,Bone Age (months)\n1386,FALSE,30\n1392,TRUE,162\n");
        Fixtures.touch(dir, "boneage-validation-dataset/1386.png");
        Fixtures.touch(dir, "boneage-validation-dataset/1392.png");
        Dataset d = reader.read(dir);
        assertEquals(Map.of("train", 3, "valid", 2, "test", 2), d.count(Sample::split));
        Dataset valid = d.split("valid");
        assertEquals(List.of("1386", "1392"), valid.samples().stream().map(Sample::id).toList());
        assertEquals(Map.of("boneage", 30.0, "male", 0.0), valid.samples().get(0).targets());
        assertEquals(Map.of("boneage", 162.0, "male", 1.0), valid.samples().get(1).targets());
        assertEquals(dir.resolve("boneage-validation-dataset/1392.png").toAbsolutePath().normalize(), valid.samples().get(1).image());

        Fixtures.write(dir.resolve("boneage-validation-dataset.csv"), "Image ID,male,Bone Age (months)\n1386,FALSE,thirty\n");
        String age = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(age.endsWith("boneage-validation-dataset.csv, line 2, column 3 (Bone Age (months)): 'thirty'; expected the bone age in"
                + " months, 0..1000"), age);
        Fixtures.write(dir.resolve("boneage-validation-dataset.csv"), "id,boneage,male\n1386,30,False\n");
        String header = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(header.endsWith("line 1: header id,boneage,male; expected Image ID,male,Bone Age (months)"), header);
    }
}
