package org.osteon.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.Test;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.step.Step;
import static org.osteon.testing.Contributions.element;

/** The bundle's plugin.xml contributions, as the extension registry sees them. */
class ContributionTest {

    @Test
    void niftiReaderIsContributed() throws Exception {
        IConfigurationElement e = element("org.osteon.core.readers", "org.osteon.io.nifti");
        assertEquals("*.nii,*.nii.gz,*.hdr,*.img,*.img.gz", e.getAttribute("filePatterns"));
        assertEquals(NiftiReader.class, ((VolumeReader) e.createExecutableExtension("class")).getClass());
    }

    @Test
    void readVolumeStepIsContributed() throws Exception {
        IConfigurationElement e = element("org.osteon.core.steps", "org.osteon.io.readVolume");
        assertEquals("io", e.getAttribute("category"));
        Map<String, String> params = Arrays.stream(e.getChildren("parameter"))
                .collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("type")));
        assertEquals(Map.of("volume", "location", "labels", "file"), params);
        Map<String, String> outputs = Arrays.stream(e.getChildren("output"))
                .collect(Collectors.toMap(p -> p.getAttribute("name"), p -> p.getAttribute("type")));
        assertEquals(Map.of("volume", "volume", "labels", "labels"), outputs);
        assertNotNull((Step) e.createExecutableExtension("class"));
    }
}
