package org.osteon.methods.kneel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.dl.Autograd;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;
import org.osteon.dl.nn.Network;
import org.osteon.io.DicomReader;
import org.osteon.io.KneelPreprocessing;
import org.osteon.io.VolumeReaders;
import org.osteon.methods.RadiographPreprocessing;
import org.osteon.methods.RadiographPreprocessing.Radiograph;
import org.osteon.preprocess.Image2D;

/**
 * KNEEL's two-stage inference (Tiulpin et al. 2019) and the geometry it shares with training: the one
 * implementation that the step {@code org.osteon.methods.kneelLandmarks} runs on its held-out knees and
 * {@code osteon predict} on new radiographs.
 * <ol>
 * <li>The ROI model ({@value #ROI_MODEL}) finds the knee centre on its half radiograph: {@code roiCrop} pixels at
 * {@code roiSpacing} around the centre of the image's left half for the subject's right knee (R), of its right
 * half mirrored for the left knee (L), so that both knees look alike.</li>
 * <li>The landmark model ({@value #LANDMARK_MODEL}) finds the 16 landmarks (tibia 0..8, femur 9..15) on the
 * {@code landmarkCrop} pixels at {@code landmarkSpacing} around that centre (mirrored for L), then again on the
 * window re-centred on the middle tibial landmark {@value #CENTRE_LANDMARK}.</li>
 * </ol>
 * At each stage the given models' outputs (soft-argmax coordinates in [0, 1] of the input) are averaged, and
 * the points are mapped back to whole-image pixels. A window's pixels are scaled to [0, 1] by the bit depth,
 * standardised over the window (zero mean, unit SD) and replicated to 3 channels.
 */
public final class KneelInference {

    public static final String ROI_MODEL = "org.osteon.zoo.kneel-roi";
    public static final String LANDMARK_MODEL = "org.osteon.zoo.kneel";
    public static final int LANDMARKS = 16;
    /** The middle tibial landmark, on which the second pass re-centres the ROI. */
    public static final int CENTRE_LANDMARK = 4;
    private static final int BATCH = 16;

    /**
     * The method's geometry: the ROI model's input ({@code roiCrop} pixels at {@code roiSpacing} mm), the knee
     * ROI the landmark model learns on ({@code roiSize} mm at {@code landmarkSpacing}) and its input
     * ({@code landmarkCrop} pixels).
     */
    public record Settings(double roiSpacing, int roiCrop, double landmarkSpacing, double roiSize, int landmarkCrop) {

        /** The margin around the ROI model's training crops, room for the augmentation's random crop. */
        public int roiPad() {
            return Math.max(1, roiCrop / 8);
        }

        /** The knee ROI's side in pixels at the landmark spacing. */
        public int landmarkRoi() {
            return Math.max(1, (int) Math.round(roiSize / landmarkSpacing));
        }

        /** The safetensors metadata of a trained ROI model: what inference needs to use it. */
        public Map<String, String> roiMetadata() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("model", ROI_MODEL);
            m.put("roiSpacing", Double.toString(roiSpacing));
            m.put("roiCrop", Integer.toString(roiCrop));
            return m;
        }

