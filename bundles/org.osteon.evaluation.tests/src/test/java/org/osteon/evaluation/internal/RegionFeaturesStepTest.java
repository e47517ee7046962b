package org.osteon.evaluation.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.evaluation.RegionFeatures;
import org.osteon.evaluation.internal.RegionFeaturesStep.Region;

class RegionFeaturesStepTest {

    @Test
    void regionsParseWithRest() {
        List<Region> r = RegionFeaturesStep.parseRegions("tibia=2, femur=1,background=*", "features");
        assertEquals(List.of(new Region("tibia", (short) 2), new Region("femur", (short) 1),
                new Region("background", null)), r);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegionFeaturesStep.parseRegions("tibia=x", "features"));
        assertTrue(e.getMessage().contains("label 'x' is not an integer"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> RegionFeaturesStep.parseRegions("a=*,b=*", "features"));
    }

    @Test
    void restRegionIsEverythingElse() {
        LabelMap labels = new LabelMap(new GridSize(5, 1, 1), Geometry.unit(), new short[] {0, 1, 2, 3, 1});
        List<Region> r = RegionFeaturesStep.parseRegions("tibia=2,femur=1,background=*", "s");
        Map<Region, boolean[]> m = RegionFeaturesStep.masks(r, labels);
        assertArrayEquals(new boolean[] {false, false, true, false, false}, m.get(r.get(0)));
        assertArrayEquals(new boolean[] {false, true, false, false, true}, m.get(r.get(1)));
        assertArrayEquals(new boolean[] {true, false, false, true, false}, m.get(r.get(2)), "label 3 is background");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RegionFeaturesStep.masks(RegionFeaturesStep.parseRegions("x=9", "s"), labels));
        assertTrue(e.getMessage().contains("region 'x' is empty"), e.getMessage());
    }

    @Test
    void featuresCsvHasOneRowPerRegionAndLayer(@TempDir Path dir) throws Exception {
        RegionFeatures f = new RegionFeatures("m", List.of(
                new RegionFeatures.Entry("tibia", "last", "a.conv", new float[] {1.5f, -2f}),
                new RegionFeatures.Entry("femur", "last", "a.conv", new float[] {0.25f, 3f})));
        Path csv = dir.resolve("features.csv");
        RegionFeaturesStep.write(f, csv);
        assertEquals(List.of("region,layer,module,f0,f1", "tibia,last,a.conv,1.5,-2.0", "femur,last,a.conv,0.25,3.0"),
                Files.readAllLines(csv));
    }
}
