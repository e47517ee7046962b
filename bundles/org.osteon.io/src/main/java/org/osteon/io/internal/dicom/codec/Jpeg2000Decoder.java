package org.osteon.io.internal.dicom.codec;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.osteon.core.InvalidInputException;

/**
 * JPEG 2000 frames (ISO/IEC 15444-1), decoded by the JJ2000 decoder of {@code jai-imageio-jpeg2000} 1.4.0
 * through its ImageIO reader.
 *
 * <p>The reader's provider is created directly, never looked up through {@code ImageIO}'s service registry,
 * which does not see plugins inside OSGi bundles. The provider class sits in a package that the library's
 * bundle does not export ({@code com.github.jaiimageio.jpeg2000.impl}), so it is loaded by name through the
 * class loader of an exported JJ2000 class of the same bundle.
 *
 * <p>Before the library sees the stream, the SIZ marker is parsed here and checked against the DICOM header
 * (size, components, precision, no component subsampling, a sane tile count): a corrupt header fails with a
 * clear message instead of a huge allocation. Whatever the library throws on a corrupt body becomes an
 * {@link InvalidInputException} naming the source. A JP2 file wrapper, which DICOM does not allow but some
 * writers add, is skipped to its contiguous codestream box. Multi-component streams come back after the
 * library's inverse component transform (RCT or ICT), i.e. as RGB for YBR_RCT and YBR_ICT.
 */
final class Jpeg2000Decoder {

    private static final String PROVIDER = "com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi";
    private static final int MAX_TILES = 65535;

    private Jpeg2000Decoder() {
    }

    /** Created once: the provider is stateless, readers are created per frame. */
    private static final class Provider {
        static final ImageReaderSpi INSTANCE = create();

        private static ImageReaderSpi create() {
            try {
                ClassLoader loader = jj2000.j2k.decoder.DecoderSpecs.class.getClassLoader();
                return (ImageReaderSpi) Class.forName(PROVIDER, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("the JPEG 2000 reader " + PROVIDER
                        + " of jai-imageio-jpeg2000 cannot be created", e);
            }
        }
    }

