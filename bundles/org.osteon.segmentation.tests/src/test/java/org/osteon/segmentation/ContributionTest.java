package org.osteon.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.Test;
import org.osteon.core.step.Step;
import org.osteon.segmentation.internal.KneeBonesStep;
import org.osteon.testing.Contributions;

/** The knee bone step as the extension registry sees it, with defaults the builder also uses. */
class ContributionTest {

    @Test
    void kneeBonesStepIsContributed() throws Exception {
        IConfigurationElement e = Contributions.element("org.osteon.core.steps", "org.osteon.segmentation.kneeBones");
        assertEquals("segmentation", e.getAttribute("category"));
        Map<String, String> defaults = new LinkedHashMap<>();
        for (IConfigurationElement p : e.getChildren("parameter")) {
            defaults.put(p.getAttribute("name"), p.getAttribute("default"));
        }
        KneeBoneSegmenter d = KneeBoneSegmenter.builder().build();
        assertEquals(Double.toString(d.boneThreshold()), Double.toString(Double.parseDouble(defaults.get("boneThreshold"))));
        assertEquals(d.closingIterations(), Integer.parseInt(defaults.get("closingIterations")));
        assertEquals(d.markerMinDistance(), Double.parseDouble(defaults.get("markerMinDistance")));
        assertEquals(d.maxDetachedFraction(), Double.parseDouble(defaults.get("maxDetachedFraction")));
        assertEquals(d.sizeFilter().defaultMinSize(), Integer.parseInt(defaults.get("minSize")));
        assertEquals(d.femurAt().id(), defaults.get("femurAt"));
        assertEquals("", defaults.get("minSizePerSlabs"));
        assertEquals(7, defaults.size());
        assertEquals("volume", e.getChildren("input")[0].getAttribute("type"));
        assertEquals("labels", e.getChildren("input")[1].getAttribute("name"));
        assertEquals("true", e.getChildren("input")[1].getAttribute("optional"));
        assertEquals("labels", e.getChildren("output")[0].getAttribute("type"));
        assertEquals(KneeBonesStep.class, ((Step) e.createExecutableExtension("class")).getClass());
    }
}
