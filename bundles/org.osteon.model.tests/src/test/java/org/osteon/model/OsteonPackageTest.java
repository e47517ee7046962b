package org.osteon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;

class OsteonPackageTest {

  @Test
  void namespaceIsVersioned() {
    assertEquals("http://osteon.org/model/experiment/1.0", OsteonPackage.eNS_URI);
    assertEquals("osteon", OsteonPackage.eNS_PREFIX);
  }

  @Test
  void generatedPackageIsRegisteredThroughPluginXml() {
    // Inside Equinox the org.eclipse.emf.ecore.generated_package extension fills the global registry.
    assertSame(OsteonPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(OsteonPackage.eNS_URI));
  }

  @Test
  void confidenceBoundsAreUnsettableAndListsAreContainment() {
    EAttribute lower = OsteonPackage.Literals.CELL__LOWER;
    assertTrue(lower.isUnsettable());
    assertTrue(OsteonPackage.Literals.CELL__UPPER.isUnsettable());
    EReference experiment = OsteonPackage.Literals.RUN__EXPERIMENT;
    assertTrue(experiment.isContainment());
    assertEquals(1, experiment.getUpperBound());
    assertTrue(OsteonPackage.Literals.STEP__INPUTS.isContainment());
    assertEquals(-1, OsteonPackage.Literals.EXPERIMENT__REPORTERS.getUpperBound());
    assertEquals(5, RunStatus.VALUES.size());
  }
}
