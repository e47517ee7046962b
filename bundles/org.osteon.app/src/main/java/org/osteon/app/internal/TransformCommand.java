package org.osteon.app.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.osteon.core.InvalidInputException;
import org.osteon.core.dataset.PixelSpacing;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.step.ParameterSpec;
import org.osteon.io.RasterImageReader;
import org.osteon.io.RasterImageWriter;
import org.osteon.preprocess.Image2D;
import org.osteon.preprocess.ImageSample;
import org.osteon.preprocess.Transform;
import org.osteon.preprocess.TransformCatalog;

/**
 * {@code osteon transform ID IN OUT [--set name=value]... [--seed S]}: one transform on one PNG radiograph, written
 * as a PNG of the input's kind (8- or 16-bit grey, or 8-bit RGB for a colour input) so that users can preview
 * preprocessing. A transform declaring a {@code bits} parameter (CLAHE) gets the file's bit depth unless it is
 * set. Values are rounded and clamped to the output range; a result entirely within [0, 1] (windowing,
 * min-max normalisation) is first stretched to the full range so that it stays visible.
 */
final class TransformCommand {

    private final TransformCatalog catalog;
    private final PrintStream out;

    TransformCommand(TransformCatalog catalog, PrintStream out) {
        this.catalog = catalog;
        this.out = out;
    }

    int run(String id, Path in, Path outFile, List<String> sets, long seed) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--set '" + s + "' is not name=value");
            }
            values.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        catalog.create(id, values); // an unknown id or a bad value is reported before any file is touched
        if (!Files.isRegularFile(in)) {
            throw new InvalidInputException("input image " + in + " does not exist or is not a file");
        }
        if (!name(in).endsWith(".png")) {
            throw new InvalidInputException("input image " + in + " is not a PNG file: 'osteon transform' writes its "
                    + "result in the input's format and Osteon writes PNG (8- or 16-bit grey, 8-bit RGB)");
        }
        if (!name(outFile).endsWith(".png")) {
            throw new InvalidInputException("output " + outFile + " must be a .png file, like the input " + in);
        }
        RasterImageReader reader = new RasterImageReader();
        ImageInfo info = reader.info(Location.of(in), Path.of(""));
        Volume volume = reader.read(in);
        double[] spacing = volume.geometry().spacing();
        PixelSpacing px = new PixelSpacing(spacing[0], spacing[1]);
        boolean colour = info.voxelType().startsWith("rgb");
        int top = colour || info.voxelType().equals("uint8") ? 255 : 65535;
        boolean declaresBits = catalog.find(id).orElseThrow().parameters().stream().anyMatch(p -> p.name().equals("bits"));
        if (declaresBits && !values.containsKey("bits") && !colour) {
            // a transform with a bit depth (CLAHE) works at the file's depth, as OpenCV does on its array
            values.put("bits", top == 255 ? "8" : "16");
        }
        Transform transform = catalog.create(id, values);
        Image2D image = colour ? rgb(in) : Image2D.ofSlice(volume);
        ImageSample result = transform.apply(ImageSample.of(image, px), new SplittableRandom(seed));
        Image2D o = result.image();
        float[] r = o.range();
        boolean unit = r[0] >= 0 && r[1] <= 1 && image.range()[1] > 1;
        Geometry g = new Geometry(new double[] {result.spacing().x(), result.spacing().y(), spacing[2]}, new double[3],
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
        if (o.channels() == 3 && colour) {
            writeRgb(o, outFile, unit ? 255 : 1);
        } else if (o.channels() == 1) {
            Volume v = o.toVolume(g);
            if (top == 255) {
                RasterImageWriter.writePng8(v, outFile, 0, unit ? 1 : 255);
            } else {
                RasterImageWriter.writePng16(v, outFile, 0, unit ? 1 : 65535);
            }
        } else {
            throw new InvalidInputException("transform " + id + " made a " + o.channels() + "-channel image from "
                    + image.channels() + "-channel " + in + ": a preview needs the input's channel count");
        }
        out.println(String.format(Locale.ROOT, "%s: %s -> %s (%d x %d%s, values %.4g..%.4g%s)", id, in, outFile,
                o.width(), o.height(), colour ? " RGB" : top == 255 ? " 8-bit" : " 16-bit", r[0], r[1],
                unit ? ", [0, 1] stretched to the full range" : ""));
        return Commands.OK;
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static Image2D rgb(Path in) throws IOException {
        BufferedImage img = ImageIO.read(in.toFile());
        int w = img.getWidth();
        int h = img.getHeight();
        float[] d = new float[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                d[(y * w + x) * 3] = (argb >> 16) & 0xff;
                d[(y * w + x) * 3 + 1] = (argb >> 8) & 0xff;
                d[(y * w + x) * 3 + 2] = argb & 0xff;
            }
        }
        return new Image2D(w, h, 3, d);
    }

    private static void writeRgb(Image2D o, Path file, double scale) throws IOException {
        BufferedImage img = new BufferedImage(o.width(), o.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < o.height(); y++) {
            for (int x = 0; x < o.width(); x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    long v = Math.round(o.get(x, y, c) * scale);
                    rgb = (rgb << 8) | (int) Math.max(0, Math.min(255, v));
                }
                img.setRGB(x, y, rgb);
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        if (!ImageIO.write(img, "png", tmp.toFile())) {
            throw new IllegalStateException("no PNG encoder in this Java runtime");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** {@code osteon list transforms}. */
    void list() {
        List<TransformCatalog.Entry> all = catalog.all();
        out.println("transforms (" + all.size() + ")");
        for (TransformCatalog.Entry e : all) {
            out.println("  " + e.id() + "  " + (e.description().isEmpty() ? e.name() : e.description()));
            for (ParameterSpec p : e.parameters()) {
                out.println("      param " + p.name() + " = " + (p.defaultValue().isEmpty() ? "(none)" : p.defaultValue())
                        + "  " + p.describe() + (p.doc().isEmpty() ? "" : "; " + p.doc()));
            }
        }
    }
}
