package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.testing.dl.ScopedTest;
import org.osteon.zoo.UNet;
import org.osteon.zoo.internal.TorchvisionStateDictTest.Reference;

/**
 * The networks built from published code other than torchvision's, against PyTorch builds of that code
 * (data/published-state-dicts.txt.gz, written by releng/parity/zoo_state_dicts.py --published from
 * releng/parity/published_networks.py): every state-dict name in PyTorch's order with its shape, and the
 * parameter count; and their contributions to the models extension point.
 */
class PublishedStateDictTest extends ScopedTest {

    static NetworkFactory factory(String model) {
        return switch (model) {
            case "kneel" -> new KneelFactory();
            case "kneel-roi" -> new KneelRoiFactory();
            case "kneel-prefix" -> new KneelPrefixFactory();
            case "unet" -> new UNetFactory();
            case "unet-bilinear" -> new UNetFactory(3, 2, true);
            default -> throw new IllegalArgumentException(model);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"kneel", "kneel-roi", "kneel-prefix", "unet", "unet-bilinear"})
    void namesShapesOrderAndParameterCountAreThePublishedCodes(String model) throws IOException {
        Reference ref = TorchvisionStateDictTest.references("data/published-state-dicts.txt.gz").get(model);
        assertTrue(ref != null, "no reference for " + model);
        TorchvisionStateDictTest.assertSameStateDict(model, ref, factory(model).create(scope, 0));
    }

    @ParameterizedTest
    @CsvSource({"kneel,4252432", "kneel-prefix,6266992"})
    void kneelParameterCounts(String model, long expected) {
        assertEquals(expected, factory(model).create(scope, 0).parameterCount());
    }

    /**
     * The segmentation step's {@code UNet(n_channels=1, n_classes=1, bilinear=False)}, built as the step builds it,
     * against the PyTorch build of {@code UNet(3, 2)}: the same names in the same order and the same shapes but for
     * the first convolution's input channels and the output convolution's classes, so 2 x 64 x 3 x 3 + 64 + 1 = 1217
     * parameters fewer.
     */
    @Test
    void oneChannelOneClassUNetIsThePublishedOneWithItsEndsResized() throws IOException {
        Reference published = TorchvisionStateDictTest.references("data/published-state-dicts.txt.gz").get("unet");
        List<String> entries = published.entries().stream().map(e -> switch (e) {
            case "inc.double_conv.0.weight 64,3,3,3" -> "inc.double_conv.0.weight 64,1,3,3";
            case "outc.conv.weight 2,64,1,1" -> "outc.conv.weight 1,64,1,1";
            case "outc.conv.bias 2" -> "outc.conv.bias 1";
            default -> e;
        }).toList();
        assertEquals(3, entries.stream().filter(e -> !published.entries().contains(e)).count(), "the three resized entries");
        Reference expected = new Reference(published.parameters() - 2 * 64 * 3 * 3 - 64 - 1, entries);
        assertEquals(31_036_481L, expected.parameters());
        TorchvisionStateDictTest.assertSameStateDict("UNet(1, 1)", expected, new Network("org.osteon.zoo.unet", new UNet(scope, 1, 1, false)));
    }

    /** The fix of 2019-07-18 changed the inner levels' blocks, and with them the names KNEEL's snapshots hold. */
    @Test
    void innerHourglassBlocksBeforeAndAfterTheFix() {
        Network fixed = new KneelFactory().create(scope, 0);
        Network prefix = new KneelPrefixFactory().create(scope, 0);
        assertTrue(fixed.stateDict().containsKey("hourglass.lower4.lower1.scale1.0.weight"));
        assertTrue(prefix.stateDict().containsKey("hourglass.lower4.lower1.bottleneck.0.weight"));
        assertTrue(prefix.stateDict().containsKey("hourglass.lower1.scale1.0.weight"), "the outermost level keeps multi-scale blocks");
        assertTrue(fixed.stateDict().keySet().stream().noneMatch(k -> k.contains("bottleneck")));
    }

    @ParameterizedTest
    @CsvSource({"org.osteon.zoo.kneel,kneel,landmarks,kneel", "org.osteon.zoo.kneel-roi,kneel-roi,landmarks,kneel",
            "org.osteon.zoo.kneel-prefix,kneel-prefix,landmarks,kneel", "org.osteon.zoo.unet,unet,segmentation,milesial"})
    void contributed(String id, String factoryId, String tasks, String weightNaming) throws Exception {
        List<IConfigurationElement> models = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor("org.osteon.dl.models"))
                .filter(e -> id.equals(e.getAttribute("id"))).toList();
        assertEquals(1, models.size());
        IConfigurationElement model = models.get(0);
        assertEquals("2", model.getAttribute("spatialDims"));
        assertEquals(tasks, model.getAttribute("tasks"));
        assertEquals(weightNaming, model.getAttribute("weightNaming"));
        NetworkFactory factory = assertInstanceOf(NetworkFactory.class, model.createExecutableExtension("class"));
        assertEquals(factoryId, factory.id());
    }
}
