package org.osteon.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osteon.testing.app.OsteonCommand;
import org.osteon.testing.app.OsteonCommand.Result;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** osteon bench train: what it reports is consistent (no timing is asserted), and its bad options. */
class BenchCommandTest {

    @Test
    void jsonHoldsTheMedianOfTheTimedStepsAndThePeakMemory() {
        Result r = OsteonCommand.run("bench", "train", "--model", "org.osteon.zoo.densenet121", "--size", "32",
                "--batch", "2", "--steps", "3", "--json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = JsonParser.parseString(r.out().strip()).getAsJsonObject();
        assertEquals("org.osteon.zoo.densenet121", o.get("model").getAsString());
        assertEquals(3, o.get("steps").getAsInt());
        double[] steps = new double[3];
        for (int i = 0; i < 3; i++) {
            steps[i] = o.getAsJsonArray("step_s").get(i).getAsDouble();
            assertTrue(steps[i] > 0, "a step takes time");
        }
        double[] sorted = steps.clone();
        Arrays.sort(sorted);
        assertEquals(sorted[1], o.get("median_step_s").getAsDouble(), 0.0);
        // the JVM heap alone is more than 16 MiB
        assertTrue(o.get("peak_rss_mib").getAsLong() > 16, o.toString());
    }

    @Test
    void missingModelAndBadNumbersAreUsageErrors() {
        Result noModel = OsteonCommand.run("bench", "train");
        assertEquals(2, noModel.status());
        assertTrue(noModel.err().contains("needs --model ID"), noModel.err());
        Result unknown = OsteonCommand.run("bench", "train", "--model", "org.example.none");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown model id 'org.example.none'"), unknown.err());
        Result steps = OsteonCommand.run("bench", "train", "--model", "org.osteon.zoo.densenet121", "--steps", "0");
        assertEquals(2, steps.status());
        assertTrue(steps.err().contains("option --steps expects a positive whole number"), steps.err());
        Result small = OsteonCommand.run("bench", "train", "--model", "org.osteon.zoo.densenet121", "--size", "8");
        assertEquals(2, small.status());
        assertTrue(small.err().contains("--size >= 32"), small.err());
    }
}
