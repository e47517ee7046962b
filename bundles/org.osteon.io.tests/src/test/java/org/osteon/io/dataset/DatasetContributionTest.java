package org.osteon.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osteon.core.dataset.DatasetReader;

/** The four dataset readers are contributed as {@code <datasetReader>} elements with their classes. */
class DatasetContributionTest {

    @Test
    void datasetReadersAreContributed() throws Exception {
        var registry = RegistryFactory.getRegistry();
        assertNotNull(registry, "extension registry");
        Map<String, IConfigurationElement> byId = Arrays.stream(registry.getConfigurationElementsFor(
                "org.osteon.core.readers")).filter(e -> e.getName().equals("datasetReader"))
                .collect(Collectors.toMap(e -> e.getAttribute("id"), e -> e));
        Map<String, Class<?>> expected = Map.of(MuraReader.ID, MuraReader.class, KneelReader.ID, KneelReader.class,
                BoneAgeReader.ID, BoneAgeReader.class, SegmentationReader.ID, SegmentationReader.class,
                ImageFolderReader.ID, ImageFolderReader.class);
        assertEquals(expected.keySet(), byId.keySet());
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), ((DatasetReader) byId.get(e.getKey()).createExecutableExtension("class")).getClass());
        }
    }
}
