package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osteon.dl.nn.NetworkFactory;

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
}
