package org.osteon.core.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.DatasetReader;
import org.osteon.core.io.Location;
import org.osteon.core.metric.VectorMetric;
import org.osteon.core.registry.DatasetReaderDescriptor;
import org.osteon.core.registry.Descriptor;
import org.osteon.core.registry.LossDescriptor;
import org.osteon.core.registry.ModelDescriptor;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registries;
import org.osteon.core.registry.StepDescriptor;
import org.osteon.core.registry.TransformDescriptor;
import org.osteon.core.step.ParameterType;
import org.osteon.core.step.PortSpec;

/** The fixtures of this bundle's plugin.xml reach the registries; the bad ones are skipped. */
class RegistryTest {

    private static ExtensionRegistries registries;

    @BeforeAll
    static void read() {
        registries = ExtensionRegistries.ofPlatform();
    }

    /** The contributions of this test bundle (the platform's own bundles contribute real ones beside them). */
    private static List<? extends Descriptor> ours(List<? extends Descriptor> ds) {
        return ds.stream().filter(d -> d.contributor().equals("org.osteon.core.tests")).toList();
    }

    private static List<String> ids(List<? extends Descriptor> ds) {
        return ds.stream().map(Descriptor::id).toList();
    }

    @Test
    void findsFixtureStepWithDeclaredParametersAndPorts() throws Exception {
        StepDescriptor step = registries.steps().get("org.osteon.core.tests.fixtureStep");
        assertEquals("Fixture step", step.name());
        assertEquals("test", step.category());
        assertEquals("org.osteon.core.tests", step.contributor());
        assertEquals(List.of("factor", "mode"), step.parameters().stream().map(p -> p.name()).toList());
        var factor = step.parameter("factor").orElseThrow();
        assertEquals(ParameterType.REAL, factor.type());
        assertEquals("2", factor.defaultValue());
        assertEquals(10.0, factor.max().getAsDouble());
        assertTrue(factor.check("11").isPresent());
        assertTrue(factor.check("3.5").isEmpty());
        assertEquals(List.of("fast", "exact"), step.parameter("mode").orElseThrow().choices());
        assertEquals("volume", step.port("volume", PortSpec.Direction.INPUT).orElseThrow().type());
        assertTrue(step.port("volume", PortSpec.Direction.OUTPUT).isPresent());
        assertEquals(FixtureStep.class, step.create().getClass());
    }

    @Test
    void skipsBadStepContributions() {
        List<String> steps = ids(registries.steps().all());
        assertFalse(steps.contains("org.osteon.core.tests.badType"), "unknown parameter type must be skipped");
        assertFalse(steps.contains("org.osteon.core.tests.badDefault"), "invalid default must be skipped");
        assertFalse(steps.contains("org.osteon.core.tests.missingClass"), "missing class must be skipped");
        assertTrue(steps.contains("org.osteon.core.tests.fixtureStep"));
    }

    @Test
    void findsFixtureModelOnTheDeepLearningBundlesPointAndCreatesItsFactory() {
        ModelDescriptor model = registries.models().get("org.osteon.core.tests.fixtureModel");
        assertEquals(List.of(2, 3), model.spatialDims());
        assertEquals(List.of("features"), model.tasks());
        assertEquals("fixture network", model.create(FixtureModelFactory.class).describe());
        assertThrows(org.osteon.core.registry.ContributionException.class, () -> model.create(Runnable.class));
        assertFalse(ids(registries.models().all()).contains("org.osteon.core.tests.badDims"));
    }

    @Test
    void findsFixtureLossWithItsParametersAndSkipsBadOnes() {
        LossDescriptor loss = registries.losses().get("org.osteon.core.tests.fixtureLoss");
        assertEquals("Fixture loss", loss.name());
        assertEquals("Distance with a margin", loss.description());
        assertEquals("org.osteon.core.tests", loss.contributor());
        assertEquals(List.of("margin", "mining"), loss.parameters().stream().map(p -> p.name()).toList());
        var margin = loss.parameter("margin").orElseThrow();
        assertEquals(ParameterType.REAL, margin.type());
        assertEquals("0.2", margin.defaultValue());
        assertTrue(margin.check("-1").isPresent(), "below min 0");
        assertEquals(List.of("hard", "all"), loss.parameter("mining").orElseThrow().choices());
        assertEquals(0.5, loss.create(FixtureLoss.class).compute(1.0, 0.7, 0.2), 1e-12);
        assertThrows(org.osteon.core.registry.ContributionException.class, () -> loss.create(Runnable.class));
        assertEquals(List.of("org.osteon.core.tests.fixtureLoss"), ids(ours(registries.losses().all())),
                "the loss with an unknown parameter type and the one with a port are skipped");
        assertFalse(ids(registries.steps().all()).contains("org.osteon.core.tests.fixtureLoss"));
    }

