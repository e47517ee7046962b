package org.osteon.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.osteon.io.internal.dicom.DicomDataSet;
import org.osteon.io.internal.dicom.DicomImage;
import org.osteon.io.internal.dicom.DicomParser;
import org.osteon.io.internal.dicom.DicomPixels;
import org.osteon.io.internal.dicom.DicomTags;

/**
 * KNEEL's preprocessing of OAI knee radiographs (Tiulpin et al. 2019, {@code read_dicom} and
 * {@code process_xray} of its code): the DICOM image with MONOCHROME1 inverted, intensities clipped to their
 * 5th and 99th percentiles (numpy's default linear interpolation), shifted and scaled to 0..255, and the
 * pixel spacing of the file.
 * <p>
 * Differences from KNEEL's Python, none of which changes the result for its files: KNEEL reads the raw pixel
 * data as uint16 and inverts MONOCHROME1 as max - v over the image's own maximum; here the values come from
 * {@link DicomReader}'s decoding (any transfer syntax, bits stored honoured, rescale applied, MONOCHROME1
 * inverted over the bits-stored range). Both inversions differ by a constant, and an increasing linear
 * rescale commutes with percentiles, so the normalised image is the same. An image whose 5th and 99th
 * percentiles are equal becomes all 0 (KNEEL divides by zero there).
 * <p>
 * Spacing: KNEEL takes Imager Pixel Spacing (0018,1164) first and Pixel Spacing (0028,0030) only without it;
 * {@link #read(Path)} does the same. {@link #read(Path, boolean)} can prefer Pixel Spacing instead (the
 * spacing calibrated at the patient, where a file has both).
 */
public final class KneelPreprocessing {

    /** KNEEL's defaults: the percentiles clipped to and the largest output value. */
    public static final double LOW_PERCENTILE = 5;
    public static final double HIGH_PERCENTILE = 99;
    public static final double MULTIPLIER = 255;

    /**
     * A preprocessed radiograph.
     *
     * @param image         values 0..255 (one slice), geometry as {@link DicomReader} gives it
     * @param spacing       mm per pixel (KNEEL's single value: the first of the pair, the row spacing)
     * @param spacingSource which attribute the spacing came from
     * @param low           the 5th percentile of the values before normalisation
     * @param high          the 99th percentile
     */
    public record Radiograph(Volume image, double spacing, String spacingSource, double low, double high) {
    }

    private KneelPreprocessing() {
    }

    /** Reads and normalises a DICOM radiograph as KNEEL does (Imager Pixel Spacing first). */
    public static Radiograph read(Path dicom) throws IOException {
        return read(dicom, false);
    }

    /**
     * Reads and normalises a DICOM radiograph.
     *
     * @param pixelSpacingFirst take Pixel Spacing before Imager Pixel Spacing
     * @throws InvalidInputException when the file cannot be read or has neither spacing (KNEEL refuses it too)
     */
    public static Radiograph read(Path dicom, boolean pixelSpacingFirst) throws IOException {
        DicomDataSet ds = parse(dicom);
        Spacing spacing = spacing(ds, dicom, pixelSpacingFirst).orElseThrow(() -> new InvalidInputException(dicom
                + " has neither Imager Pixel Spacing (0018,1164) nor Pixel Spacing (0028,0030); KNEEL's preprocessing"
                + " needs the pixel spacing"));
        Normalised n = normalised(ds, dicom);
        return new Radiograph(n.volume(), spacing.mm(), spacing.source(), n.low(), n.high());
    }

    /**
     * The pixel spacing a DICOM radiograph states, in mm (the first of the pair), chosen as {@link #read(Path,
     * boolean)} chooses it; empty when it has neither attribute. Only the header is looked at.
     *
     * @throws InvalidInputException when the file cannot be read or states a spacing that is not positive
     */
    public static Optional<Double> spacing(Path dicom, boolean pixelSpacingFirst) throws IOException {
        return spacing(parse(dicom), dicom, pixelSpacingFirst).map(Spacing::mm);
    }

