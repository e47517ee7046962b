package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osteon.core.io.VolumeReader;

/** The phantom reader as the extension registry sees it. */
class ContributionTest {

    @Test
    void kneeCtReaderIsContributed() throws Exception {
        IConfigurationElement e = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor("org.osteon.core.readers"))
                .filter(c -> "org.osteon.phantom.kneeCt".equals(c.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("org.osteon.phantom.kneeCt is not contributed"));
        assertEquals("phantom:knee-ct*", e.getAttribute("filePatterns"));
        assertEquals(KneeCtPhantomReader.class, ((VolumeReader) e.createExecutableExtension("class")).getClass());
    }
}
