package org.osteon.ui.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.io.Location;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.io.VolumeReaders;
import org.osteon.model.Artifact;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.Parameter;
import org.osteon.model.Run;

/**
 * What the viewer opens of a run, from its run.xmi: the base image (the resolved experiment's volume or image
 * parameter, a file or a location such as {@code phantom:knee-ct}), the label maps it wrote (artifacts whose
 * path names labels, e.g. segmentation/labels.nii.gz) and every artifact a reader reads.
 *
 * @param folder    the run folder
 * @param image     the base image's location (empty when the experiment names none)
 * @param base      the folder relative file locations are resolved against
 * @param labelMaps label-map artifacts, as files
 * @param images    every artifact an installed reader reads, as files
 */
record RunImages(Path folder, Optional<Location> image, Path base, List<Path> labelMaps, List<Path> images) {

    /** Parameter names the base image is looked for under, after the first parameter of type location. */
    private static final List<String> IMAGE_PARAMETERS = List.of("volume", "image", "radiograph", "ct", "input");

    static RunImages read(Path folder, Registry<ReaderDescriptor> readers) {
        Path xmi = folder.resolve(ExperimentFiles.RUN_FILE_NAME);
        if (!Files.isRegularFile(xmi)) {
            throw new InvalidInputException("cannot open run " + folder + ": it has no " + ExperimentFiles.RUN_FILE_NAME
                    + " (a run folder written by osteon run or the workbench was expected)");
        }
        Run run;
        try {
            run = ExperimentFiles.loadRun(xmi);
        } catch (RuntimeException e) {
            throw new InvalidInputException("cannot read run " + xmi + ": " + e.getMessage(), e);
        }
        Optional<Location> image = run.getExperiment() == null ? Optional.empty()
                : imageParameter(run.getExperiment().getParameters()).map(Location::new);
        Path base = image.flatMap(l -> baseFor(l, folder)).orElse(folder);
        List<Path> labels = new ArrayList<>();
        List<Path> images = new ArrayList<>();
        for (Artifact a : run.getArtifacts()) {
            if (a.getPath() == null || a.getPath().isBlank()) {
                continue;
            }
            Path file = folder.resolve(a.getPath()).normalize();
            if (VolumeReaders.find(readers, Location.of(file)).isEmpty()) {
                continue;
            }
            images.add(file);
            if (isLabelMap(a.getPath())) {
                labels.add(file);
            }
        }
        return new RunImages(folder, image, base, List.copyOf(labels), List.copyOf(images));
    }

    /** The value of the first non-empty parameter of type location, else of one named as an image usually is. */
    static Optional<String> imageParameter(List<Parameter> parameters) {
        Optional<String> located = parameters.stream()
                .filter(p -> "location".equals(p.getType()) && p.getValue() != null && !p.getValue().isBlank())
                .map(Parameter::getValue).findFirst();
        if (located.isPresent()) {
            return located;
        }
        for (String name : IMAGE_PARAMETERS) {
            Optional<String> v = parameters.stream().filter(p -> name.equalsIgnoreCase(p.getName()))
                    .map(Parameter::getValue).filter(s -> s != null && !s.isBlank()).findFirst();
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /**
     * Where a relative image path was meant from: run.xmi does not keep the experiment's folder, so the run folder
     * and the folders above it (runs/, the workspace) are tried; absolute paths and scheme locations need none.
     */
    private static Optional<Path> baseFor(Location image, Path folder) {
        if (image.scheme().isPresent() || Path.of(image.text()).isAbsolute()) {
            return Optional.empty();
        }
        for (Path dir = folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(image.text()))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static boolean isLabelMap(String artifactPath) {
        String p = artifactPath.toLowerCase(Locale.ROOT);
        return p.contains("label") || p.contains("segmentation/") || p.contains("mask");
    }
}
