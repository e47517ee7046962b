package org.osteon.io.dataset;

import java.util.List;
import java.util.Map;

import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.Sample;

/**
 * A MURA study (the unit MURA labels): its images, patient, split, study type and label. MURA's own metric is
 * computed per study, e.g. by averaging the image predictions of a study.
 *
 * @param study     the study path as listed, e.g. {@code MURA-v1.1/valid/XR_FINGER/patient11185/study1_positive}
 * @param subject   the patient, e.g. {@code patient11185}
 * @param split     train, valid or test
 * @param studyType e.g. XR_FINGER
 * @param abnormal  the study's label
 * @param images    the study's samples in index order
 */
public record MuraStudy(String study, String subject, String split, String studyType, boolean abnormal,
        List<Sample> images) {

    public MuraStudy {
        images = List.copyOf(images);
    }

    /** The studies of a data set read by {@link MuraReader}, in index order. */
    public static List<MuraStudy> of(Dataset dataset) {
        return dataset.groups("study").entrySet().stream().map(MuraStudy::of).toList();
    }

    private static MuraStudy of(Map.Entry<String, List<Sample>> e) {
        Sample first = e.getValue().get(0);
        return new MuraStudy(e.getKey(), first.subject(), first.split(), first.attributes().get("studyType"),
                first.target("abnormal").orElse(0) == 1, e.getValue());
    }
}
