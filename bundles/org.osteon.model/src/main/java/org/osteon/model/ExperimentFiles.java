package org.osteon.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.osteon.model.internal.OsteonResourceFactory;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes experiments ({@code *.osteon}) and runs ({@code run.xmi}) as XMI.
 * <p>
 * Works the same inside Equinox and in plain Java: every call uses its own resource set in which the Osteon
 * package and the XMI resource factory are registered explicitly, so nothing depends on EMF's global registries
 * having been filled by the extension registry. Problems are reported as {@link ExperimentFileException} with a
 * one-line message naming the file and what was expected.
 */
public final class ExperimentFiles {

  /** File extension of experiment files. */
  public static final String EXPERIMENT_EXTENSION = "osteon";
  /** Name of the file that records a run inside its run folder. */
  public static final String RUN_FILE_NAME = "run.xmi";

  private static final String VERSIONED_NS_PREFIX = "http://osteon.org/model/experiment/";

  private ExperimentFiles() {
  }

  /**
   * A resource set that knows only the Osteon package and reads and writes {@code *.osteon} and {@code *.xmi}
   * files as Osteon XMI.
   */
  public static ResourceSet newResourceSet() {
    ResourceSet resourceSet = new ResourceSetImpl();
    // No delegation to the global registry: a file in any other namespace is rejected with a clear message.
    EPackage.Registry packages = new EPackageRegistryImpl();
    packages.put(OsteonPackage.eNS_URI, OsteonPackage.eINSTANCE);
    resourceSet.setPackageRegistry(packages);
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    OsteonResourceFactory factory = new OsteonResourceFactory();
    factories.put(EXPERIMENT_EXTENSION, factory);
    factories.put("xmi", factory);
    return resourceSet;
  }

  /** Reads the experiment stored in {@code file}. */
  public static Experiment loadExperiment(Path file) {
    return load(file, OsteonPackage.Literals.EXPERIMENT, Experiment.class, "experiment");
  }

  /** Reads the run recorded in {@code file}, usually a run folder's {@code run.xmi}. */
  public static Run loadRun(Path file) {
    return load(file, OsteonPackage.Literals.RUN, Run.class, "run");
  }

  /**
   * Writes {@code experiment} to {@code file}, replacing it. The file is written completely under a temporary
   * name first, then moved into place. {@code experiment} itself stays where it is (a copy is saved).
   */
  public static void save(Experiment experiment, Path file) {
    write(Objects.requireNonNull(experiment, "experiment"), file);
  }

  /** Writes {@code run} to {@code file} (usually {@code run.xmi}) the same way as {@link #save(Experiment, Path)}. */
  public static void save(Run run, Path file) {
    write(Objects.requireNonNull(run, "run"), file);
  }

  private static <T extends EObject> T load(Path file, EClass expected, Class<T> type, String what) {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new ExperimentFileException(file, capitalize(what) + " file not found: " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw new ExperimentFileException(file, "Expected an Osteon " + what + " file, found a folder: " + file);
    }
    ResourceSet resourceSet = newResourceSet();
    // The factory is chosen by us, not by the file's extension: an experiment may be named anything.
    Resource resource = new OsteonResourceFactory().createResource(fileUri(file));
    resourceSet.getResources().add(resource);
    try {
      resource.load(null);
    } catch (IOException | RuntimeException e) {
      throw loadFailure(file, what, expected, e);
    }
    if (resource.getContents().isEmpty()) {
      throw new ExperimentFileException(file, file + " contains no Osteon " + what + ": expected a root element "
          + qualifiedName(expected));
    }
    EObject root = resource.getContents().get(0);
    if (root.eClass().getEPackage() != OsteonPackage.eINSTANCE) {
      throw new ExperimentFileException(file, file + " is not an Osteon " + what + ": its XML namespace is '"
          + root.eClass().getEPackage().getNsURI() + "', expected '" + OsteonPackage.eNS_URI + "'");
    }
    if (root.eClass() != expected || resource.getContents().size() > 1) {
      throw new ExperimentFileException(file, file + " is not an Osteon " + what + ": its root element is "
          + qualifiedName(root.eClass()) + ", expected a single " + qualifiedName(expected));
    }
    return type.cast(root);
  }

