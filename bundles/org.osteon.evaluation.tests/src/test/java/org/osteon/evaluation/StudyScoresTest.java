package org.osteon.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;
import org.osteon.evaluation.StudyScores.StudyScore;

class StudyScoresTest {

    @Test
    void studyProbabilityIsTheMeanOfItsViewsAndAbnormalAboveOneHalf() {
        StudyScores s = new StudyScores()
                .add("patient1/study1", 1, 0.9).add("patient2/study1", 0, 0.2)
                .add("patient1/study1", 1, 0.3).add("patient1/study1", 1, 0.6) // mean 0.6 -> abnormal
                .add("patient2/study1", 0, 0.8) // mean exactly 0.5 -> normal: MURA needs > 0.5
                .add("patient3/study1", 0, 0.51);
        List<StudyScore> studies = s.studies();
        assertEquals(List.of("patient1/study1", "patient2/study1", "patient3/study1"),
                studies.stream().map(StudyScore::study).toList());
        assertEquals(0.6, studies.get(0).probability(), 1e-15);
        assertEquals(1, studies.get(0).prediction());
        assertEquals(3, studies.get(0).views());
        assertEquals(0.5, studies.get(1).probability(), 1e-15);
        assertEquals(0, studies.get(1).prediction());
        assertEquals(1, studies.get(2).prediction());
        assertArrayEquals(new int[] {1, 0, 0}, s.labels());
        // study-level confusion: TP 1 (study 1), TN 1 (study 2), FP 1 (study 3)
        assertEquals(new ConfusionMatrix(new long[][] {{1, 1}, {0, 1}}), s.confusionMatrix());
    }

    @Test
    void viewsOfOneStudyWithDifferentLabelsAreRefused() {
        StudyScores s = new StudyScores().add("s1", 1, 0.4);
        var e = assertThrows(InvalidInputException.class, () -> s.add("s1", 0, 0.4));
        assertTrue(e.getMessage().contains("'s1'") && e.getMessage().contains("labelled both 1 and 0"),
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> s.add("s2", 2, 0.4));
    }
}
