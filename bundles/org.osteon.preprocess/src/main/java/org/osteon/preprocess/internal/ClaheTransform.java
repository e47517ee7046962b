package org.osteon.preprocess.internal;

import org.osteon.core.InvalidInputException;
import org.osteon.preprocess.Clahe;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformSettings;

/**
 * {@code org.osteon.preprocess.clahe}: {@link Clahe} on grey images whose values are integers 0..255 (8-bit) or
 * 0..65535 (16-bit; {@code bits=auto} picks 8 when every value fits); on RGB images (values 0..255) the image is
 * converted to CIE L*a*b*, only L is equalised, and converted back, as the finger-abnormality method does with
 * OpenCV's {@code COLOR_RGB2LAB}. Mask and landmarks are unchanged.
 */
public final class ClaheTransform implements Transform {

    private final double clipLimit;
    private final int tilesX;
    private final int tilesY;
    private final String bits;
    private final Clahe clahe;

    public ClaheTransform() {
        this(2.0, 8, 8, "auto");
    }

    public ClaheTransform(double clipLimit, int tilesX, int tilesY, String bits) {
        this.clahe = new Clahe(clipLimit, tilesX, tilesY); // validates; one instance keeps its worker threads
        this.clipLimit = clipLimit;
        this.tilesX = tilesX;
        this.tilesY = tilesY;
        this.bits = bits;
    }

    @Override
    public Transform configure(TransformSettings s) {
        int[] tiles = s.size("tiles");
        return new ClaheTransform(s.real("clipLimit"), tiles[0], tiles[1], s.text("bits"));
    }

    @Override
    public ImageSample apply(ImageSample sample, java.util.SplittableRandom random) {
        Image2D img = sample.image();
        if (img.channels() == 3) {
            return sample.withImage(LabColor.equaliseLightness(img, clahe));
        }
        if (img.channels() != 1) {
            throw new InvalidInputException("CLAHE works on grey or RGB images, got " + img.channels() + " channels");
        }
        int[] px = new int[img.data().length];
        int max = 0;
        for (int i = 0; i < px.length; i++) {
            float v = img.data()[i];
            if (!(v >= 0 && v <= 65535 && v == Math.rint(v))) {
                throw new InvalidInputException("CLAHE needs integer grey levels 0..65535, got " + v + " at pixel ("
                        + i % img.width() + ", " + i / img.width() + "): window or rescale the image first");
            }
            px[i] = (int) v;
            max = Math.max(max, px[i]);
        }
        int depth = switch (bits) {
            case "8" -> 8;
            case "16" -> 16;
            default -> max <= 255 ? 8 : 16;
        };
        int[] out = clahe.apply(px, img.width(), img.height(), depth);
        float[] f = new float[out.length];
        for (int i = 0; i < out.length; i++) {
            f[i] = out[i];
        }
        return sample.withImage(Image2D.grey(img.width(), img.height(), f));
    }
}
