package org.osteon.methods.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.methods.TinyResNetFactory;
import org.osteon.testing.dl.TestEngines;
import org.osteon.zoo.Cnn;
import org.osteon.zoo.Heads;

/**
 * The body-part step's {@code freeze} on a ResNet with a new head: {@code backbone}, {@code none}, a top-level module
 * (everything up to it, parameterless modules left out), an unknown name refused listing the modules; and the saved
 * state dict's head under torchvision's {@code fc}.
 */
class TransferTest {

    @Test
    void freezeNamesTheTopLevelModulesUpToTheGivenOne() {
        try (TensorScope scope = TestEngines.engine().newScope()) {
            Cnn cnn = (Cnn) new TinyResNetFactory().create(scope, 1, Heads.classifier(3)).root();
            assertEquals(List.of("conv1", "bn1", "layer1", "layer2", "layer3", "layer4"), Transfer.frozenPrefixes(cnn, "backbone", "freeze"));
            assertEquals(List.of(), Transfer.frozenPrefixes(cnn, "none", "freeze"));
            assertEquals(List.of("conv1", "bn1", "layer1", "layer2", "layer3"), Transfer.frozenPrefixes(cnn, "layer3", "freeze"));
            assertEquals(List.of("conv1", "bn1"), Transfer.frozenPrefixes(cnn, "maxpool", "freeze"), "relu and maxpool have no parameters");
            String m = assertThrows(InvalidInputException.class, () -> Transfer.frozenPrefixes(cnn, "layer9", "freeze")).getMessage();
            assertTrue(m.startsWith("parameter freeze is 'layer9'; expected backbone, none, or a top-level module of the backbone: conv1, bn1,"), m);
            assertTrue(m.contains("layer4") && !m.contains("classifier"), "the head is not part of the backbone: " + m);

            Map<String, Tensor> saved = Transfer.torchvisionNames(cnn);
            assertEquals(List.of(3L, 2048L), List.of(saved.get("fc.weight").dim(0), saved.get("fc.weight").dim(1)));
            assertTrue(saved.containsKey("fc.bias") && saved.containsKey("layer4.0.conv1.weight"), saved.keySet().toString());
            assertFalse(saved.keySet().stream().anyMatch(k -> k.startsWith("classifier.")), saved.keySet().toString());
        }
    }
}
