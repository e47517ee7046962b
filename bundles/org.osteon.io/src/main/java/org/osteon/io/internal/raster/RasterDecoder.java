package org.osteon.io.internal.raster;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.Volume;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Decodes the first image of a PNG, JPEG or TIFF file with the JDK's own Image I/O plugins (found in OSGi as
 * in any Java program, since they are part of the JDK) into a grey-value {@link Volume} with one slice, and
 * reads its pixel spacing from the file's resolution fields.
 */
public final class RasterDecoder {

    /**
     * No supported codec packs more pixel bytes into one file byte than this (deflate: about 1032, LZW: about
     * 2700, JPEG: a few hundred); a header announcing more is corrupt, and is refused before memory is taken.
     */
    private static final long MAX_EXPANSION = 4000;

    /** BT.601 luma weights for colour to grey. */
    public static final double RED = 0.299;
    public static final double GREEN = 0.587;
    public static final double BLUE = 0.114;

    private RasterDecoder() {
    }

    /** The decoded image and what {@code osteon info} shows about it. */
    public record Decoded(Volume volume, String format, String voxelType, Map<String, String> tags) {
    }

    /** True when the file starts with a PNG, JPEG or TIFF signature. */
    public static boolean hasSignature(byte[] b, int n) {
        return format(b, n) != null;
    }

