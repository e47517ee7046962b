package org.osteon.evaluation.internal;

import java.util.ArrayList;
import java.util.List;

import org.osteon.core.InvalidInputException;
import org.osteon.core.metric.VectorMetric;
import org.osteon.core.result.MatrixResult;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.evaluation.RegionFeatures;

/**
 * Compares the feature vectors of region pairs layer by layer with a vector metric (cosine similarity by
 * default) and publishes the matrix: one row per pair ("tibia &lt;-&gt; femur"), one column per layer.
 */
public final class SimilarityStep implements Step {

    @Override
    public void run(StepContext context) {
        RegionFeatures features = context.input("features", RegionFeatures.class);
        VectorMetric metric = context.registries().metrics().get(context.parameter("metric")).create(VectorMetric.class);
        List<String> layers = features.layers();
        List<String> rows = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (String pair : context.list("pairs")) {
            String[] ab = pair.split(":");
            if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
                throw new InvalidInputException("parameter 'pairs' of step '" + context.stepId() + "': '" + pair
                        + "' is not a region pair; expected a:b, e.g. tibia:femur");
            }
            String a = ab[0].strip();
            String b = ab[1].strip();
            double[] row = new double[layers.size()];
            for (int j = 0; j < layers.size(); j++) {
                String layer = layers.get(j);
                RegionFeatures.Entry ea = features.find(a, layer).orElseThrow(() -> missing(context, a, features));
                RegionFeatures.Entry eb = features.find(b, layer).orElseThrow(() -> missing(context, b, features));
                row[j] = metric.compute(ea.vector(), eb.vector());
            }
            rows.add(a + " <-> " + b);
            values.add(row);
        }
        String name = context.parameter("name");
        context.publish("matrix", new MatrixResult(name, "Similarity (" + context.parameter("metric") + ") of "
                + features.model() + " features of region pairs, per layer", rows, layers,
                values.toArray(double[][]::new), ""));
    }

    private static InvalidInputException missing(StepContext context, String region, RegionFeatures features) {
        return new InvalidInputException("parameter 'pairs' of step '" + context.stepId() + "' names region '" + region
                + "', which has no features; regions: " + String.join(", ", features.regions()));
    }
}
