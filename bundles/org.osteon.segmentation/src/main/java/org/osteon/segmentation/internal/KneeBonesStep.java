package org.osteon.segmentation.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.io.NiftiWriter;
import org.osteon.segmentation.FemurPosition;
import org.osteon.segmentation.KneeBoneSegmenter;
import org.osteon.segmentation.SizeFilter;

/**
 * Step {@code org.osteon.segmentation.kneeBones}: femur (1) and tibia (2) label map of a knee CT with
 * {@link KneeBoneSegmenter}. When the optional {@code labels} input is connected (reference labels read
 * with the volume), it is checked against the volume's size and passed through unchanged instead. Either
 * way the label map is written as artifact {@code segmentation/labels.nii.gz}.
 */
public final class KneeBonesStep implements Step {

    static final String ARTIFACT = "segmentation/labels.nii.gz";
    static final String NIFTI_MEDIA_TYPE = "application/x-nifti";

    @Override
    public void run(StepContext context) throws Exception {
        Volume volume = context.input("volume", Volume.class);
        Optional<LabelMap> given = context.optionalInput("labels", LabelMap.class);
        LabelMap labels;
        if (given.isPresent()) {
            labels = given.get();
            if (!labels.size().equals(volume.size())) {
                throw new InvalidInputException("step " + context.stepId() + ": input labels have size "
                        + labels.size() + " but input volume has size " + volume.size()
                        + "; they must be aligned voxel for voxel");
            }
            context.note(context.stepId() + ".labels", "taken from the labels input; segmentation not run");
        } else {
            KneeBoneSegmenter segmenter = configure(context);
            KneeBoneSegmenter.Result result = segmenter.segment(volume, context.progress());
            labels = result.labels();
            context.note(context.stepId() + ".femurVoxels", Integer.toString(result.femurVoxels()));
            context.note(context.stepId() + ".tibiaVoxels", Integer.toString(result.tibiaVoxels()));
            context.note(context.stepId() + ".detachedBlobs", Integer.toString(result.detachedBlobs()));
            context.note(context.stepId() + ".smallRegionsRemoved", Integer.toString(result.smallRegions()));
            if (result.femurVoxels() == 0 || result.tibiaVoxels() == 0) {
                context.warn("step " + context.stepId() + " found " + result.femurVoxels() + " femur and "
                        + result.tibiaVoxels() + " tibia voxels; check boneThreshold (" + segmenter.boneThreshold()
                        + " HU) and the minimum sizes");
            }
        }
        Path file = context.artifact(ARTIFACT, NIFTI_MEDIA_TYPE);
        new NiftiWriter().write(labels, file);
        context.publish("labels", labels);
    }

    static KneeBoneSegmenter configure(StepContext context) {
        String femurAt = context.parameter("femurAt");
        FemurPosition position = FemurPosition.of(femurAt).orElseThrow(() -> new InvalidInputException(
                "parameter femurAt of step " + context.stepId() + " is '" + femurAt + "'; expected high-z or low-z"));
        SizeFilter sizes;
        try {
            sizes = SizeFilter.parse(context.parameter("minSizePerSlabs"), Math.toIntExact(context.integer("minSize")));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidInputException("parameter minSizePerSlabs/minSize of step " + context.stepId() + ": "
                    + e.getMessage(), e);
        }
        try {
            return KneeBoneSegmenter.builder()
                    .optBoneThreshold(context.real("boneThreshold"))
                    .optClosingIterations(Math.toIntExact(context.integer("closingIterations")))
                    .optMarkerMinDistance(context.real("markerMinDistance"))
                    .optMaxDetachedFraction(context.real("maxDetachedFraction"))
                    .optSizeFilter(sizes)
                    .optFemurAt(position)
                    .build();
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new InvalidInputException("step " + context.stepId() + ": " + e.getMessage(), e);
        }
    }
}
