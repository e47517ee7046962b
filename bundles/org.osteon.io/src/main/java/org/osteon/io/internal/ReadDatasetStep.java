package org.osteon.io.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Dataset;
import org.osteon.core.io.Location;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.io.DatasetReaders;

/**
 * Step {@code org.osteon.io.readDataset}: reads the index of a data set (a folder in a published layout, or a
 * {@code phantom:} location) with the dataset reader named by {@code layout} or, when that is empty, the one
 * that recognises the location. Parameter {@code options} passes {@code name=value} options to the reader
 * (e.g. {@code studyType=XR_FINGER}). Publishes {@code dataset}; images are decoded later, by the steps that
 * use them.
 */
public final class ReadDatasetStep implements Step {

    @Override
    public void run(StepContext context) throws Exception {
        context.progress().begin("Reading data set index", 1);
        Location location = new Location(context.parameter("data"));
        Map<String, String> options = options(context);
        Dataset dataset = DatasetReaders.read(context.registries().datasetReaders(), location,
                context.parameter("layout"), context.baseDirectory(), options);
        if (dataset.size() == 0) {
            throw new InvalidInputException("data set '" + location + "' has no samples with options " + options
                    + "; expected at least one image");
        }
        context.note("data set", dataset.name() + " (" + dataset.layout() + ") at " + dataset.root());
        context.note("samples", dataset.size() + " images of " + dataset.subjects().size() + " subjects; per split "
                + dataset.count(s -> s.split()));
        context.publish("dataset", dataset);
        context.progress().worked(1);
        context.progress().done();
    }

    private static Map<String, String> options(StepContext context) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String item : context.list("options")) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("step " + context.stepId() + ": option '" + item
                        + "' is not name=value; expected e.g. studyType=XR_FINGER");
            }
            options.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
        }
        return options;
    }
}
