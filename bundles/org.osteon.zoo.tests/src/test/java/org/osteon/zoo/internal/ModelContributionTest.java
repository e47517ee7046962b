package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.zoo.CnnFactory;

/** The zoo's plugin.xml contributes DenseNet121 to the models extension point with the declared attributes. */
class ModelContributionTest {

    @Test
    void denseNet121IsContributed() throws Exception {
        List<IConfigurationElement> models = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor("org.osteon.dl.models"))
                .filter(e -> "org.osteon.zoo.densenet121".equals(e.getAttribute("id"))).toList();
        assertEquals(1, models.size());
        IConfigurationElement model = models.get(0);
        assertEquals("org.osteon.zoo", model.getContributor().getName());
        assertEquals("DenseNet121", model.getAttribute("name"));
        assertEquals("2", model.getAttribute("spatialDims"));
        assertEquals("classification,features", model.getAttribute("tasks"));
        assertEquals("torchvision", model.getAttribute("weightNaming"));
        NetworkFactory factory = assertInstanceOf(NetworkFactory.class, model.createExecutableExtension("class"));
        assertEquals("densenet121", factory.id());
        assertEquals(2, factory.spatialDims());
    }

    @ParameterizedTest
    @CsvSource({"org.osteon.zoo.densenet169,DenseNet169,densenet169,1664", "org.osteon.zoo.resnet50,ResNet50,resnet50,2048"})
    void cnnsWithHeadsAreContributed(String id, String name, String factoryId, int featureChannels) throws Exception {
        List<IConfigurationElement> models = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor("org.osteon.dl.models"))
                .filter(e -> id.equals(e.getAttribute("id"))).toList();
        assertEquals(1, models.size());
        IConfigurationElement model = models.get(0);
        assertEquals(name, model.getAttribute("name"));
        assertEquals("2", model.getAttribute("spatialDims"));
        assertEquals("classification,features,embedding,regression", model.getAttribute("tasks"));
        assertEquals("torchvision", model.getAttribute("weightNaming"));
        CnnFactory factory = assertInstanceOf(CnnFactory.class, model.createExecutableExtension("class"));
        assertEquals(factoryId, factory.id());
        assertEquals(featureChannels, factory.featureChannels());
    }
}
