package org.osteon.methods;

import java.io.IOException;
import java.nio.file.Path;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.registry.ReaderDescriptor;
import org.osteon.core.registry.Registry;
import org.osteon.io.VolumeReaders;
import org.osteon.preprocess.Clahe;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageNetNormalization;
import org.osteon.preprocess.IntensityWindow;

/**
 * How the finger method turns a radiograph file into network input, the same in training and in
 * {@code osteon predict}: decoded by the reader the readers registry chooses for the file; optionally CLAHE
 * (OpenCV's {@code createCLAHE(clipLimit, tiles).apply} on the 8- or 16-bit grey values); resized to
 * {@code size x size} as cv2.resize does (area averaging when shrinking, bilinear when enlarging); scaled to [0, 1] by the bit
 * depth's maximum; replicated to three channels and normalised with ImageNet's mean and std.
 *
 * @param size      output width and height in pixels
 * @param clahe     whether CLAHE is applied before resizing
 * @param clipLimit CLAHE clip limit (OpenCV's default 2.0 in the method)
 * @param tilesX    CLAHE tile columns
 * @param tilesY    CLAHE tile rows
 */
public record RadiographPreprocessing(int size, boolean clahe, double clipLimit, int tilesX, int tilesY) {

    /** A decoded grey radiograph before resizing: values 0..{@code 2^bits - 1}, row-major. */
    public record Radiograph(int width, int height, int bits, float[] grey) {

        /** The grey values scaled to [0, 1] (for overlays). */
        public float[] unit() {
            float top = bits == 8 ? 255f : 65535f;
            float[] out = new float[grey.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.min(1f, Math.max(0f, grey[i] / top));
            }
            return out;
        }
    }

    public RadiographPreprocessing {
        if (size < 16 || size > 1024) {
            throw new InvalidInputException("imageSize must be in [16, 1024] pixels, got " + size);
        }
        if (clahe && (!(clipLimit > 0) || tilesX < 1 || tilesY < 1)) {
            throw new InvalidInputException("CLAHE needs a clip limit > 0 and at least 1 x 1 tiles, got " + clipLimit + " and "
                    + tilesX + "x" + tilesY);
        }
    }

    /** Values per sample: 3 x size x size. */
    public int valueCount() {
        return 3 * size * size;
    }

    /**
     * Reads one radiograph with the reader the registry picks for it (a 2D image: the first slice of what it
     * reads) and checks that its values are 8- or 16-bit grey. A file no reader accepts or that fails to decode
     * is an {@link InvalidInputException} naming it, and so are values below 0 or above 65535.
     */
    public static Radiograph read(Path file, Registry<ReaderDescriptor> readers) {
        Image2D image = decode(file, readers);
        float[] grey = image.data();
        float max = 0;
        float min = 0;
        for (float g : grey) {
            max = Math.max(max, g);
            min = Math.min(min, g);
        }
        if (min < 0 || max > 65535) {
            throw new InvalidInputException("image " + file + " has grey values in [" + min + ", " + max
                    + "]; expected an 8- or 16-bit radiograph (0..255 or 0..65535)");
        }
        return new Radiograph(image.width(), image.height(), max > 255 ? 16 : 8, grey);
    }

    /**
     * The first slice of what the reader the registry picks for {@code file} reads, with the values it gives (a
     * DICOM file's after its rescale, e.g. negative Hounsfield units; MONOCHROME1 already inverted), unchecked. A
     * file no reader accepts or that fails to decode is an {@link InvalidInputException} naming it.
     */
    public static Image2D decode(Path file, Registry<ReaderDescriptor> readers) {
        Volume v;
        try {
            Path absolute = file.toAbsolutePath();
            v = VolumeReaders.readVolume(readers, Location.of(absolute), absolute.getParent());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException("cannot decode image " + file + ": " + e.getMessage()
                    + "; expected a readable radiograph (PNG, JPEG, DICOM...)");
        }
        int w = v.size().nx();
        int h = v.size().ny();
        float[] grey = new float[w * h];
        System.arraycopy(v.data(), 0, grey, 0, grey.length);
        return Image2D.grey(w, h, grey);
    }

    /** The network input of one radiograph: (3, size, size) row-major. */
    public float[] input(Radiograph r) {
        float[] grey = r.grey();
        if (clahe) {
            int[] ints = new int[grey.length];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = Math.round(grey[i]);
            }
            int[] eq = new Clahe(clipLimit, tilesX, tilesY, 1).apply(ints, r.width(), r.height(), r.bits());
            grey = new float[eq.length];
            for (int i = 0; i < eq.length; i++) {
                grey[i] = eq[i];
            }
        }
        float[] resized = Image2D.grey(r.width(), r.height(), grey).resize(size, size).data();
        return ImageNetNormalization.greyToChannels(resized, 0, resized.length,
                new IntensityWindow(0, r.bits() == 8 ? 255 : 65535));
    }
}
