package org.osteon.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.osteon.core.io.Location;
import org.osteon.core.step.ParameterSpec;
import org.osteon.core.step.ParameterType;

class ParameterSpecTest {

    private static ParameterSpec spec(ParameterType t, Double min, Double max, boolean required) {
        return new ParameterSpec("p", t, "", required, min == null ? OptionalDouble.empty() : OptionalDouble.of(min),
                max == null ? OptionalDouble.empty() : OptionalDouble.of(max), List.of("a", "b"), "");
    }

    @Test
    void rangesParseAndCheckOrder() {
        assertArrayEquals(new double[] {-1000, 2000}, ParameterSpec.parseRange("-1000..2000"));
        assertArrayEquals(new double[] {-1.5, 3}, ParameterSpec.parseRange(" -1.5 , 3 "));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.parseRange("5..1"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpec.parseRange("5"));
        assertEquals("expected a range lo..hi with lo < hi, got '3..3'",
                spec(ParameterType.RANGE, null, null, false).check("3..3").orElseThrow());
    }

    @Test
    void boundsAndTypesAreChecked() {
        ParameterSpec integer = spec(ParameterType.INTEGER, 1.0, 5.0, true);
        assertEquals("expected an integer in [1, 5], got 7", integer.check("7").orElseThrow());
        assertTrue(integer.check("x").isPresent());
        assertTrue(integer.check("3").isEmpty());
        assertTrue(integer.check("").orElseThrow().startsWith("a value is required"));
        assertEquals("expected one of a, b, got 'c'", spec(ParameterType.CHOICE, null, null, false).check("c").orElseThrow());
        assertTrue(spec(ParameterType.BOOLEAN, null, null, false).check("yes").isPresent());
        assertEquals(List.of("last", "third-last"), ParameterSpec.parseList("last, third-last,,"));
    }

    @Test
    void locationsTellSchemesFromFiles() {
        assertEquals("phantom", new Location("phantom:knee-ct?seed=3").scheme().orElseThrow());
        assertTrue(new Location("/tmp/a:b/x.nii").scheme().isEmpty());
        assertTrue(new Location("C:x.nii").scheme().isEmpty());
        assertEquals("x.nii.gz", new Location("data/x.nii.gz").name());
    }
}
