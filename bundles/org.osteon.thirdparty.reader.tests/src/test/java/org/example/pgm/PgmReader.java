package org.example.pgm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.osteon.core.InvalidInputException;
import org.osteon.core.image.Geometry;
import org.osteon.core.image.GridSize;
import org.osteon.core.image.ImageInfo;
import org.osteon.core.image.Volume;
import org.osteon.core.io.Location;
import org.osteon.core.io.VolumeReader;

/**
 * Netpbm PGM grey maps (https://netpbm.sourceforge.net/doc/pgm.html): "P5" binary with 1-byte samples
 * (maxval < 256) or 2-byte big-endian samples, and "P2" text. The first raster of the file is read as a 2D
 * image (nz = 1), rows top to bottom, spacing 1 mm. Only {@code org.osteon.core} is needed to write one.
 */
public final class PgmReader implements VolumeReader {

    /** The parsed header and samples. */
    record Pgm(int width, int height, int maxval, boolean binary, float[] samples) {
    }

    @Override
    public Volume read(Location location, Path base) throws IOException {
        Pgm pgm = parse(file(location, base));
        return new Volume(new GridSize(pgm.width(), pgm.height(), 1), Geometry.unit(), pgm.samples());
    }

    @Override
    public ImageInfo info(Location location, Path base) throws IOException {
        Pgm pgm = parse(file(location, base));
        Volume v = new Volume(new GridSize(pgm.width(), pgm.height(), 1), Geometry.unit(), pgm.samples());
        return ImageInfo.of("PGM", pgm.maxval() < 256 ? "uint8" : "uint16", v,
                Map.of("encoding", pgm.binary() ? "P5 (binary)" : "P2 (text)", "maxval", Integer.toString(pgm.maxval())));
    }

    @Override
    public boolean recognizes(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(3);
            return magic.length == 3 && magic[0] == 'P' && (magic[1] == '5' || magic[1] == '2')
                    && Character.isWhitespace(magic[2]);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path file(Location location, Path base) {
        return location.file(base).orElseThrow(() -> new InvalidInputException("PGM reader: '" + location
                + "' is not a file location"));
    }

    static Pgm parse(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file " + file + " does not exist; expected a PGM image");
        }
        Cursor c = new Cursor(bytes, file);
        String magic = c.token();
        if (!magic.equals("P5") && !magic.equals("P2")) {
            throw new InvalidInputException("file " + file + " is not a PGM image: it starts with '" + magic
                    + "', expected P5 or P2");
        }
        int width = c.positive("width");
        int height = c.positive("height");
        int maxval = c.positive("maxval");
        if (maxval > 65535) {
            throw new InvalidInputException("file " + file + ": maxval " + maxval + " is larger than 65535");
        }
        float[] samples = new float[Math.multiplyExact(width, height)];
        if (magic.equals("P5")) {
            c.pos++; // the single whitespace after maxval
            int bytesPerSample = maxval < 256 ? 1 : 2;
            long needed = (long) samples.length * bytesPerSample;
            if (bytes.length - c.pos < needed) {
                throw new InvalidInputException("file " + file + " is truncated: expected " + needed
                        + " bytes of pixel data, found " + Math.max(0, bytes.length - c.pos));
            }
            for (int i = 0; i < samples.length; i++) {
                int p = c.pos + i * bytesPerSample;
                samples[i] = bytesPerSample == 1 ? bytes[p] & 0xFF : (bytes[p] & 0xFF) << 8 | bytes[p + 1] & 0xFF;
            }
        } else {
            for (int i = 0; i < samples.length; i++) {
                samples[i] = c.number("sample " + i);
            }
        }
        return new Pgm(width, height, maxval, magic.equals("P5"), samples);
    }

    /** Whitespace- and comment-separated header tokens. */
    private static final class Cursor {
        final byte[] b;
        final Path file;
        int pos;

        Cursor(byte[] b, Path file) {
            this.b = b;
            this.file = file;
        }

        String token() {
            while (pos < b.length && (Character.isWhitespace(b[pos]) || b[pos] == '#')) {
                if (b[pos] == '#') {
                    while (pos < b.length && b[pos] != '\n') {
                        pos++;
                    }
                } else {
                    pos++;
                }
            }
            int start = pos;
            while (pos < b.length && !Character.isWhitespace(b[pos])) {
                pos++;
            }
            return new String(b, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
        }

        int number(String what) {
            String t = token();
            if (t.isEmpty()) {
                throw new InvalidInputException("file " + file + " is truncated: " + what + " is missing");
            }
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("file " + file + ": " + what + " is '" + t + "', expected a number");
            }
        }

        int positive(String what) {
            int v = number(what);
            if (v <= 0) {
                throw new InvalidInputException("file " + file + ": " + what + " is " + v + ", expected > 0");
            }
            return v;
        }
    }
}