    /**
     * The normalised image alone ({@link Radiograph#image()}), for callers that know the spacing from elsewhere:
     * the file need not state one.
     */
    public static Volume image(Path dicom) throws IOException {
        return normalised(parse(dicom), dicom).volume();
    }

    private record Spacing(double mm, String source) {
    }

    private record Normalised(Volume volume, double low, double high) {
    }

    private static DicomDataSet parse(Path dicom) throws IOException {
        if (!Files.isRegularFile(dicom)) {
            throw new InvalidInputException("file " + dicom + " does not exist; expected a DICOM radiograph");
        }
        return DicomParser.parse(Files.readAllBytes(dicom), dicom.toString());
    }

    private static Optional<Spacing> spacing(DicomDataSet ds, Path dicom, boolean pixelSpacingFirst) {
        int first = pixelSpacingFirst ? DicomTags.PIXEL_SPACING : DicomTags.IMAGER_PIXEL_SPACING;
        int second = pixelSpacingFirst ? DicomTags.IMAGER_PIXEL_SPACING : DicomTags.PIXEL_SPACING;
        Optional<double[]> spacing = Optional.of(ds.numbers(first)).filter(d -> d.length > 0);
        int used = first;
        if (spacing.isEmpty()) {
            spacing = Optional.of(ds.numbers(second)).filter(d -> d.length > 0);
            used = second;
        }
        if (spacing.isEmpty()) {
            return Optional.empty();
        }
        double mm = spacing.get()[0];
        if (!(mm > 0)) {
            throw new InvalidInputException(dicom + " has pixel spacing " + mm + " in " + DicomTags.format(used)
                    + "; expected a positive spacing in mm");
        }
        String source = (used == DicomTags.PIXEL_SPACING ? "Pixel Spacing " : "Imager Pixel Spacing ")
                + DicomTags.format(used);
        return Optional.of(new Spacing(mm, source));
    }

    private static Normalised normalised(DicomDataSet ds, Path dicom) throws IOException {
        DicomImage image = DicomImage.of(ds);
        if (image.frames() != 1) {
            throw new InvalidInputException(dicom + " holds " + image.frames() + " frames; expected one radiograph");
        }
        float[] values = DicomPixels.decode(ds, image);
        double[] limits = percentiles(values, LOW_PERCENTILE, HIGH_PERCENTILE);
        float[] normalised = normalise(values, limits[0], limits[1], MULTIPLIER);
        Geometry geometry = new DicomReader().read(dicom).geometry();
        Volume volume = new Volume(new GridSize(image.columns(), image.rows(), 1), geometry, normalised);
        return new Normalised(volume, limits[0], limits[1]);
    }

    /**
     * KNEEL's {@code process_xray}: values clipped to [low, high], minus low, divided by the largest result,
     * times {@code multiplier}; computed in double precision like numpy's float64.
     */
    public static float[] normalise(float[] values, double low, double high, double multiplier) {
        double max = Double.NEGATIVE_INFINITY;
        double[] v = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double x = Math.min(Math.max(values[i], low), high) - low;
            v[i] = x;
            max = Math.max(max, x);
        }
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = max > 0 ? (float) (v[i] / max * multiplier) : 0f;
        }
        return out;
    }

    /** Percentiles (0..100) with numpy's default "linear" method, including its interpolation formula. */
    public static double[] percentiles(float[] values, double... q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            double index = q[i] / 100 * (sorted.length - 1);
            int below = (int) Math.floor(index);
            int above = Math.min(below + 1, sorted.length - 1);
            double t = index - below;
            double a = sorted[below];
            double b = sorted[above];
            double diff = b - a;
            // numpy's _lerp: a + diff * t, or b - diff * (1 - t) from t = 0.5 on
            out[i] = t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        }
        return out;
    }
}
