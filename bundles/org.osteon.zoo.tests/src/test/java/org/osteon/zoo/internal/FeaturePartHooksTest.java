package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.osteon.testing.dl.ScopedTest;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.Network;

/**
 * The knee experiment's selectors (last, third-last, fifth-last) count the convolutions of each network's
 * feature part in module order, the same before and after inflation.
 */
class FeaturePartHooksTest extends ScopedTest {

    @ParameterizedTest
    @CsvSource({
        "densenet121, features.denseblock4.denselayer16.conv2, features.denseblock4.denselayer15.conv2, features.denseblock4.denselayer14.conv2, 120",
        "densenet169, features.denseblock4.denselayer32.conv2, features.denseblock4.denselayer31.conv2, features.denseblock4.denselayer30.conv2, 168",
        "resnet50, layer4.2.conv3, layer4.2.conv1, layer4.1.conv2, 53"})
    void selectorsNameTheFeaturePartsConvolutions(String model, String last, String thirdLast, String fifthLast, int convolutions) {
        Network features = TorchvisionStateDictTest.factory(model).createFeatureExtractor(scope, 0);
        for (Network net : List.of(features, Inflation.inflate(features, scope))) {
            assertEquals(convolutions, LayerFeatures.convolutions(net.root()).size());
            assertEquals(last, LayerFeatures.resolve(net.root(), "last").name());
            assertEquals(thirdLast, LayerFeatures.resolve(net.root(), "third-last").name());
            assertEquals(fifthLast, LayerFeatures.resolve(net.root(), "fifth-last").name());
        }
    }
}
