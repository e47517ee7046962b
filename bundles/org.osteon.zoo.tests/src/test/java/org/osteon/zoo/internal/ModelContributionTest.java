package org.osteon.zoo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;


import org.eclipse.core.runtime.IConfigurationElement;
import org.junit.jupiter.api.Test;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.testing.Contributions;

/** The zoo's plugin.xml contributes DenseNet121 to the models extension point with the declared attributes. */
class ModelContributionTest {

    @Test
    void denseNet121IsContributed() throws Exception {
        // declared by org.osteon.dl beside NetworkFactory; exactly one contribution with this id
        IConfigurationElement model = Contributions.element("org.osteon.dl.models", "org.osteon.zoo.densenet121");
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