    @Test
    void findsFixtureTransformWithItsParametersAndSkipsBadOnes() {
        TransformDescriptor transform = registries.transforms().get("org.osteon.core.tests.fixtureTransform");
        assertEquals("Equalises tiles", transform.description());
        assertEquals("org.osteon.core.tests", transform.contributor());
        assertEquals(List.of("clipLimit", "tiles"), transform.parameters().stream().map(p -> p.name()).toList());
        assertEquals("8x8", transform.parameter("tiles").orElseThrow().defaultValue());
        assertEquals(ParameterType.STRING, transform.parameter("tiles").orElseThrow().type());
        assertEquals(2.0, Double.parseDouble(transform.parameter("clipLimit").orElseThrow().defaultValue()));
        assertEquals(List.of(1f, 2f, 3f), boxed(transform.create(FixtureTransform.class).apply(new float[] {3, 1, 2})));
        assertEquals(List.of("org.osteon.core.tests.fixtureTransform"), ids(ours(registries.transforms().all())),
                "the transform whose class is missing and the one declaring a parameter twice are skipped");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> registries.transforms().get("org.osteon.core.tests.fixtureLoss"));
        assertTrue(e.getMessage().startsWith("unknown transform id 'org.osteon.core.tests.fixtureLoss';"),
                e.getMessage());
    }

    private static List<Float> boxed(float[] values) {
        List<Float> out = new java.util.ArrayList<>();
        for (float v : values) {
            out.add(v);
        }
        return out;
    }

    @Test
    void platformRegistriesAreReachedThroughTheApi() {
        Registries api = Registries.ofPlatform();
        assertEquals(ids(registries.steps().all()), ids(api.steps().all()));
        assertEquals(ids(registries.losses().all()), ids(api.losses().all()));
        assertEquals(ids(registries.transforms().all()), ids(api.transforms().all()));
    }

    @Test
    void findsFixtureReaderByPattern() throws Exception {
        ReaderDescriptor reader = registries.readers().get("org.osteon.core.tests.fixtureReader");
        assertTrue(reader.matches(new Location("/data/scan.FIX")));
        assertTrue(reader.matches(new Location("fixture:anything")));
        assertFalse(reader.matches(new Location("/data/scan.fix.gz")));
        assertEquals(4f, reader.create().read(new Location("a.fix"), Path.of(".")).value(1, 1, 0));
    }

    @Test
    void findsFixtureDatasetReaderAndSkipsBadOnes() throws Exception {
        DatasetReaderDescriptor d = registries.datasetReaders().get("org.osteon.core.tests.fixtureDataset");
        assertEquals("Fixture data set", d.name());
        assertEquals("Two samples of one subject", d.description());
        assertEquals("org.osteon.core.tests", d.contributor());
        DatasetReader reader = d.create();
        assertEquals(FixtureDatasetReader.class, reader.getClass());
        assertEquals(List.of("a", "b"), reader.read(Path.of("/data")).samples().stream().map(s -> s.id()).toList());
        assertTrue(reader.recognizes(Path.of("/x/fixture-data")));
        assertEquals(List.of("org.osteon.core.tests.fixtureDataset"), ids(registries.datasetReaders().all()),
                "the contribution whose class is missing and the one without id are skipped");
        // dataset readers are not volume readers, and the other way round
        assertFalse(ids(registries.readers().all()).contains("org.osteon.core.tests.fixtureDataset"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> registries.datasetReaders().get("org.osteon.core.tests.fixtureReader"));
        assertTrue(e.getMessage().startsWith("unknown dataset reader id 'org.osteon.core.tests.fixtureReader';"
                + " installed: org.osteon.core.tests.fixtureDataset"), e.getMessage());
    }

    @Test
    void findsFixtureMetric() {
        var metric = registries.metrics().get("org.osteon.core.tests.fixtureMetric");
        assertEquals("vector", metric.metricKind());
        assertEquals(11.0, metric.create(VectorMetric.class).compute(new float[] {1, 2}, new float[] {3, 4}));
    }

    @Test
    void unknownIdNamesInstalledOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> registries.steps().get("nope"));
        assertTrue(e.getMessage().startsWith("unknown step id 'nope'; installed: "), e.getMessage());
        assertTrue(e.getMessage().contains("org.osteon.core.tests.fixtureStep"), e.getMessage());
    }
}