        /** The safetensors metadata of a trained landmark model. */
        public Map<String, String> landmarkMetadata() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("model", LANDMARK_MODEL);
            m.put("landmarkSpacing", Double.toString(landmarkSpacing));
            m.put("roiSize", Double.toString(roiSize));
            m.put("landmarkCrop", Integer.toString(landmarkCrop));
            return m;
        }
    }

    /**
     * A knee to find.
     *
     * @param image    the whole bilateral radiograph
     * @param spacing  its pixel spacing in mm (square pixels)
     * @param mirrored whether its windows are mirrored: the subject's left knee, in the image's right half
     */
    public record Knee(Radiograph image, double spacing, boolean mirrored) {

        /** The knee of side {@code R} (the image's left half) or {@code L} (its right half). */
        public static Knee of(Radiograph image, double spacing, String side) {
            if (!side.equals("R") && !side.equals("L")) {
                throw new IllegalArgumentException("side must be R or L, got " + side);
            }
            return new Knee(image, spacing, side.equals("L"));
        }
    }

    private KneelInference() {
    }

    /**
     * Reads a radiograph as the method sees it: a DICOM file with KNEEL's preprocessing
     * ({@link KneelPreprocessing#image(Path)}: MONOCHROME1 inverted, clipped to its 5th-99th percentiles, 0..255),
     * any other image as decoded by the reader the registry picks ({@link RadiographPreprocessing#read}).
     *
     * @throws InvalidInputException naming the file when no reader takes it or it does not decode
     */
    public static Radiograph read(Path file, Registry<ReaderDescriptor> readers) {
        if (isDicom(file, readers)) {
            try {
                Volume v = KneelPreprocessing.image(file);
                return new Radiograph(v.size().nx(), v.size().ny(), 8, v.data());
            } catch (IOException | RuntimeException e) {
                throw unreadable(file, e);
            }
        }
        return RadiographPreprocessing.read(file, readers);
    }

    /**
     * The pixel spacing (mm) a radiograph file states: DICOM Imager Pixel Spacing, else Pixel Spacing (KNEEL's
     * order); a PNG's {@code pHYs}, a TIFF's resolution, a JPEG's density; the header of the volume formats.
     * Empty when the file states none.
     *
     * @throws InvalidInputException when the file cannot be read or its pixels are not square
     */
    public static OptionalDouble spacing(Path file, Registry<ReaderDescriptor> readers) {
        try {
            if (isDicom(file, readers)) {
                return KneelPreprocessing.spacing(file, false).map(OptionalDouble::of).orElse(OptionalDouble.empty());
            }
            Path absolute = file.toAbsolutePath();
            Location location = Location.of(absolute);
            VolumeReader reader = VolumeReaders.get(readers, location, absolute.getParent(), "image").create();
            ImageInfo info = reader.info(location, absolute.getParent());
            // the raster reader's way of saying that it assumed 1 mm
            if (info.tags().containsKey("pixel spacing unknown")) {
                return OptionalDouble.empty();
            }
            double x = info.geometry().spacing(0);
            double y = info.geometry().spacing(1);
            if (Math.abs(x - y) > 1e-6 * x) {
                throw new InvalidInputException("image " + file + " has non-square pixels " + x + " x " + y + " mm; expected square pixels");
            }
            return OptionalDouble.of(x);
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean isDicom(Path file, Registry<ReaderDescriptor> readers) {
        Path absolute = file.toAbsolutePath();
        return VolumeReaders.find(readers, Location.of(absolute), absolute.getParent()).map(d -> d.create() instanceof DicomReader).orElse(false);
    }

    private static InvalidInputException unreadable(Path file, Exception e) {
        if (e instanceof InvalidInputException iie) {
            return iie;
        }
        return new InvalidInputException("cannot decode image " + file + ": " + e.getMessage() + "; expected a readable radiograph (PNG, JPEG, DICOM...)");
    }

    /**
     * The half radiograph holding a knee at the ROI spacing: the image's left half for R, its right half mirrored
     * for L ({@code mirrored}); {@code spacing} is the image's (mm).
     */
    public static KneeWindow halfWindow(Radiograph r, double spacing, boolean mirrored, Settings s, int size) {
        double cx = mirrored ? 3 * r.width() / 4.0 - 0.5 : r.width() / 4.0 - 0.5;
        return KneeWindow.centred(cx, r.height() / 2.0 - 0.5, spacing, s.roiSpacing(), size, mirrored);
    }

    /** The window of {@code size} pixels at the landmark spacing centred on {@code centre} (whole-image pixels). */
    public static KneeWindow landmarkWindow(Point centre, double spacing, boolean mirrored, Settings s, int size) {
        return KneeWindow.centred(centre.x(), centre.y(), spacing, s.landmarkSpacing(), size, mirrored);
    }

    /** Window pixels scaled to [0, 1] by the image's bit depth. */
    public static float[] unitPixels(Radiograph r, KneeWindow w) {
        float[] v = w.sample(r.grey(), r.width(), r.height());
        float top = r.bits() == 8 ? 255f : 65535f;
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1f, Math.max(0f, v[i] / top));
        }
        return v;
    }

    /** The network input: the grey crop standardised (zero mean, unit SD over the crop) and replicated to 3 channels. */
    public static float[] networkInput(float[] grey) {
        double[] ms = Image2D.meanAndStd(grey);
        double mean = ms[0];
        double sd = Math.max(1e-3, ms[1]);
        float[] out = new float[3 * grey.length];
        for (int i = 0; i < grey.length; i++) {
            float v = (float) ((grey[i] - mean) / sd);
            out[i] = v;
            out[grey.length + i] = v;
            out[2 * grey.length + i] = v;
        }
        return out;
    }

    /**
     * Two-stage inference with the average of the given models at each stage: ROI model(s) on each knee's half
     * radiograph, landmark model(s) on the landmark crop around the found centre, and again on the crop re-centred
     * on the middle tibial landmark. The 16 landmarks per knee in whole-image pixels. The models run in evaluation
     * mode without gradients, {@value #BATCH} knees at a time.
     */
    public static Point[][] predict(List<Network> roiModels, List<Network> landmarkModels, List<Knee> knees, Settings s, TensorScope scope) {
        if (roiModels.isEmpty() || landmarkModels.isEmpty()) {
            throw new IllegalArgumentException("inference needs at least one ROI and one landmark model");
        }
        Point[] centres = new Point[knees.size()];
        KneeWindow[] windows = new KneeWindow[knees.size()];
        for (int i = 0; i < knees.size(); i++) {
            Knee k = knees.get(i);
            windows[i] = halfWindow(k.image(), k.spacing(), k.mirrored(), s, s.roiCrop());
        }
        Point[][] roi = run(roiModels, knees, windows, s.roiCrop(), 1, scope);
        for (int i = 0; i < knees.size(); i++) {
            centres[i] = roi[i][0];
        }
        Point[][] out = null;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < knees.size(); i++) {
                windows[i] = landmarkWindow(centres[i], knees.get(i).spacing(), knees.get(i).mirrored(), s, s.landmarkCrop());
            }
            out = run(landmarkModels, knees, windows, s.landmarkCrop(), LANDMARKS, scope);
            for (int i = 0; i < knees.size(); i++) {
                centres[i] = out[i][CENTRE_LANDMARK];
            }
        }
        return out;
    }

    /** The models' mean prediction on each window, mapped back to whole-image pixels. */
    private static Point[][] run(List<Network> models, List<Knee> knees, KneeWindow[] windows, int crop, int points, TensorScope scope) {
        Point[][] out = new Point[knees.size()][points];
        for (int from = 0; from < knees.size(); from += BATCH) {
            int n = Math.min(BATCH, knees.size() - from);
            float[] x = new float[n * 3 * crop * crop];
            for (int i = 0; i < n; i++) {
                Radiograph r = knees.get(from + i).image();
                System.arraycopy(networkInput(unitPixels(r, windows[from + i])), 0, x, i * 3 * crop * crop, 3 * crop * crop);
            }
            double[] sum = new double[n * points * 2];
            try (TensorScope tmp = scope.newChild(); Autograd.NoGradScope ng = Autograd.noGrad()) {
                Tensor input = Tensor.fromFloatArray(tmp, x, n, 3, crop, crop);
                for (Network m : models) {
                    float[] y = m.root().inEvalMode(() -> m.forward(input).toFloatArray());
                    for (int j = 0; j < y.length; j++) {
                        sum[j] += y[j] * (double) crop / models.size();
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < points; p++) {
                    out[from + i][p] = windows[from + i].toImage(sum[(i * points + p) * 2], sum[(i * points + p) * 2 + 1]);
                }
            }
        }
        return out;
    }
}
