package org.osteon.io;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.LabelMap;
import org.osteon.core.image.Volume;
import org.osteon.core.io.VolumeWriter;
import org.osteon.io.internal.VoxelData;

/**
 * Writes one-slice volumes as 8- or 16-bit grey PNG files, row by row from the top (y = 0) as
 * {@link RasterImageReader} reads them, with the x/y spacing in a {@code pHYs} chunk (pixels per metre,
 * rounded to an integer: a spacing of s mm reads back as 1000 / round(1000 / s)).
 * <p>
 * <b>Scaling rules.</b> {@link #writePng8} and {@link #writePng16} store each value rounded to the nearest
 * integer and clamped to 0..255 or 0..65535; nothing else is scaled, so integer values in range round-trip
 * exactly. {@link #writePng8(Volume, Path, double, double)} and {@link #writePng16(Volume, Path, double, double)}
 * first map {@code low} to 0 and {@code high} to the largest value linearly (values outside are clamped).
 * As a {@link VolumeWriter} (file name {@code *.png}), volumes are written with {@link #writePng16} and label
 * maps as 8-bit when all labels fit 0..255, else 16-bit; negative labels are refused.
 */
public final class RasterImageWriter implements VolumeWriter {

    @Override
    public void write(Volume volume, Path file) throws IOException {
        writePng16(volume, file);
    }

    @Override
    public void write(LabelMap labels, Path file) throws IOException {
        short[] l = labels.labels();
        int max = 0;
        for (short v : l) {
            if (v < 0) {
                throw new InvalidInputException("cannot write label map to " + file + ": it has the negative label " + v
                        + "; a PNG holds labels 0..65535");
            }
            max = Math.max(max, v);
        }
        float[] values = new float[l.length];
        for (int i = 0; i < l.length; i++) {
            values[i] = l[i];
        }
        Volume v = new Volume(labels.size(), labels.geometry(), values);
        if (max <= 255) {
            writePng8(v, file);
        } else {
            writePng16(v, file);
        }
    }

    /** 8-bit grey PNG: values rounded and clamped to 0..255. */
    public static void writePng8(Volume slice, Path file) throws IOException {
        write(slice, file, 8, 0, 255);
    }

    /** 16-bit grey PNG: values rounded and clamped to 0..65535. */
    public static void writePng16(Volume slice, Path file) throws IOException {
        write(slice, file, 16, 0, 65535);
    }

    /** 8-bit grey PNG with {@code low..high} mapped linearly to 0..255. */
    public static void writePng8(Volume slice, Path file, double low, double high) throws IOException {
        write(slice, file, 8, low, high);
    }

    /** 16-bit grey PNG with {@code low..high} mapped linearly to 0..65535. */
    public static void writePng16(Volume slice, Path file, double low, double high) throws IOException {
        write(slice, file, 16, low, high);
    }

    private static void write(Volume slice, Path file, int bits, double low, double high) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new InvalidInputException("cannot write " + file + ": expected a file name ending in .png");
        }
        GridSize size = slice.size();
        if (size.nz() != 1) {
            throw new InvalidInputException("cannot write " + file + ": a PNG holds one slice, the volume has "
                    + size.nz() + " (" + size + ")");
        }
        if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("PNG value window must have low < high, got " + low + ".." + high);
        }
        int top = bits == 8 ? 255 : 65535;
        double scale = top / (high - low);
        BufferedImage image = new BufferedImage(size.nx(), size.ny(),
                bits == 8 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster raster = image.getRaster();
        float[] d = slice.data();
        for (int y = 0; y < size.ny(); y++) {
            for (int x = 0; x < size.nx(); x++) {
                double v = (d[x + size.nx() * y] - low) * scale;
                long r = Double.isNaN(v) ? 0 : Math.round(v);
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(top, r)));
            }
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG encoder in this Java runtime");
        }
        ImageWriter writer = writers.next();
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    null);
            double[] spacing = slice.geometry().spacing();
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            phys.setAttribute("pixelsPerUnitXAxis", Long.toString(Math.max(1, Math.round(1000 / spacing[0]))));
            phys.setAttribute("pixelsPerUnitYAxis", Long.toString(Math.max(1, Math.round(1000 / spacing[1]))));
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            IIOImage content = new IIOImage(image, null, metadata);
            VoxelData.writeAtomically(file, out -> {
                try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(ios);
                    writer.write(null, content, null);
                }
            });
        } finally {
            writer.dispose();
        }
    }
}