    /** Decodes one frame into samples interleaved per pixel (sign as the stream declares it). */
    static int[] decode(byte[] data, FrameFormat expected, String source) {
        byte[] codestream = codestream(data, source);
        checkSiz(codestream, expected, source);
        Raster raster;
        ImageReader reader = null;
        try {
            reader = Provider.INSTANCE.createReaderInstance();
            reader.setInput(new MemoryCacheImageInputStream(new ByteArrayInputStream(codestream)));
            raster = reader.readRaster(0, null);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new InvalidInputException(source + ": corrupt JPEG 2000 stream in the pixel data ("
                    + describe(e) + ")", e);
        } catch (Error e) {
            // JJ2000 signals some corrupt-stream conditions with a plain java.lang.Error
            if (e instanceof LinkageError || e instanceof VirtualMachineError) {
                throw e;
            }
            throw new InvalidInputException(source + ": corrupt JPEG 2000 stream in the pixel data ("
                    + describe(e) + ")", e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
        if (raster.getWidth() != expected.columns() || raster.getHeight() != expected.rows()
                || raster.getNumBands() != expected.samplesPerPixel()) {
            throw new InvalidInputException(source + ": the JPEG 2000 stream decoded to " + raster.getHeight()
                    + " rows x " + raster.getWidth() + " columns x " + raster.getNumBands()
                    + " components but the DICOM header says " + expected.rows() + " rows x " + expected.columns()
                    + " columns x " + expected.samplesPerPixel() + " components");
        }
        return raster.getPixels(raster.getMinX(), raster.getMinY(), raster.getWidth(), raster.getHeight(),
                (int[]) null);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** The codestream: the data itself, or the 'jp2c' box of a JP2 file. */
    private static byte[] codestream(byte[] data, String source) {
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0x4F) {
            return data;
        }
        if (data.length >= 12 && readInt(data, 4) == 0x6A502020) { // 'jP  ' signature box
            long at = 0;
            while (at + 8 <= data.length) {
                long length = readInt(data, (int) at) & 0xFFFFFFFFL;
                int type = readInt(data, (int) at + 4);
                long header = 8;
                if (length == 1) {
                    if (at + 16 > data.length) {
                        break;
                    }
                    length = ((long) readInt(data, (int) at + 8) << 32) | (readInt(data, (int) at + 12) & 0xFFFFFFFFL);
                    header = 16;
                } else if (length == 0) {
                    length = data.length - at;
                }
                if (length < header || at + length > data.length) {
                    break;
                }
                if (type == 0x6A703263) { // 'jp2c'
                    return Arrays.copyOfRange(data, (int) (at + header), (int) (at + length));
                }
                at += length;
            }
            throw new InvalidInputException(source + ": the JP2 file in the pixel data has no complete "
                    + "codestream box ('jp2c'); the file is truncated or corrupt");
        }
        throw new InvalidInputException(source + ": the pixel data is not a JPEG 2000 codestream: it should start "
                + "with the SOC and SIZ markers FF 4F FF 51, found " + hex(data, 4));
    }

    /** Parses SIZ (ISO/IEC 15444-1 A.5.1) and checks it against the DICOM header. */
    private static void checkSiz(byte[] c, FrameFormat expected, String source) {
        if (c.length < 4 || (c[2] & 0xFF) != 0xFF || (c[3] & 0xFF) != 0x51) {
            throw new InvalidInputException(source + ": the JPEG 2000 codestream should start with the SOC and "
                    + "SIZ markers FF 4F FF 51, found " + hex(c, 4));
        }
        if (c.length < 4 + 38) {
            throw new InvalidInputException(source + ": the JPEG 2000 codestream is truncated inside its SIZ "
                    + "marker segment (" + c.length + " bytes)");
        }
        int length = ((c[4] & 0xFF) << 8) | (c[5] & 0xFF);
        long xsiz = readInt(c, 8) & 0xFFFFFFFFL;
        long ysiz = readInt(c, 12) & 0xFFFFFFFFL;
        long xo = readInt(c, 16) & 0xFFFFFFFFL;
        long yo = readInt(c, 20) & 0xFFFFFFFFL;
        long xt = readInt(c, 24) & 0xFFFFFFFFL;
        long yt = readInt(c, 28) & 0xFFFFFFFFL;
        long xto = readInt(c, 32) & 0xFFFFFFFFL;
        long yto = readInt(c, 36) & 0xFFFFFFFFL;
        int count = ((c[40] & 0xFF) << 8) | (c[41] & 0xFF);
        if (count < 1 || count > 16384 || length != 38 + 3 * count || c.length < 4 + length) {
            throw new InvalidInputException(source + ": corrupt JPEG 2000 SIZ marker segment (length " + length
                    + ", " + count + " components, " + c.length + " bytes in the codestream)");
        }
        if (xo >= xsiz || yo >= ysiz || xt == 0 || yt == 0 || xto > xo || yto > yo || xto + xt <= xo
                || yto + yt <= yo) {
            throw new InvalidInputException(source + ": corrupt JPEG 2000 SIZ marker segment (image "
                    + xsiz + " x " + ysiz + " from " + xo + "," + yo + ", tiles " + xt + " x " + yt + " from " + xto
                    + "," + yto + ")");
        }
        long tiles = ((xsiz - xto + xt - 1) / xt) * ((ysiz - yto + yt - 1) / yt);
        int precision = 0;
        for (int i = 0; i < count; i++) {
            int ssiz = c[42 + 3 * i] & 0xFF;
            int xr = c[43 + 3 * i] & 0xFF;
            int yr = c[44 + 3 * i] & 0xFF;
            if ((ssiz & 0x7F) > 37) {
                throw new InvalidInputException(source + ": corrupt JPEG 2000 SIZ marker segment (component " + i
                        + " has " + ((ssiz & 0x7F) + 1) + "-bit samples; at most 38)");
            }
            if (xr != 1 || yr != 1) {
                throw new InvalidInputException(source + ": the JPEG 2000 stream subsamples component " + i + " ("
                        + xr + " x " + yr + "), which is not supported for DICOM frames");
            }
            precision = Math.max(precision, (ssiz & 0x7F) + 1);
        }
        long width = xsiz - xo;
        long height = ysiz - yo;
        FrameDecoders.checkHeader("JPEG 2000", (int) Math.min(height, Integer.MAX_VALUE),
                (int) Math.min(width, Integer.MAX_VALUE), count, precision, expected, source);
        if (tiles > MAX_TILES) {
            throw new InvalidInputException(source + ": corrupt JPEG 2000 SIZ marker segment (" + tiles
                    + " tiles; at most " + MAX_TILES + ")");
        }
        checkTileParts(c, 4 + length, source);
    }

    /**
     * Walks the main header's marker segments and the tile-parts (SOT lengths) to the EOC marker. JJ2000
     * loops forever on some truncated streams, so a stream whose tile-parts do not fit, or that does not end
     * in EOC, is refused here before the library sees it.
     */
    private static void checkTileParts(byte[] c, int start, String source) {
        int at = start;
        while (true) {
            if (at + 4 > c.length) {
                throw truncatedJ2k(source, at, c.length);
            }
            int marker = ((c[at] & 0xFF) << 8) | (c[at + 1] & 0xFF);
            if (marker == 0xFF90) {
                break;
            }
            if ((marker & 0xFF00) != 0xFF00 || marker < 0xFF30) {
                throw new InvalidInputException(source + ": corrupt JPEG 2000 main header: a marker was "
                        + "expected at byte " + at + ", found " + hex(Arrays.copyOfRange(c, at, at + 2), 2));
            }
            at += 2 + (((c[at + 2] & 0xFF) << 8) | (c[at + 3] & 0xFF));
        }
        while (true) {
            if (at + 2 > c.length) {
                throw truncatedJ2k(source, at, c.length);
            }
            int marker = ((c[at] & 0xFF) << 8) | (c[at + 1] & 0xFF);
            if (marker == 0xFFD9) {
                return; // EOC
            }
            if (marker != 0xFF90 || at + 12 > c.length) {
                throw new InvalidInputException(source + ": corrupt or truncated JPEG 2000 codestream: a tile-part "
                        + "(SOT) or the end marker (EOC) was expected at byte " + at + " of " + c.length);
            }
            long psot = readInt(c, at + 6) & 0xFFFFFFFFL;
            if (psot == 0) {
                // the last tile-part runs to EOC
                int end = c.length;
                while (end > at && c[end - 1] == 0) {
                    end--; // fragment padding
                }
                if (end - at < 14 || (c[end - 2] & 0xFF) != 0xFF || (c[end - 1] & 0xFF) != 0xD9) {
                    throw truncatedJ2k(source, c.length, c.length);
                }
                return;
            }
            if (psot < 14 || at + psot > c.length) {
                throw truncatedJ2k(source, at, c.length);
            }
            at += (int) psot;
        }
    }

    private static InvalidInputException truncatedJ2k(String source, int at, int length) {
        return new InvalidInputException(source + ": the JPEG 2000 stream in the pixel data is truncated or corrupt:"
                + " its marker segments and tile-parts do not fit in its " + length + " bytes (at byte " + at
                + "; expected them to end with the EOC marker FF D9)");
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static String hex(byte[] b, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(n, b.length); i++) {
            s.append(String.format("%02X ", b[i] & 0xFF));
        }
        return s.isEmpty() ? "no bytes" : s.toString().trim();
    }
}