    /** "PNG", "JPEG", "TIFF" from the first bytes, or null. */
    public static String format(byte[] b, int n) {
        if (n >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
                && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "PNG";
        }
        if (n >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "JPEG";
        }
        if (n >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0
                || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42)) {
            return "TIFF";
        }
        return null;
    }

    public static Decoded decode(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new InvalidInputException("file " + file + " does not exist; expected a PNG, JPEG or TIFF image");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a folder; expected a PNG, JPEG or TIFF image");
        }
        byte[] first = new byte[8];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(first, 0, 8);
        }
        String format = format(first, n);
        if (format == null) {
            throw new InvalidInputException(file + " is not a PNG, JPEG or TIFF image: it does not start with any of"
                    + " their signatures");
        }
        long fileSize = Files.size(file);
        try (ImageInputStream iis = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.toLowerCase(Locale.ROOT));
            if (!readers.hasNext()) {
                throw new InvalidInputException("cannot read " + file + ": no " + format + " decoder is installed in"
                        + " this Java runtime");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, false, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || (long) width * height > Integer.MAX_VALUE - 8
                        || (long) width * height > MAX_EXPANSION * fileSize) {
                    throw new InvalidInputException(file + " declares a " + width + " x " + height + " " + format
                            + " image in " + fileSize + " bytes; the file is truncated or corrupt (expected an image"
                            + " of at most 2^31 pixels that its data can hold)");
                }
                IIOMetadata metadata = reader.getImageMetadata(0);
                Map<String, String> tags = new LinkedHashMap<>();
                BufferedImage image;
                try {
                    image = reader.read(0);
                } catch (javax.imageio.IIOException e) {
                    if (!format.equals("TIFF")) {
                        throw e;
                    }
                    // e.g. 16-bit samples with a horizontal predictor, as libtiff and OpenCV write them
                    image = readTiffWithTwelveMonkeys(file);
                    tags.put("decoder", "TwelveMonkeys TIFF (the JDK's reader refused it: " + e.getMessage() + ")");
                }
                Volume volume = grey(image, spacing(format, metadata, tags), tags);
                int pages = format.equals("TIFF") ? reader.getNumImages(false) : 1;
                if (pages > 1) {
                    tags.put("pages", pages + " (the first is read)");
                }
                return new Decoded(volume, format, tags.remove("voxel type"), tags);
            } finally {
                reader.dispose();
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the JDK decoders report corrupt input with IIOExceptions and, on some inputs, runtime exceptions
            throw new InvalidInputException(file + " is not a valid " + format + " image (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); it may be truncated or corrupt", e);
        }
    }

    /** The first image of a TIFF file through TwelveMonkeys' reader, created directly (not through ImageIO's registry). */
    private static BufferedImage readTiffWithTwelveMonkeys(Path file) throws IOException {
        ImageReader reader = new com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi().createReaderInstance(null);
        try (ImageInputStream iis = new FileImageInputStream(file.toFile())) {
            reader.setInput(iis, false, false);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    /** Grey values as stored (palette: the palette's colours; colour: BT.601 luma; alpha ignored). */
    private static Volume grey(BufferedImage image, double[] spacing, Map<String, String> tags) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        int bands = raster.getNumBands();
        int bits = raster.getSampleModel().getSampleSize(0);
        float[] data = new float[w * h];
        String colour;
        if (cm instanceof IndexColorModel icm) {
            int size = icm.getMapSize();
            float[] lut = new float[size];
            boolean grey = true;
            for (int i = 0; i < size; i++) {
                grey &= icm.getRed(i) == icm.getGreen(i) && icm.getGreen(i) == icm.getBlue(i);
            }
            for (int i = 0; i < size; i++) {
                lut[i] = grey ? icm.getRed(i)
                        : (float) (RED * icm.getRed(i) + GREEN * icm.getGreen(i) + BLUE * icm.getBlue(i));
            }
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int index = raster.getSample(x, y, 0);
                    data[x + w * y] = index < size ? lut[index] : 0;
                }
            }
            colour = grey ? "palette (grey)" : "palette (colour converted to grey: 0.299 R + 0.587 G + 0.114 B)";
            tags.put("voxel type", "uint8");
        } else if (bands <= 2) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    data[x + w * y] = raster.getSampleFloat(x, y, 0);
                }
            }
            colour = bands == 1 ? "grey" : "grey + alpha (alpha ignored)";
            tags.put("voxel type", voxelType(raster, bits));
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    data[x + w * y] = (float) (RED * raster.getSampleFloat(x, y, 0)
                            + GREEN * raster.getSampleFloat(x, y, 1) + BLUE * raster.getSampleFloat(x, y, 2));
                }
            }
            colour = (bands == 3 ? "RGB" : "RGB + " + (bands - 3) + " more channel(s), ignored")
                    + " (converted to grey: 0.299 R + 0.587 G + 0.114 B)";
            tags.put("voxel type", "rgb" + bits);
        }
        tags.put("bit depth", Integer.toString(bits));
        tags.put("colour type", colour);
        return new Volume(new GridSize(w, h, 1), new Geometry(spacing, new double[3],
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}), data);
    }

    private static String voxelType(Raster raster, int bits) {
        return switch (raster.getDataBuffer().getDataType()) {
            case java.awt.image.DataBuffer.TYPE_SHORT -> "int16";
            case java.awt.image.DataBuffer.TYPE_INT -> "int32";
            case java.awt.image.DataBuffer.TYPE_FLOAT -> "float32";
            case java.awt.image.DataBuffer.TYPE_DOUBLE -> "float64";
            default -> bits <= 8 ? "uint" + bits : "uint16";
        };
    }

    /**
     * Pixel spacing in mm from PNG pHYs (unit metre), TIFF XResolution/YResolution with ResolutionUnit inch or
     * centimetre, or JPEG JFIF density in dots per inch or cm; 1 mm when the file gives none, with the tag
     * {@code pixel spacing unknown}.
     */
    private static double[] spacing(String format, IIOMetadata metadata, Map<String, String> tags) {
        double[] perMm = null; // pixels per mm along x and y
        String source = null;
        try {
            switch (format) {
                case "PNG" -> {
                    Node phys = child(metadata.getAsTree("javax_imageio_png_1.0"), "pHYs");
                    if (phys != null && "meter".equals(attribute(phys, "unitSpecifier"))) {
                        perMm = new double[] {Double.parseDouble(attribute(phys, "pixelsPerUnitXAxis")) / 1000,
                            Double.parseDouble(attribute(phys, "pixelsPerUnitYAxis")) / 1000};
                        source = "PNG pHYs (pixels per metre)";
                    }
                }
                case "JPEG" -> {
                    Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
                    Node jfif = child(child(root, "JPEGvariety"), "app0JFIF");
                    String units = jfif == null ? null : attribute(jfif, "resUnits");
                    if ("1".equals(units) || "2".equals(units)) {
                        double per = "1".equals(units) ? 25.4 : 10;
                        perMm = new double[] {Double.parseDouble(attribute(jfif, "Xdensity")) / per,
                            Double.parseDouble(attribute(jfif, "Ydensity")) / per};
                        source = "JPEG JFIF density (dots per " + ("1".equals(units) ? "inch" : "cm") + ")";
                    }
                }
                default -> {
                    TIFFDirectory dir = TIFFDirectory.createFromMetadata(metadata);
                    TIFFField xr = dir.getTIFFField(BaselineTIFFTagSet.TAG_X_RESOLUTION);
                    TIFFField yr = dir.getTIFFField(BaselineTIFFTagSet.TAG_Y_RESOLUTION);
                    TIFFField unit = dir.getTIFFField(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT);
                    int u = unit == null ? BaselineTIFFTagSet.RESOLUTION_UNIT_INCH : unit.getAsInt(0);
                    if (xr != null && (u == BaselineTIFFTagSet.RESOLUTION_UNIT_INCH
                            || u == BaselineTIFFTagSet.RESOLUTION_UNIT_CENTIMETER)) {
                        double per = u == BaselineTIFFTagSet.RESOLUTION_UNIT_INCH ? 25.4 : 10;
                        double x = xr.getAsDouble(0);
                        double y = yr == null ? x : yr.getAsDouble(0);
                        perMm = new double[] {x / per, y / per};
                        source = "TIFF XResolution/YResolution (per " + (per == 25.4 ? "inch" : "cm") + ")";
                    }
                }
            }
        } catch (RuntimeException | javax.imageio.metadata.IIOInvalidTreeException e) {
            perMm = null; // unreadable resolution fields count as none
        }
        if (perMm != null && perMm[0] > 0 && perMm[1] > 0 && Double.isFinite(perMm[0]) && Double.isFinite(perMm[1])) {
            double sx = 1 / perMm[0];
            double sy = 1 / perMm[1];
            tags.put("pixel spacing", sx + " x " + sy + " mm, from " + source);
            tags.put("DPI", String.format(Locale.ROOT, "%.4g x %.4g", 25.4 / sx, 25.4 / sy));
            return new double[] {sx, sy, 1};
        }
        tags.put("pixel spacing unknown", "the file gives no physical resolution; 1 mm assumed");
        return new double[] {1, 1, 1};
    }

    private static Node child(Node node, String name) {
        if (node == null) {
            return null;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (name.equals(c.getNodeName())) {
                return c;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        NamedNodeMap attributes = node.getAttributes();
        Node a = attributes == null ? null : attributes.getNamedItem(name);
        return a == null ? null : a.getNodeValue();
    }
}
