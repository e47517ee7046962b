package org.osteon.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.Test;
import org.osteon.core.io.VolumeReader;
import org.osteon.testing.Contributions;

/** The phantom reader as the extension registry sees it. */
class ContributionTest {

    @Test
    void kneeCtReaderIsContributed() throws Exception {
        IConfigurationElement e = Contributions.element("org.osteon.core.readers", "org.osteon.phantom.kneeCt");
        assertEquals("phantom:knee-ct*", e.getAttribute("filePatterns"));
        assertEquals(KneeCtPhantomReader.class, ((VolumeReader) e.createExecutableExtension("class")).getClass());
    }
}
