package org.osteon.io.dataset;

import java.util.Locale;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.Landmarks;
import org.osteon.core.dataset.Landmarks.Point;
import org.osteon.core.dataset.Sample;

/**
 * The knee region of interest of one knee in a bilateral PA knee radiograph, as KNEEL's annotation file gives
 * it ({@code bbox} = x1,y1,x2,y2 in whole-image pixels, x2 and y2 exclusive), and the mapping between ROI and
 * whole-image pixel coordinates.
 * <p>
 * <b>Sides.</b> In a PA radiograph the patient's right knee (R) appears on the image's left and the left knee
 * (L) on its right. KNEEL crops the R ROI as is and <em>mirrors the L ROI horizontally</em>, so that both knees
 * look alike (lateral side on the ROI's left); its landmark coordinates are relative to those ROIs. This follows
 * KNEEL's dataset script ({@code scripts/create_bone_finder_dataset.py}: {@code cv2.flip} of the L crop and
 * {@code x = bbox_width - (x_image - x1)} for L landmarks, hence x2 - x_roi rather than x2 - 1 - x_roi). The
 * published file agrees within one pixel: the middle (5th) tibia point, on which KNEEL centres the ROI, maps
 * onto the {@code center} column up to KNEEL's separate rounding (exactly on the first rows). Being at the
 * ROI centre, that point cannot show the mirroring itself. Hence, with W = x2 - x1:
 * R: x_image = x1 + x_roi; L: x_image = x2 - x_roi = x1 + W - x_roi; y_image = y1 + y_roi for both.
 *
 * @param side "L" or "R"
 */
public record KneeRoi(String side, double x1, double y1, double x2, double y2) {

    public KneeRoi {
        if (!side.equals("L") && !side.equals("R")) {
            throw new IllegalArgumentException("side must be L or R, got " + side);
        }
        if (!(x2 > x1) || !(y2 > y1)) {
            throw new IllegalArgumentException("an ROI needs x2 > x1 and y2 > y1, got " + x1 + "," + y1 + "," + x2 + "," + y2);
        }
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    /** Whether ROI coordinates are mirrored relative to the image (the L knee). */
    public boolean mirrored() {
        return side.equals("L");
    }

    /** A point in ROI coordinates (mirrored for L) as whole-image pixel coordinates. */
    public Point toImage(Point roi) {
        return new Point(mirrored() ? x2 - roi.x() : x1 + roi.x(), y1 + roi.y());
    }

    /** A point in whole-image pixel coordinates as ROI coordinates (mirrored for L). */
    public Point toRoi(Point image) {
        return new Point(mirrored() ? x2 - image.x() : image.x() - x1, image.y() - y1);
    }

    /** Landmarks in whole-image coordinates mapped into this ROI (the coordinates KNEEL's CSV stores). */
    public Landmarks toRoi(Landmarks image) {
        return image.map(this::toRoi);
    }

    /** The {@code bbox} text as KNEEL writes it: "x1,y1,x2,y2". */
    public String bbox() {
        return fmt(x1) + "," + fmt(y1) + "," + fmt(x2) + "," + fmt(y2);
    }

    /** The ROI of a sample read by {@link KneelReader} (attributes {@code side} and {@code bbox}). */
    public static KneeRoi of(Sample sample) {
        String side = sample.attribute("side").orElse("");
        String[] b = sample.attribute("bbox").orElse("").split(",");
        if (b.length != 4) {
            throw new InvalidInputException("sample " + sample.id() + " has no knee ROI (attributes side and bbox);"
                    + " expected a sample read by the KNEEL reader");
        }
        try {
            return new KneeRoi(side, Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2]),
                    Double.parseDouble(b[3]));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sample " + sample.id() + " has knee ROI " + side + " "
                    + sample.attribute("bbox").orElse("") + "; " + e.getMessage());
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
