package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The MURA v1.1 layout: a hand-made index in the real format, options, and broken inputs. */
class MuraReaderTest {

    @TempDir
    Path dir;

    private final MuraReader reader = new MuraReader();

    @Test
    void readsImagesWithStudyLabelsPatientsAndSplits() throws Exception {
        Dataset d = reader.read(Fixtures.mura(dir));
        assertEquals(6, d.size());
        assertEquals(List.of("train", "valid"), d.splits());
        assertEquals(dir.toAbsolutePath().normalize(), d.root());
        Sample first = d.samples().get(0);
        assertEquals("MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive/image1.png", first.id());
        assertEquals("patient00001", first.subject());
        assertEquals(1.0, first.target("abnormal").getAsDouble());
        assertEquals(Map.of("study", "MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive", "studyType",
                "XR_SHOULDER"), first.attributes());
        assertEquals(dir.resolve("MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive/image1.png")
                .toAbsolutePath().normalize(), first.image());
        assertEquals(Map.of("train", 4, "valid", 2), d.count(Sample::split));
        assertEquals(Map.of("1.0", 4, "0.0", 2), d.count(s -> "" + s.target("abnormal").getAsDouble()));

        List<MuraStudy> studies = MuraStudy.of(d);
        assertEquals(4, studies.size());
        assertEquals(2, studies.get(0).images().size());
        assertTrue(studies.get(0).abnormal());
        assertFalse(studies.get(1).abnormal());
        assertEquals("patient00001", studies.get(1).subject(), "one patient, two studies");
        assertEquals("XR_FINGER", studies.get(3).studyType());
        assertEquals("valid", studies.get(3).split());
        // MURA-v1.1 itself may be given as the root
        assertEquals(d, reader.read(dir.resolve("MURA-v1.1")));
        assertTrue(reader.recognizes(dir));
        assertFalse(reader.recognizes(dir.resolve("MURA-v1.1/train")));
    }

    @Test
    void filtersByStudyTypeAndSplit() throws Exception {
        Fixtures.mura(dir);
        Dataset fingers = reader.read(dir, Map.of("studyType", "XR_FINGER"));
        assertEquals(4, fingers.size());
        assertTrue(fingers.samples().stream().allMatch(s -> s.attributes().get("studyType").equals("XR_FINGER")));
        Dataset valid = reader.read(dir, Map.of("split", "valid"));
        assertEquals(List.of("valid"), valid.splits());
        assertEquals(2, valid.size());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.read(dir, Map.of("studyType", "XR_KNEE")));
        assertTrue(e.getMessage().contains("'XR_KNEE' is not a MURA study type; expected one or more of XR_ELBOW,"),
                e.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> reader.read(dir, Map.of("fold", "1")));
        assertEquals("unknown option 'fold' for the MURA reader; allowed: seed, split, studyType, testFraction",
                unknown.getMessage());
    }

    @Test
    void holdsOutWholeTrainPatientsIntoTest() throws Exception {
        Fixtures.mura(dir);
        Dataset d = reader.read(dir, Map.of("testFraction", "0.5", "seed", "1"));
        d.checkSubjectsDisjoint();
        assertEquals(1, d.split("test").subjects().size(), "one of the two train patients");
        assertEquals(d, reader.read(dir, Map.of("testFraction", "0.5", "seed", "1")), "deterministic");
        assertEquals(2, d.split("valid").size(), "valid is untouched");
        // the filter does not change who is held out
        Dataset fingersTest = reader.read(dir, Map.of("testFraction", "0.5", "seed", "1", "studyType", "XR_FINGER",
                "split", "test"));
        assertTrue(d.split("test").subjects().containsAll(fingersTest.subjects()));
    }

    private String error(String file, String text) throws Exception {
        Fixtures.mura(dir);
        Fixtures.write(dir.resolve(file), text);
        return assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
    }

    @Test
    void labelDisagreeingWithFolderNamesTheStudy() throws Exception {
        String m = error("MURA-v1.1/valid_labeled_studies.csv", "MURA-v1.1/valid/XR_FINGER/patient11185/study1_positive/,0\n");
        assertTrue(m.endsWith("valid_labeled_studies.csv, line 1: study MURA-v1.1/valid/XR_FINGER/patient11185/"
                + "study1_positive/ is labelled 0 but its folder says positive; expected label 1"), m);
    }

    @Test
    void malformedLinesNameFileAndLine() throws Exception {
        String m = error("MURA-v1.1/train_labeled_studies.csv",
                "MURA-v1.1/train/XR_FINGER/patient00002/study1_negative/,0\n\nMURA-v1.1/train/XR_FINGER/patient00002/study2_negative/,x\n");
        assertTrue(m.endsWith("train_labeled_studies.csv, line 3: label 'x'; expected 0 (normal) or 1 (abnormal)"), m);
        String p = error("MURA-v1.1/train_image_paths.csv", "train/XR_FINGER/patient00002/image1.png\n");
        assertTrue(p.contains("train_image_paths.csv, line 1: 'train/XR_FINGER/patient00002/image1.png' is not a MURA"
                + " image path"), p);
    }

    @Test
    void missingImageAndUnlabelledStudyAreNamed() throws Exception {
        Fixtures.mura(dir);
        Files.delete(dir.resolve("MURA-v1.1/valid/XR_FINGER/patient11185/study1_positive/image2.png"));
        String m = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(m.contains("valid_image_paths.csv, line 2: image ") && m.contains("image2.png does not exist"), m);
        String u = error("MURA-v1.1/valid_labeled_studies.csv", "MURA-v1.1/valid/XR_FINGER/patient11185/study2_positive/,1\n");
        assertTrue(u.contains("valid_image_paths.csv, line 1: the study of image MURA-v1.1/valid/XR_FINGER/"
                + "patient11185/study1_positive/image1.png is not in"), u);
    }

    @Test
    void missingCsvIsNamed() throws Exception {
        Fixtures.mura(dir);
        Files.delete(dir.resolve("MURA-v1.1/valid_labeled_studies.csv"));
        String m = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(m.startsWith("file " + dir.toAbsolutePath().normalize().resolve("MURA-v1.1/valid_labeled_studies.csv")
                + " does not exist; expected the MURA study labels"), m);
        // with split=train the valid files are not needed
        assertEquals(4, reader.read(dir, Map.of("split", "train")).size());
        String none = assertThrows(InvalidInputException.class, () -> reader.read(dir.resolve("MURA-v1.1/train")))
                .getMessage();
        assertTrue(none.contains("holds no MURA-v1.1/train_image_paths.csv"), none);
    }

    @Test
    void patientInTwoSplitsIsRefused() throws Exception {
        Fixtures.mura(dir);
        String v = "MURA-v1.1/valid/XR_FINGER/patient00002/study1_negative/";
        Fixtures.write(dir.resolve("MURA-v1.1/valid_image_paths.csv"), v + "image1.png\n");
        Fixtures.write(dir.resolve("MURA-v1.1/valid_labeled_studies.csv"), v + ",0\n");
        Fixtures.touch(dir, v + "image1.png");
        String m = assertThrows(InvalidInputException.class, () -> reader.read(dir)).getMessage();
        assertTrue(m.contains("subject 'patient00002' is in splits train and valid"), m);
    }
}
