package org.osteon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesTest {

  private static final OsteonFactory FACTORY = OsteonFactory.eINSTANCE;

  @TempDir
  Path folder;

  @Test
  void experimentSurvivesRoundTripThroughXmi() throws IOException {
    Experiment experiment = boneAgeExperiment();
    Path file = folder.resolve("bone-age.osteon");

    ExperimentFiles.save(experiment, file);
    Experiment loaded = ExperimentFiles.loadExperiment(file);

    assertNotSame(experiment, loaded);
    assertTrue(EcoreUtil.equals(experiment, loaded), "reloaded experiment differs from the saved one");
    assertEquals("bone-age", loaded.getName());
    assertEquals("Hand radiographs – RSNA, µm spacing", loaded.getDescription());
    assertEquals(7L, loaded.getSeed());
    assertEquals(List.of("csv", "html"), loaded.getReporters());
    assertEquals(2, loaded.getParameters().size());
    Parameter epochs = loaded.getParameters().get(1);
    assertEquals("epochs", epochs.getName());
    assertEquals("integer", epochs.getType());
    assertEquals("30", epochs.getValue());
    assertEquals("Training epochs", epochs.getDoc());
    DatasetRef dataset = loaded.getDatasets().get(0);
    assertEquals("rsna", dataset.getId());
    assertEquals("org.osteon.io.rsnaBoneAge", dataset.getReader());
    assertEquals("${data}", dataset.getLocation());
    assertEquals("train", dataset.getSplit());
    assertEquals("ab".repeat(32), dataset.getSha256());
    Step train = loaded.getSteps().get(1);
    assertEquals("train", train.getId());
    assertEquals("org.osteon.training.regression", train.getKind());
    assertEquals("${epochs}", train.getParameters().get(0).getValue());
    assertEquals("images", train.getInputs().get(0).getPort());
    assertEquals("load.images", train.getInputs().get(0).getSource());

    String xml = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml);
    assertTrue(xml.contains("xmlns:osteon=\"" + OsteonPackage.eNS_URI + "\""), xml);
    assertTrue(xml.lines().count() > 10, "expected one element per line:\n" + xml);
  }

  @Test
  void savingTwiceGivesIdenticalBytes() throws IOException {
    Path first = folder.resolve("first.osteon");
    Path second = folder.resolve("second.osteon");
    ExperimentFiles.save(boneAgeExperiment(), first);
    ExperimentFiles.save(ExperimentFiles.loadExperiment(first), second);

    assertEquals(Files.readString(first), Files.readString(second));
  }

  @Test
  void defaultSeedIs42AndSurvivesRoundTrip() {
    Experiment experiment = FACTORY.createExperiment();
    experiment.setName("defaults");
    assertEquals(42L, experiment.getSeed());
    Path file = folder.resolve("defaults.osteon");

    ExperimentFiles.save(experiment, file);

    assertEquals(42L, ExperimentFiles.loadExperiment(file).getSeed());
  }

  @Test
  void runWithResultMatrixSurvivesRoundTripAndUnsetBoundsStayUnset() {
    Run run = FACTORY.createRun();
    run.setId("20250101-120000");
    run.setExperiment(boneAgeExperiment());
    run.setStarted(new Date(1_735_732_800_123L));
    run.setFinished(new Date(1_735_736_400_456L));
    run.setStatus(RunStatus.SUCCEEDED);
    run.setSeed(7L);
    run.getWarnings().add("GPU not available, ran on CPU");
    Environment environment = FACTORY.createEnvironment();
    environment.setOs("Linux 6.1 amd64");
    environment.setJvm("21.0.5");
    environment.setOsteonVersion("0.1.0");
    environment.setDjlVersion("0.35.1");
    environment.setNativeVersion("2.7.1");
    environment.setDevice("cpu()");
    environment.setThreads(16);
    BundleVersion bundle = FACTORY.createBundleVersion();
    bundle.setName("org.osteon.core");
    bundle.setVersion("0.1.0.v20250101-1200");
    environment.getBundles().add(bundle);
    run.setEnvironment(environment);
    Artifact artifact = FACTORY.createArtifact();
    artifact.setName("model");
    artifact.setPath("artifacts/train/model.safetensors");
    artifact.setSha256("0f".repeat(32));
    artifact.setMediaType("application/octet-stream");
    artifact.setStep("train");
    run.getArtifacts().add(artifact);
    LogEntry entry = FACTORY.createLogEntry();
    entry.setTime(new Date(1_735_732_801_000L));
    entry.setLevel("INFO");
    entry.setStep("train");
    entry.setMessage("epoch 1/30 loss 0.4213");
    run.getLog().add(entry);

    ResultMatrix matrix = FACTORY.createResultMatrix();
    matrix.setName("mae");
    matrix.setDescription("Mean absolute error of the bone age");
    matrix.getRowLabels().addAll(List.of("male", "female"));
    matrix.getColumnLabels().addAll(List.of("validation", "test"));
    matrix.setUnit("months");
    matrix.setProducingStep("evaluate");
    matrix.getCells().add(cell(0, 0, 4.265, 3.9, 4.7));
    matrix.getCells().add(cell(0, 1, 4.5, 0.0, 5.1)); // a bound of exactly 0 is set, not absent
    matrix.getCells().add(cell(1, 0, 0.0, null, null));
    matrix.getCells().add(cell(1, 1, Math.PI, null, null));
    run.getResults().add(matrix);

    Path file = folder.resolve(ExperimentFiles.RUN_FILE_NAME);
    ExperimentFiles.save(run, file);
    Run loaded = ExperimentFiles.loadRun(file);

    assertTrue(EcoreUtil.equals(run, loaded), "reloaded run differs from the saved one");
    assertSame(run, run.getExperiment().eContainer(), "saving must not detach the caller's experiment");
    assertEquals(RunStatus.SUCCEEDED, loaded.getStatus());
    assertEquals(1_735_732_800_123L, loaded.getStarted().getTime());
    assertEquals(1_735_736_400_456L, loaded.getFinished().getTime());
    assertEquals(16, loaded.getEnvironment().getThreads());
    assertEquals("0.1.0.v20250101-1200", loaded.getEnvironment().getBundles().get(0).getVersion());
    assertEquals("artifacts/train/model.safetensors", loaded.getArtifacts().get(0).getPath());
    assertEquals(1_735_732_801_000L, loaded.getLog().get(0).getTime().getTime());
    assertEquals(List.of("GPU not available, ran on CPU"), loaded.getWarnings());
    assertEquals("bone-age", loaded.getExperiment().getName());

    ResultMatrix results = loaded.getResults().get(0);
    assertEquals(List.of("male", "female"), results.getRowLabels());
    assertEquals(List.of("validation", "test"), results.getColumnLabels());
    assertEquals("months", results.getUnit());
    Cell withInterval = results.getCells().get(0);
    assertEquals(4.265, withInterval.getValue());
    assertTrue(withInterval.isSetLower());
    assertEquals(3.9, withInterval.getLower());
    assertEquals(4.7, withInterval.getUpper());
    Cell zeroBound = results.getCells().get(1);
    assertTrue(zeroBound.isSetLower());
    assertEquals(0.0, zeroBound.getLower());
    Cell without = results.getCells().get(2);
    assertEquals(1, without.getRow());
    assertEquals(0, without.getColumn());
    assertFalse(without.isSetLower());
    assertFalse(without.isSetUpper());
    assertEquals(Math.PI, results.getCells().get(3).getValue());
    assertFalse(results.getCells().get(3).isSetUpper());
  }

  @Test
  void missingFileIsReportedByName() {
    Path file = folder.resolve("absent.osteon");

    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(file));

    assertEquals("Experiment file not found: " + file, e.getMessage());
    assertEquals(file, e.getFile());
  }

  @Test
  void folderIsNotAnExperimentFile() {
    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(folder));

    assertEquals("Expected an Osteon experiment file, found a folder: " + folder, e.getMessage());
  }

  @Test
  void nonXmlFileIsReportedAsNotXml() throws IOException {
    Path file = folder.resolve("table.osteon");
    Files.writeString(file, "name,value\nseed,42\n");

    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(file));

    assertTrue(e.getMessage().startsWith("Cannot read " + file + ": not an XML file (line 1"), e.getMessage());
    assertSingleLine(e.getMessage());
    assertEquals(file, e.getFile());
  }

  @Test
  void otherNamespaceIsRejectedNamingTheExpectedOne() throws IOException {
    Path file = folder.resolve("other.osteon");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <other:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
            xmlns:other="http://example.org/other/1.0" name="x"/>
        """);

    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(file));

    assertEquals(file + " is not an Osteon experiment: its XML namespace is 'http://example.org/other/1.0', expected '"
        + "http://osteon.org/model/experiment/1.0'", e.getMessage());
  }

  @Test
  void anotherModelVersionIsNamed() throws IOException {
    Path file = folder.resolve("future.osteon");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <osteon:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
            xmlns:osteon="http://osteon.org/model/experiment/2.0" name="x"/>
        """);

    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(file));

    assertEquals(file + " was written for Osteon model version 2.0 (namespace 'http://osteon.org/model/experiment/2.0');"
        + " this version of Osteon reads 'http://osteon.org/model/experiment/1.0'", e.getMessage());
  }

  @Test
  void runFileIsNotAnExperiment() {
    Run run = FACTORY.createRun();
    run.setId("r1");
    Path file = folder.resolve("run.osteon");
    ExperimentFiles.save(run, file);

    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(file));

    assertEquals(file + " is not an Osteon experiment: its root element is osteon:Run, expected a single"
        + " osteon:Experiment", e.getMessage());
  }

  @Test
  void unknownAttributeIsNamedWithItsLine() throws IOException {
    Path file = folder.resolve("typo.osteon");
    Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <osteon:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
            xmlns:osteon="http://osteon.org/model/experiment/1.0" name="x">
          <steps id="a" knd="org.osteon.segmentation.threshold"/>
        </osteon:Experiment>
        """);

    ExperimentFileException e = assertThrows(ExperimentFileException.class,
        () -> ExperimentFiles.loadExperiment(file));

    assertTrue(e.getMessage().startsWith("Cannot read " + file + ": unknown attribute or element 'knd' at line 4"),
        e.getMessage());
  }

  @Test
  void saveReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
    Path file = folder.resolve("sub/experiment.osteon");
    Experiment experiment = boneAgeExperiment();
    ExperimentFiles.save(experiment, file);
    experiment.setName("renamed");
    ExperimentFiles.save(experiment, file);

    assertEquals("renamed", ExperimentFiles.loadExperiment(file).getName());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList());
    }
  }

  private static Cell cell(int row, int column, double value, Double lower, Double upper) {
    Cell cell = FACTORY.createCell();
    cell.setRow(row);
    cell.setColumn(column);
    cell.setValue(value);
    if (lower != null) {
      cell.setLower(lower);
    }
    if (upper != null) {
      cell.setUpper(upper);
    }
    return cell;
  }

  private static void assertSingleLine(String message) {
    assertFalse(message.contains("\n") || message.contains("\r"), "message must be one line: " + message);
  }

  static Experiment boneAgeExperiment() {
    Experiment experiment = FACTORY.createExperiment();
    experiment.setName("bone-age");
    experiment.setDescription("Hand radiographs – RSNA, µm spacing");
    experiment.setSeed(7L);
    experiment.getParameters().add(parameter("data", "location", "/data/rsna", "Folder of the RSNA images"));
    experiment.getParameters().add(parameter("epochs", "integer", "30", "Training epochs"));

    DatasetRef dataset = FACTORY.createDatasetRef();
    dataset.setId("rsna");
    dataset.setReader("org.osteon.io.rsnaBoneAge");
    dataset.setLocation("${data}");
    dataset.setSplit("train");
    dataset.setSha256("ab".repeat(32));
    experiment.getDatasets().add(dataset);

    Step load = FACTORY.createStep();
    load.setId("load");
    load.setKind("org.osteon.io.load");
    load.getParameters().add(value("dataset", "rsna"));
    experiment.getSteps().add(load);

    Step train = FACTORY.createStep();
    train.setId("train");
    train.setKind("org.osteon.training.regression");
    train.getParameters().add(value("epochs", "${epochs}"));
    train.getParameters().add(value("model", "org.osteon.zoo.resnet50"));
    PortBinding images = FACTORY.createPortBinding();
    images.setPort("images");
    images.setSource("load.images");
    train.getInputs().add(images);
    PortBinding labels = FACTORY.createPortBinding();
    labels.setPort("targets");
    labels.setSource("load.boneAge");
    train.getInputs().add(labels);
    experiment.getSteps().add(train);

    experiment.getReporters().addAll(List.of("csv", "html"));
    return experiment;
  }

  private static Parameter parameter(String name, String type, String value, String doc) {
    Parameter parameter = FACTORY.createParameter();
    parameter.setName(name);
    parameter.setType(type);
    parameter.setValue(value);
    parameter.setDoc(doc);
    return parameter;
  }

  private static ParameterValue value(String name, String value) {
    ParameterValue parameterValue = FACTORY.createParameterValue();
    parameterValue.setName(name);
    parameterValue.setValue(value);
    return parameterValue;
  }
}
