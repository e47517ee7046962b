package org.osteon.core.internal.registry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osteon.core.dataset.Dataset;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.dataset.Sample;

/** Fixture dataset reader contributed by this test bundle: two images of one subject. */
public class FixtureDatasetReader implements DatasetReader {

    @Override
    public Dataset read(Path root, Map<String, String> options) {
        Path r = root.toAbsolutePath();
        return new Dataset("fixture", r, "org.osteon.core.tests.fixtureDataset", List.of(
                new Sample("a", "s1", "train", r.resolve("a.png"), Map.of("y", 1.0), Map.of()),
                new Sample("b", "s1", "train", r.resolve("b.png"), Map.of("y", 0.0), Map.of())));
    }

    @Override
    public boolean recognizes(Path root) {
        return root.getFileName() != null && root.getFileName().toString().equals("fixture-data");
    }
}
