package org.osteon.evaluation.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osteon.core.InvalidInputException;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Checksums;
import org.osteon.core.progress.CancelledException;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.dl.DeepLearningEngine;
import org.osteon.dl.ImageTensors;
import org.osteon.preprocess.IntensityWindow;
import org.osteon.dl.LayerFeatures;
import org.osteon.dl.LayerVector;
import org.osteon.dl.nn.NetworkFactory;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.Weights;
import org.osteon.dl.nn.Inflation;
import org.osteon.dl.nn.Network;
import org.osteon.evaluation.RegionFeatures;

/**
 * Layer features of image regions (knee CT feature similarity): each region of the label map is cut out of
 * the windowed volume (voxels outside it set to 0), normalised with ImageNet statistics and passed through
 * the network's feature part (inflated to 3D by default) in evaluation mode; hooks on the selected
 * convolutions keep the global average of their outputs, one vector per region and layer.
 */
public final class RegionFeaturesStep implements Step {

    /** A region: its name and the label it covers ({@code null} = every voxel no other region covers). */
    public record Region(String name, Short label) {
    }

    @Override
    public void run(StepContext context) throws IOException {
        Volume volume = context.input("volume", Volume.class);
        LabelMap labels = context.input("labels", LabelMap.class);
        if (!labels.size().equals(volume.size())) {
            throw new InvalidInputException("the label map has size " + labels.size() + " but the volume has size "
                    + volume.size() + "; they must be aligned voxel for voxel");
        }
        List<Region> regions = parseRegions(context.parameter("regions"), context.stepId());
        double[] w = context.range("window");
        IntensityWindow window = new IntensityWindow(w[0], w[1]);
        List<String> layers = context.list("layers");
        String modelId = context.parameter("model");
        NetworkFactory factory = context.registries().models().get(modelId).create(NetworkFactory.class);
        DeepLearningEngine engine = context.service(DeepLearningEngine.class);
        Optional<Path> weights = context.file("weights");
        boolean inflate = context.bool("inflate");

        List<RegionFeatures.Entry> entries = new ArrayList<>();
        ProgressMonitor progress = context.progress();
        progress.begin("features of " + regions.size() + " regions", regions.size() + 1);
        try (TensorScope scope = engine.newScope()) {
            Network network = factory.createFeatureExtractor(scope, context.seed());
            if (weights.isPresent()) {
                Weights.load(network, weights.get(), scope);
                context.note("weights", weights.get() + " (sha256 " + Checksums.sha256(weights.get()) + ")");
            } else {
                context.warn("The network used deterministic RANDOM weights (derived from the experiment seed), not "
                        + "pretrained ImageNet weights: the similarities are not comparable with published values. "
                        + "Set weights=FILE (torchvision " + factory.id() + " state_dict as safetensors).");
                context.note("weights", "random (torchvision initialisation), step seed " + context.seed());
            }
            if (inflate) {
                network = Inflation.inflate(network, scope);
            }
            network.eval();
            context.note("model", modelId + (inflate ? " inflated to 3D" : ""));
            progress.worked(1);
            Map<Region, boolean[]> masks = masks(regions, labels);
            for (Region region : regions) {
                CancelledException.checkCanceled(progress, "while extracting features, before region " + region.name());
                progress.subTask(region.name());
                boolean[] mask = masks.get(region);
                try (TensorScope regionScope = scope.newChild()) {
                    Tensor input = inflate ? ImageTensors.volumeToInput(regionScope, volume, window, mask)
                            : ImageTensors.sliceToInput(regionScope, volume, volume.size().nz() / 2, window, mask);
                    long t0 = System.nanoTime();
                    List<LayerVector> vectors = LayerFeatures.capture(network, input, layers);
                    context.note("network pass " + region.name(), String.format(java.util.Locale.ROOT, "%.2f s",
                            (System.nanoTime() - t0) / 1e9));
                    for (LayerVector v : vectors) {
                        entries.add(new RegionFeatures.Entry(region.name(), v.selector(), v.moduleName(), v.vector()));
                    }
                }
                progress.worked(1);
            }
        }
        RegionFeatures features = new RegionFeatures(modelId, entries);
        write(features, context.resultFile("features.csv", "text/csv"));
        context.publish("features", features);
    }

    public static List<Region> parseRegions(String spec, String stepId) {
        List<Region> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split("=");
            String problem = null;
            if (kv.length != 2 || kv[0].isBlank()) {
                problem = "'" + part.strip() + "' is not name=label";
            } else if (kv[1].strip().equals("*")) {
                if (out.stream().anyMatch(r -> r.label() == null)) {
                    problem = "only one region may be * (the rest)";
                } else {
                    out.add(new Region(kv[0].strip(), null));
                }
            } else {
                try {
                    out.add(new Region(kv[0].strip(), Short.valueOf(kv[1].strip())));
                } catch (NumberFormatException e) {
                    problem = "label '" + kv[1].strip() + "' is not an integer";
                }
            }
            if (problem != null) {
                throw new InvalidInputException("parameter 'regions' of step '" + stepId + "': " + problem
                        + "; expected name=label pairs such as tibia=2,femur=1,background=*");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("parameter 'regions' of step '" + stepId + "' names no region");
        }
        return out;
    }

    public static Map<Region, boolean[]> masks(List<Region> regions, LabelMap labels) {
        short[] l = labels.labels();
        Map<Region, boolean[]> out = new LinkedHashMap<>();
        for (Region r : regions) {
            boolean[] m = new boolean[l.length];
            int count = 0;
            for (int i = 0; i < l.length; i++) {
                boolean in;
                if (r.label() != null) {
                    in = l[i] == r.label();
                } else {
                    in = true;
                    for (Region other : regions) {
                        if (other.label() != null && other.label() == l[i]) {
                            in = false;
                            break;
                        }
                    }
                }
                m[i] = in;
                count += in ? 1 : 0;
            }
            if (count == 0) {
                throw new InvalidInputException("region '" + r.name() + "' is empty: no voxel of the label map has "
                        + (r.label() == null ? "a label outside the other regions" : "label " + r.label())
                        + "; check the label map or the segmentation parameters");
            }
            out.put(r, m);
        }
        return out;
    }

    /** results/features.csv: region, layer, module, then the vector's values. */
    public static void write(RegionFeatures features, Path file) throws IOException {
        int n = features.entries().stream().mapToInt(e -> e.vector().length).max().orElse(0);
        List<String> header = new ArrayList<>(List.of("region", "layer", "module"));
        for (int i = 0; i < n; i++) {
            header.add("f" + i);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                        .get())) {
            for (RegionFeatures.Entry e : features.entries()) {
                List<Object> row = new ArrayList<>(List.of(e.region(), e.layer(), e.module()));
                for (float v : e.vector()) {
                    row.add(Float.toString(v));
                }
                csv.printRecord(row);
            }
        }
    }
}
