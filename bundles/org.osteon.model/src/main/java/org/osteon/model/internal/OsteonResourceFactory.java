package org.osteon.model.internal;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Creates the XMI resources that hold experiments ({@code *.osteon}) and runs ({@code run.xmi}), with save options
 * that keep the files stable and readable under version control: UTF-8, one element per line, '\n' line ends,
 * no schema location.
 */
public class OsteonResourceFactory extends XMIResourceFactoryImpl {

  private static final Map<Object, Object> SAVE_OPTIONS = Map.of(
      XMLResource.OPTION_ENCODING, "UTF-8",
      XMLResource.OPTION_LINE_DELIMITER, "\n",
      XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);

  @Override
  public Resource createResource(URI uri) {
    XMIResourceImpl resource = new XMIResourceImpl(uri);
    resource.setEncoding("UTF-8");
    resource.getDefaultSaveOptions().putAll(SAVE_OPTIONS);
    return resource;
  }
}
