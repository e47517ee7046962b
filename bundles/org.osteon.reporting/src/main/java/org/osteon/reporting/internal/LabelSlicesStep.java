package org.osteon.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.step.Step;
import org.osteon.core.step.StepContext;
import org.osteon.reporting.LabelSlices;
import org.osteon.reporting.PngFigure;

/**
 * {@code org.osteon.reporting.labelSlices}: writes the mid-slice figure of a volume and its label map
 * ({@link LabelSlices}) as the artifact {@code mid-slices.png}, which the HTML report shows in its Figures
 * section. Label 1 is drawn red and label 2 green (femur and tibia in the knee pipeline).
 */
public final class LabelSlicesStep implements Step {

    /** The figure's name under the step's artifacts. */
    public static final String FILE = "mid-slices.png";

    @Override
    public void run(StepContext context) {
        Volume volume = context.input("volume", Volume.class);
        LabelMap labels = context.input("labels", LabelMap.class);
        double[] window = context.range("window");
        if (!(window[1] > window[0])) {
            throw new InvalidInputException("parameter 'window' of step '" + context.stepId() + "' is "
                    + context.parameter("window") + "; expected low..high with low < high, e.g. -1000..2000");
        }
        double alpha = context.real("alpha");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new InvalidInputException("parameter 'alpha' of step '" + context.stepId() + "' is "
                    + context.parameter("alpha") + "; expected a number in [0, 1]");
        }
        if (!volume.size().equals(labels.size())) {
            throw new InvalidInputException("step '" + context.stepId() + "': the label map (" + labels.size()
                    + ") is not on the volume's grid (" + volume.size() + ")");
        }
        try {
            LabelSlices.writePng(volume, labels, window[0], window[1], LabelSlices.KNEE_COLOURS, alpha,
                    "Mid axial, coronal and sagittal slices (superior and anterior up) with the labels blended in:"
                            + " 1 (femur) red, 2 (tibia) green; window " + context.parameter("window").strip() + ".",
                    context.artifact(FILE, PngFigure.MEDIA_TYPE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
