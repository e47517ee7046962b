package org.osteon.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.metric.ClassificationMetric;
import org.osteon.core.metric.LabelMetric;
import org.osteon.core.metric.LandmarkMetric;
import org.osteon.core.metric.RegressionMetric;

/** Regression, landmark and overlap metrics by hand; the contributions of plugin.xml. */
class OtherMetricsTest {

    @Test
    void maeAndRmseByHandOverTwoBatches() {
        MaeMetric mae = new MaeMetric();
        RmseMetric rmse = new RmseMetric();
        for (RegressionMetric m : List.of(mae, rmse)) {
            m.update(new double[] {10, 12}, new double[] {11, 12});
            m.update(new double[] {7, 0}, new double[] {4, 2});
        }
        // errors -1, 0, 3, -2
        assertEquals(6.0 / 4, mae.aggregate().value(), 1e-15);
        assertEquals(Math.sqrt(14.0 / 4), rmse.aggregate().value(), 1e-15);
        mae.reset();
        mae.update(new double[] {1}, new double[] {3});
        assertEquals(2.0, mae.aggregate().value(), 1e-15);
    }

    @Test
    void pckCountsLandmarksWithinEachRadiusInclusive() {
        PckMetric pck = new PckMetric(1, 2.5);
        // distances 0.6, 1.0 (on the radius), 2.5 (3-4-5 scaled by 0.5), 5.0
        pck.update(new double[][] {{0.6, 0}, {1, 1}}, new double[][] {{0, 0}, {1, 2}});
        pck.update(new double[][] {{1.5, 2}, {0, 0, 5}}, new double[][] {{0, 0}, {0, 0, 0}});
        Map<String, Double> c = pck.aggregate().columns();
        assertEquals(List.of("pck@1mm", "pck@2.5mm"), List.copyOf(c.keySet()));
        assertEquals(2.0 / 4, c.get("pck@1mm"), 1e-15);
        assertEquals(3.0 / 4, c.get("pck@2.5mm"), 1e-15);
        assertEquals(List.of("pck@1mm", "pck@1.5mm", "pck@2mm", "pck@2.5mm"), List.copyOf(
                fed(new PckMetric()).aggregate().columns().keySet()));
        assertThrows(IllegalArgumentException.class, () -> new PckMetric(0));
    }

    private static LandmarkMetric fed(LandmarkMetric m) {
        m.update(new double[][] {{0, 0}}, new double[][] {{0, 0}});
        return m;
    }

    @Test
    void diceAndIouOfKnownMaps() {
        GridSize size = new GridSize(5, 1, 1);
        LabelMap a = new LabelMap(size, Geometry.unit(), new short[] {1, 1, 1, 0, 2});
        LabelMap b = new LabelMap(size, Geometry.unit(), new short[] {0, 1, 1, 1, 2});
        // label 1: |A| 3, |B| 3, both 2, union 4
        assertEquals(4.0 / 6, new DiceCoefficient().compute(a, b, 1), 1e-15);
        assertEquals(2.0 / 4, new IntersectionOverUnion().compute(a, b, 1), 1e-15);
        assertEquals(1.0, new IntersectionOverUnion().compute(a, b, 2), 1e-15);
        assertEquals(1.0, new IntersectionOverUnion().compute(a, b, 9), 1e-15);
    }

    @Test
    void everyMetricIsContributedWithItsKind() throws Exception {
        Map<String, IConfigurationElement> ours = new TreeMap<>();
        for (IConfigurationElement e : RegistryFactory.getRegistry().getConfigurationElementsFor("org.osteon.core.metrics")) {
            if ("org.osteon.evaluation".equals(e.getContributor().getName())) {
                ours.put(e.getAttribute("id").substring("org.osteon.evaluation.".length()), e);
            }
        }
        assertEquals(List.of("accuracy", "auroc", "confusionMatrix", "cosine", "dice", "error", "iou", "kappa", "mae",
                "pck", "pixel-accuracy", "rmse", "sensitivity", "specificity"), List.copyOf(ours.keySet()));
        Map<String, Class<?>> kinds = Map.of("classificationMetric", ClassificationMetric.class, "regressionMetric",
                RegressionMetric.class, "landmarkMetric", LandmarkMetric.class, "labelMetric", LabelMetric.class,
                "vectorMetric", org.osteon.core.metric.VectorMetric.class);
        for (IConfigurationElement e : ours.values()) {
            Object created = e.createExecutableExtension("class");
            Class<?> expected = kinds.get(e.getName());
            assertEquals(true, expected.isInstance(created), e.getAttribute("id") + " is a " + created.getClass());
        }
        assertEquals("classificationMetric", ours.get("kappa").getName());
        assertEquals("regressionMetric", ours.get("rmse").getName());
        assertEquals("landmarkMetric", ours.get("pck").getName());
    }
}
