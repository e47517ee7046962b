package org.osteon.releng.emfcodegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model code generator outside Eclipse on a model bundle's .genmodel.
 * <p>
 * The bundle's {@code model/} folder is copied into a work folder that stands in for the workspace project
 * ({@code platform:/resource/<bundle name>/}), so generation never touches the bundle itself. The fresh
 * {@code src-gen/} is then either compared with the committed one ({@code --mode=check}, the default build)
 * or copied over it ({@code --mode=write}, the {@code regenerate-model} profile).
 * <p>
 * Arguments: {@code --bundle=<model bundle folder> --genmodel=<path inside it> --work=<scratch folder>
 * [--mode=check|write]}.
 */
public final class GenerateModel {

  private static final String SRC_GEN = "src-gen";
  private static final String REGENERATE_COMMAND = "./mvnw -Pregenerate-model -pl releng/emf-codegen process-classes";

  private GenerateModel() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = parse(args);
    Path bundle = Path.of(require(options, "bundle")).toAbsolutePath().normalize();
    String genModelPath = require(options, "genmodel");
    Path work = Path.of(require(options, "work")).toAbsolutePath().normalize();
    String mode = options.getOrDefault("mode", "check");
    if (!mode.equals("check") && !mode.equals("write")) {
      throw new IllegalArgumentException("--mode must be 'check' or 'write', was '" + mode + "'");
    }

    String projectName = bundle.getFileName().toString();
    Path project = work.resolve(projectName);
    deleteTree(project);
    copyTree(bundle.resolve("model"), project.resolve("model"));

    generate(projectName, project, genModelPath);

    Path fresh = project.resolve(SRC_GEN);
    if (!Files.isDirectory(fresh) || listFiles(fresh).isEmpty()) {
      throw new IllegalStateException("EMF generated no code from " + genModelPath
          + " (is the genmodel's modelDirectory /" + projectName + "/" + SRC_GEN + "?)");
    }
    Path committed = bundle.resolve(SRC_GEN);
    if (mode.equals("write")) {
      deleteTree(committed);
      copyTree(fresh, committed);
      System.out.println("[emf-codegen] wrote " + listFiles(committed).size() + " files to " + committed);
      return;
    }
    List<String> differences = compare(fresh, committed);
    if (!differences.isEmpty()) {
      String message = projectName + "/" + SRC_GEN + " differs from the code generated from " + genModelPath + ":\n  "
          + String.join("\n  ", differences) + "\n"
          + SRC_GEN + " is generated from " + genModelPath + ": do not edit it; change the model and run `"
          + REGENERATE_COMMAND + "`";
      System.err.println("[emf-codegen] " + message);
      throw new IllegalStateException(message);
    }
    System.out.println("[emf-codegen] " + projectName + "/" + SRC_GEN + " is up to date with " + genModelPath);
  }

  private static void generate(String projectName, Path project, String genModelPath) {
    URI projectUri = URI.createFileURI(project.toString() + "/");
    // The genmodel names its output folder as a workspace path (/org.osteon.model/src-gen): map the workspace
    // project onto the work folder, both globally (used by the generator's own URI converter) and locally.
    EcorePlugin.getPlatformResourceMap().put(projectName, projectUri);
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getURIConverter().getURIMap()
        .put(URI.createPlatformResourceURI("/" + projectName + "/", false), projectUri);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
        .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

    // Without this registration the generator finds no adapter, reports OK and writes nothing.
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
        GenModelGeneratorAdapterFactory.DESCRIPTOR);

    URI genModelUri = URI.createPlatformResourceURI("/" + projectName + "/" + genModelPath, false);
    Resource resource = resourceSet.getResource(genModelUri, true);
    GenModel genModel = (GenModel) resource.getContents().get(0);
    genModel.reconcile();
    genModel.setCanGenerate(true);
    Diagnostic validation = genModel.diagnose();
    if (validation.getSeverity() == Diagnostic.ERROR) {
      throw new IllegalStateException("Invalid " + genModelPath + ":\n" + describe(validation));
    }

    Generator generator = new Generator();
    generator.setInput(genModel);
    Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
        new BasicMonitor.Printing(System.out) {
          @Override
          public void subTask(String name) {
            // one line per file is noise in a build log
          }
        });
    if (result.getSeverity() == Diagnostic.ERROR) {
      throw new IllegalStateException("EMF code generation failed for " + genModelPath + ":\n" + describe(result));
    }
  }

  /** Lists, as readable lines, the files that differ between the fresh and the committed tree. */
  static List<String> compare(Path fresh, Path committed) throws IOException {
    List<String> freshFiles = listFiles(fresh);
    List<String> committedFiles = Files.isDirectory(committed) ? listFiles(committed) : List.of();
    TreeSet<String> all = new TreeSet<>(freshFiles);
    all.addAll(committedFiles);
    List<String> differences = new ArrayList<>();
    for (String file : all) {
      boolean inFresh = freshFiles.contains(file);
      boolean inCommitted = committedFiles.contains(file);
      if (!inCommitted) {
        differences.add(SRC_GEN + "/" + file + " (missing: the model generates it)");
      } else if (!inFresh) {
        differences.add(SRC_GEN + "/" + file + " (extra: the model does not generate it)");
      } else if (!sameText(fresh.resolve(file), committed.resolve(file))) {
        differences.add(SRC_GEN + "/" + file + " (content differs)");
      }
    }
    return differences;
  }

  /** Byte comparison, except that a checkout with CRLF line ends still matches the generator's output. */
  private static boolean sameText(Path a, Path b) throws IOException {
    byte[] first = Files.readAllBytes(a);
    byte[] second = Files.readAllBytes(b);
    return Arrays.equals(first, second) || withoutCarriageReturns(first).equals(withoutCarriageReturns(second));
  }

  private static String withoutCarriageReturns(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static List<String> listFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IllegalArgumentException("No such folder: " + from);
    }
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(source -> {
        Path target = to.resolve(from.relativize(source).toString());
        try {
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String describe(Diagnostic diagnostic) {
    StringBuilder text = new StringBuilder();
    if (diagnostic.getMessage() != null) {
      text.append("  ").append(diagnostic.getMessage()).append('\n');
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      text.append(describe(child));
    }
    if (diagnostic.getException() != null) {
      text.append("  ").append(diagnostic.getException()).append('\n');
    }
    return text.toString();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing argument --" + name + "=...");
    }
    return value;
  }
}
