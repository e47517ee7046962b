package org.osteon.core.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Landmarks.Point;

/** Dataset views, the subject check, the deterministic hold-out and the options check. */
class DatasetTest {

    private static final Path ROOT = Path.of("/data/set").toAbsolutePath();

    private static Sample sample(String id, String subject, String split, String study, double abnormal) {
        return new Sample(id, subject, split, ROOT.resolve(id + ".png"), Map.of("abnormal", abnormal),
                Map.of("study", study));
    }

    private static Dataset fourImages() {
        return new Dataset("t", ROOT, "test", List.of(sample("a1", "p1", "train", "s1", 1),
                sample("a2", "p1", "train", "s1", 1), sample("b1", "p2", "valid", "s2", 0),
                sample("c1", "p3", "train", "s3", 0)));
    }

    @Test
    void viewsSplitGroupAndCount() {
        Dataset d = fourImages();
        assertEquals(List.of("train", "valid"), d.splits());
        assertEquals(List.of("a1", "a2", "c1"), d.split("train").samples().stream().map(Sample::id).toList());
        assertEquals(0, d.split("test").size());
        assertEquals(new TreeSet<>(List.of("p1", "p2", "p3")), d.subjects());
        assertEquals(List.of("s1", "s2", "s3"), List.copyOf(d.groups("study").keySet()));
        assertEquals(2, d.groups("study").get("s1").size());
        assertEquals(Map.of("1.0", 2, "0.0", 2), d.count(s -> Double.toString(s.target("abnormal").getAsDouble())));
        assertEquals(1.0, d.sample("a2").orElseThrow().target("abnormal").getAsDouble());
        assertTrue(d.sample("a2").orElseThrow().target("boneage").isEmpty());
        assertEquals(Optional.empty(), d.sample("zz"));
        assertEquals(1, d.filter(s -> s.subject().equals("p2")).size());
    }

    @Test
    void subjectInTwoSplitsIsNamed() {
        Dataset ok = fourImages();
        assertSame(ok, ok.checkSubjectsDisjoint());
        List<Sample> samples = new ArrayList<>(ok.samples());
        samples.add(sample("a3", "p1", "valid", "s4", 0));
        Dataset bad = new Dataset("t", ROOT, "test", samples);
        InvalidInputException e = assertThrows(InvalidInputException.class, bad::checkSubjectsDisjoint);
        assertTrue(e.getMessage().contains("subject 'p1' is in splits train and valid (sample 'a3')"), e.getMessage());
    }

    @Test
    void duplicateIdsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Dataset("t", ROOT, "x",
                List.of(sample("a", "p1", "train", "s", 0), sample("a", "p2", "train", "s", 0))));
        assertTrue(e.getMessage().contains("lists sample 'a' twice"), e.getMessage());
    }

    @Test
    void holdOutIsDeterministicSubjectLevelAndOrderFree() {
        List<String> subjects = IntStream.range(0, 100).mapToObj(i -> String.format("p%03d", i)).toList();
        Set<String> a = SubjectSplit.holdOut(subjects, 0.2, 7);
        List<String> reversed = new ArrayList<>(subjects);
        java.util.Collections.reverse(reversed);
        assertEquals(20, a.size());
        assertEquals(a, SubjectSplit.holdOut(reversed, 0.2, 7), "order of the input must not matter");
        assertFalse(a.equals(SubjectSplit.holdOut(subjects, 0.2, 8)), "another seed, another hold-out");
        assertEquals(0, SubjectSplit.holdOut(subjects, 0, 7).size());
        assertEquals(100, SubjectSplit.holdOut(subjects, 1, 7).size());

        // two images per subject: they always move together
        List<Sample> samples = new ArrayList<>();
        for (String s : subjects) {
            samples.add(sample(s + "a", s, "train", s, 0));
            samples.add(sample(s + "b", s, "train", s, 0));
        }
        Dataset split = new Dataset("t", ROOT, "x", samples).holdOut("train", "test", 0.25, 3).checkSubjectsDisjoint();
        assertEquals(50, split.split("test").size());
        assertEquals(25, split.split("test").subjects().size());
        assertEquals(SubjectSplit.holdOut(subjects, 0.25, 3), split.split("test").subjects());
    }

    @Test
    void relocateKeepsRelativePaths() {
        Dataset moved = fourImages().relocate(Path.of("/elsewhere").toAbsolutePath());
        assertEquals(Path.of("/elsewhere").toAbsolutePath().resolve("b1.png"), moved.sample("b1").orElseThrow().image());
        assertEquals(fourImages().samples().get(0).targets(), moved.samples().get(0).targets());
    }

    @Test
    void landmarksKeepGroupOrderAndMeasureInMm() {
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        groups.put("tibia", List.of(new Point(0, 0), new Point(3, 4)));
        groups.put("femur", List.of(new Point(1, 1)));
        Landmarks l = new Landmarks(groups, Optional.of(new PixelSpacing(0.5, 2)));
        assertEquals(List.of("tibia", "femur"), List.copyOf(l.groups().keySet()));
        assertEquals(3, l.all().size());
        assertEquals(5.0, l.group("tibia").get(0).distance(l.group("tibia").get(1)));
        // 3 px * 0.5 mm and 4 px * 2 mm -> hypot(1.5, 8)
        assertEquals(Math.hypot(1.5, 8), l.distanceMm(new Point(0, 0), new Point(3, 4)).orElseThrow(), 1e-12);
        assertEquals(new Point(13, 4), l.map(p -> new Point(p.x() + 10, p.y())).group("tibia").get(1));
        assertEquals(List.of(), l.group("patella"));
        assertTrue(new Landmarks(groups, Optional.empty()).distanceMm(new Point(0, 0), new Point(1, 1)).isEmpty());
    }

    @Test
    void optionsNameTheAllowedOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DatasetOptions.of("MURA", Map.of("studytype", "XR_HAND"), Set.of("studyType", "split")));
        assertEquals("unknown option 'studytype' for the MURA reader; allowed: split, studyType", e.getMessage());
        DatasetOptions o = DatasetOptions.of("MURA", Map.of("seed", "12", "testFraction", "0.3", "split", "valid"),
                Set.of("seed", "testFraction", "split"));
        assertEquals(12, o.whole("seed", 0));
        assertEquals(0.3, o.real("testFraction", 0, 0, 1));
        assertEquals(Optional.of("valid"), o.choice("split", Set.of("train", "valid")));
        InvalidInputException range = assertThrows(InvalidInputException.class,
                () -> DatasetOptions.of("MURA", Map.of("testFraction", "1.5"), Set.of("testFraction"))
                        .real("testFraction", 0, 0, 1));
        assertEquals("option testFraction=1.5 of the MURA reader: expected a number in [0, 1]", range.getMessage());
        assertThrows(InvalidInputException.class, () -> o.choice("split", Set.of("train")));
    }
}
