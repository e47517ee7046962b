package org.osteon.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.Test;
import org.osteon.testing.Contributions;

/** plugin.xml contributes both reporters with classes that the registry can create. */
class ReporterContributionTest {

    @Test
    void bothReportersAreContributed() throws CoreException {
        Map<String, IConfigurationElement> ours = new TreeMap<>();
        for (IConfigurationElement e : Contributions.of("org.osteon.core.reporters", "org.osteon.reporting")) {
            ours.put(e.getAttribute("id"), e);
        }
        assertEquals(java.util.List.of("org.osteon.reporting.csv", "org.osteon.reporting.html"),
                java.util.List.copyOf(ours.keySet()));
        assertEquals("CSV tables", ours.get("org.osteon.reporting.csv").getAttribute("name"));
        assertEquals("results/<matrix>.csv for every result matrix",
                ours.get("org.osteon.reporting.csv").getAttribute("description"));
        assertInstanceOf(CsvReporter.class, ours.get("org.osteon.reporting.csv").createExecutableExtension("class"));
        assertInstanceOf(HtmlReporter.class, ours.get("org.osteon.reporting.html").createExecutableExtension("class"));
    }

    @Test
    void labelSlicesStepIsContributedWithItsPorts() throws CoreException {
        IConfigurationElement step = Contributions.element("org.osteon.core.steps", "org.osteon.reporting.labelSlices");
        assertInstanceOf(LabelSlicesStep.class, step.createExecutableExtension("class"));
        java.util.List<String> inputs = new java.util.ArrayList<>();
        for (IConfigurationElement in : step.getChildren("input")) {
            inputs.add(in.getAttribute("name") + ":" + in.getAttribute("type"));
        }
        assertEquals(java.util.List.of("volume:volume", "labels:labels"), inputs);
    }
}
