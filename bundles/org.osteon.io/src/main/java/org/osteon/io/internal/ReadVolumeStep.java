package org.osteon.io.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.progress.ProgressMonitor;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.io.VolumeReaders;

/**
 * Step {@code org.osteon.io.readVolume}: reads the volume named by parameter {@code volume} (a file or a
 * location such as {@code phantom:knee-ct}) with the first contributed reader whose patterns match, and,
 * when parameter {@code labels} is set, a label map that must be aligned with it voxel for voxel.
 * Publishes {@code volume} and, only when labels were given, {@code labels}.
 */
public final class ReadVolumeStep implements Step {

    @Override
    public void run(StepContext context) throws Exception {
        ProgressMonitor progress = context.progress();
        Optional<Path> labelsFile = context.file("labels");
        progress.begin("Reading volume", labelsFile.isPresent() ? 2 : 1);
        Location location = new Location(context.parameter("volume"));
        Volume volume = VolumeReaders.readVolume(context.registries().readers(), location, context.baseDirectory());
        progress.worked(1);
        context.publish("volume", volume);
        if (labelsFile.isPresent()) {
            progress.subTask("Reading label map");
            Location labelsLocation = Location.of(labelsFile.get());
            LabelMap labels = VolumeReaders.readLabels(context.registries().readers(), labelsLocation,
                    context.baseDirectory());
            if (!labels.size().equals(volume.size())) {
                throw new InvalidInputException("label map " + labelsFile.get() + " has size " + labels.size()
                        + " but the volume " + location + " has size " + volume.size()
                        + "; they must be aligned voxel for voxel");
            }
            if (!labels.geometry().matches(volume.geometry(), 1e-3)) {
                context.warn("label map " + labelsFile.get() + " has the size of volume " + location
                        + " but a different geometry (" + labels.geometry() + " vs " + volume.geometry()
                        + "); voxels are paired by index");
            }
            progress.worked(1);
            context.publish("labels", labels);
        }
        progress.done();
    }
}
