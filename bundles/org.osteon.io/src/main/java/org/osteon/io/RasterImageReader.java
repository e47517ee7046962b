package org.osteon.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;
import org.osteon.io.internal.raster.RasterDecoder;

/**
 * Reads 2D radiographs from PNG, JPEG and TIFF files (the first image of a multi-page TIFF) as a
 * {@link Volume} with one slice, through the JDK's own Image I/O decoders.
 * <ul>
 * <li>Grey images keep their stored values: 8- and 16-bit grey PNG and TIFF (also signed 16-bit, 32-bit and
 * floating-point TIFF), 8-bit grey JPEG; any compression the JDK's TIFF plugin decodes (none, LZW, PackBits,
 * Deflate, JPEG, CCITT). Grey + alpha: alpha is ignored.</li>
 * <li>Colour images become grey with the ITU-R BT.601 luma weights {@code 0.299 R + 0.587 G + 0.114 B} on the
 * stored samples (so a 16-bit RGB PNG gives 0..65535); palette images use their palette's colours (a grey
 * palette gives its grey levels unchanged).</li>
 * </ul>
 * <b>Geometry.</b> x runs along the columns left to right, y along the rows top to bottom, one slice; origin 0
 * and identity directions. The spacing comes from the file when it says so: PNG {@code pHYs} in pixels per
 * metre, TIFF {@code XResolution}/{@code YResolution} with {@code ResolutionUnit} inch or centimetre (inch when
 * absent, as TIFF specifies), JPEG JFIF density in dots per inch or cm, each converted to mm; otherwise 1 mm
 * and {@link #info} carries the tag {@code pixel spacing unknown}. The z spacing is 1.
 * <p>
 * Problems are reported as {@link InvalidInputException}s naming the file: missing, not one of these formats,
 * truncated or corrupt (the decoder's message is quoted).
 */
public final class RasterImageReader implements VolumeReader {

    @Override
    public Volume read(Location location, Path base) throws IOException {
        return read(file(location, base));
    }

    /** Reads the image of a .png, .jpg/.jpeg or .tif/.tiff file. */
    public Volume read(Path file) throws IOException {
        return RasterDecoder.decode(file).volume();
    }

    @Override
    public ImageInfo info(Location location, Path base) throws IOException {
        RasterDecoder.Decoded d = RasterDecoder.decode(file(location, base));
        return ImageInfo.of(d.format(), d.voxelType(), d.volume(), d.tags());
    }

    @Override
    public boolean recognizes(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] first = in.readNBytes(8);
            return RasterDecoder.hasSignature(first, first.length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path file(Location location, Path base) {
        return location.file(base).orElseThrow(() -> new InvalidInputException("location '" + location
                + "' is not a file; the raster image reader reads PNG, JPEG and TIFF files"));
    }
}
