package org.osteon.training.data;

import java.util.ArrayList;
import java.util.List;

/** Small sample indexes for the tests: two or more classes, several samples per subject. */
final class TinyData {

    private TinyData() {
    }

    /** {@code n} samples, label i % classes, subject i / perSubject, study = subject + "/" + (i % 2). */
    static List<Sample> samples(int n, int classes, int perSubject) {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String subject = String.format("p%03d", i / perSubject);
            out.add(new Sample("s" + i, i % classes, subject, subject + "/" + (i % 2)));
        }
        return out;
    }
}
