package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.osteon.testing.dl.ScopedTest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;
import org.osteon.dl.Tensor;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;

/**
 * Every state-dict name, in torchvision's order, with its shape, and the parameter count of each zoo CNN,
 * against torchvision 0.14's own models (data/torchvision-state-dicts.txt.gz, written by
 * releng/parity/zoo_state_dicts.py).
 */
class TorchvisionStateDictTest extends ScopedTest {

    /** One model of the reference file: its parameter count and "name shape" lines in order. */
    record Reference(long parameters, List<String> entries) {
    }


    static Map<String, Reference> references() throws IOException {
        return references("data/torchvision-state-dicts.txt.gz");
    }

    /** The models of one reference file written by releng/parity/zoo_state_dicts.py, by name. */
    static Map<String, Reference> references(String entry) throws IOException {
        URL url = FrameworkUtil.getBundle(TorchvisionStateDictTest.class).getEntry(entry);
        assertTrue(url != null, entry + " is missing from the test bundle");
        Map<String, Reference> out = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(url.openStream());
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String model = null;
            long count = 0;
            List<String> entries = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("model ")) {
                    if (model != null) {
                        out.put(model, new Reference(count, List.copyOf(entries)));
                    }
                    String[] f = line.split(" ");
                    model = f[1];
                    count = Long.parseLong(f[2]);
                    entries.clear();
                } else if (!line.isBlank()) {
                    entries.add(line.strip());
                }
            }
            out.put(model, new Reference(count, List.copyOf(entries)));
        }
        return out;
    }

    /** "name shape" as the reference writes it: dims joined by commas, nothing after a scalar's name. */
    static List<String> describe(Network net) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : net.stateDict().entrySet()) {
            long[] s = e.getValue().shape();
            out.add(e.getKey() + (s.length == 0 ? "" : " " + Arrays.stream(s).mapToObj(Long::toString).collect(Collectors.joining(","))));
        }
        return out;
    }

    static NetworkFactory factory(String model) {
        return switch (model) {
            case "densenet121" -> new DenseNet121Factory();
            case "densenet169" -> new DenseNet169Factory();
            case "resnet50" -> new ResNet50Factory();
            default -> throw new IllegalArgumentException(model);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"densenet121", "densenet169", "resnet50"})
    void namesShapesOrderAndParameterCountAreTorchvisions(String model) throws IOException {
        Reference ref = references().get(model);
        assertTrue(ref != null, "no reference for " + model);
        assertSameStateDict(model, ref, factory(model).create(scope, 0));
    }

    /** The parameter count and every "name shape" entry, in order, equal the reference's. */
    static void assertSameStateDict(String model, Reference ref, Network net) {
        assertEquals(ref.parameters(), net.parameterCount(), model + " parameter count");
        List<String> actual = describe(net);
        for (int i = 0; i < Math.min(actual.size(), ref.entries().size()); i++) {
            assertEquals(ref.entries().get(i), actual.get(i), model + " state-dict entry " + i);
        }
        assertEquals(ref.entries().size(), actual.size(), model + " state-dict size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"densenet169", "resnet50"})
    void issueParameterCounts(String model) {
        long expected = model.equals("densenet169") ? 14_149_480L : 25_557_032L;
        assertEquals(expected, factory(model).create(scope, 0).parameterCount());
    }
}