  private static ExperimentFileException loadFailure(Path file, String what, EClass expected, Exception e) {
    PackageNotFoundException unknownPackage = find(e, PackageNotFoundException.class);
    if (unknownPackage != null) {
      String nsUri = unknownPackage.uri();
      if (nsUri == null || nsUri.isEmpty()) {
        return new ExperimentFileException(file, file + " is not an Osteon " + what
            + ": its root element has no XML namespace, expected " + qualifiedName(expected) + " in namespace '"
            + OsteonPackage.eNS_URI + "'", e);
      }
      if (nsUri.startsWith(VERSIONED_NS_PREFIX)) {
        return new ExperimentFileException(file, file + " was written for Osteon model version "
            + nsUri.substring(VERSIONED_NS_PREFIX.length()) + " (namespace '" + nsUri + "'); this version of Osteon reads '"
            + OsteonPackage.eNS_URI + "'", e);
      }
      return new ExperimentFileException(file, file + " is not an Osteon " + what + ": its XML namespace is '" + nsUri
          + "', expected '" + OsteonPackage.eNS_URI + "'", e);
    }
    SAXParseException notXml = find(e, SAXParseException.class);
    if (notXml != null) {
      return new ExperimentFileException(file, "Cannot read " + file + ": not an XML file (line "
          + notXml.getLineNumber() + ", column " + notXml.getColumnNumber() + ": " + oneLine(notXml.getMessage())
          + ")", e);
    }
    FeatureNotFoundException unknownFeature = find(e, FeatureNotFoundException.class);
    if (unknownFeature != null) {
      return new ExperimentFileException(file, "Cannot read " + file + ": unknown attribute or element '"
          + unknownFeature.getName() + "' at line " + unknownFeature.getLine() + ", not part of the Osteon model '"
          + OsteonPackage.eNS_URI + "'", e);
    }
    org.eclipse.emf.ecore.xmi.ClassNotFoundException unknownClass =
        find(e, org.eclipse.emf.ecore.xmi.ClassNotFoundException.class);
    if (unknownClass != null) {
      return new ExperimentFileException(file, "Cannot read " + file + ": unknown element type '"
          + unknownClass.getName() + "' at line " + unknownClass.getLine() + ", not part of the Osteon model '"
          + OsteonPackage.eNS_URI + "'", e);
    }
    XMIException xmi = find(e, XMIException.class);
    if (xmi != null) {
      return new ExperimentFileException(file, "Cannot read " + file + " as an Osteon " + what + " (line "
          + xmi.getLine() + "): " + oneLine(xmi.getMessage()), e);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new ExperimentFileException(file, "Cannot read " + file + ": " + oneLine(String.valueOf(root.getMessage())),
        e);
  }

  private static void write(EObject root, Path file) {
    Objects.requireNonNull(file, "file");
    ResourceSet resourceSet = newResourceSet();
    Resource resource = new OsteonResourceFactory().createResource(fileUri(file));
    resourceSet.getResources().add(resource);
    // A copy: adding the caller's object to a resource would take it out of its container (a Run's experiment).
    resource.getContents().add(EcoreUtil.copy(root));
    Path temporary = null;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      resource.save(bytes, null);
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
      Files.write(temporary, bytes.toByteArray());
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException | RuntimeException e) {
      throw new ExperimentFileException(file, "Cannot write " + file + ": " + oneLine(String.valueOf(e.getMessage())),
          e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the original failure is what the user needs to see
        }
      }
    }
  }

  private static URI fileUri(Path file) {
    return URI.createFileURI(file.toAbsolutePath().normalize().toString());
  }

  private static <E> E find(Throwable failure, Class<E> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String qualifiedName(EClass eClass) {
    return eClass.getEPackage().getNsPrefix() + ":" + eClass.getName();
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
