package org.osteon.io.internal.nrrd;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.osteon.core.InvalidInputException;
import org.osteon.io.internal.VoxelData;
import org.osteon.io.internal.nrrd.NrrdLayout.Encoding;

/** Reads the voxel values that a {@link NrrdLayout} describes, from the attached stream or the detached files. */
public final class NrrdData {

    private NrrdData() {
    }

    /**
     * The first 3D volume's values. {@code attached} is the header file's stream positioned just after the
     * header, and {@code attachedBytes} how many bytes follow there (used only without detached files).
     */
    public static float[] read(NrrdLayout layout, Path headerFile, InputStream attached, long attachedBytes)
            throws IOException {
        int count = layout.size().voxelCount();
        long totalBytes = layout.totalVoxels() * layout.type().bytes();
        long expected = (long) count * layout.type().bytes();
        if (layout.dataFiles().isEmpty()) {
            checkPlausible(layout, headerFile.toString(), expected, attachedBytes, totalBytes);
            float[] data = new float[count];
            readPart(layout, attached, attachedBytes, data, 0, count, totalBytes, headerFile.toString(), expected, 0);
            return data;
        }
        int files = layout.dataFiles().size();
        if (layout.totalVoxels() % files != 0) {
            throw new InvalidInputException(headerFile + " lists " + files + " NRRD data files for "
                    + layout.totalVoxels() + " values; expected a number of files that divides the values evenly");
        }
        long perFile = layout.totalVoxels() / files;
        long available = 0;
        int needed = (int) Math.min(files, (count + perFile - 1) / perFile);
        for (int i = 0; i < needed; i++) {
            Path f = layout.dataFiles().get(i);
            if (!Files.isRegularFile(f)) {
                throw new InvalidInputException("NRRD header " + headerFile + " names the data file " + f
                        + ", which does not exist; expected it beside the header (relative names are resolved"
                        + " against the header's folder)");
            }
            available += Files.size(f);
        }
        checkPlausible(layout, headerFile + " (data file " + layout.dataFiles().get(0).getFileName() + ")", expected,
                available, totalBytes);
        float[] data = new float[count];
        int done = 0;
        long found = 0;
        for (int i = 0; i < needed; i++) {
            Path f = layout.dataFiles().get(i);
            int part = (int) Math.min(perFile, count - done);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                readPart(layout, in, Files.size(f), data, done, part, perFile * layout.type().bytes(), f.toString(),
                        expected, found);
            }
            done += part;
            found += (long) part * layout.type().bytes();
        }
        return data;
    }

    /** Refuses, before allocating, data that cannot fit in the bytes available. */
    private static void checkPlausible(NrrdLayout layout, String file, long expected, long available, long totalBytes) {
        long minimum = switch (layout.encoding()) {
            case RAW -> layout.byteSkip() == -1 ? totalBytes : expected;
            case HEX -> 2 * expected;
            case TEXT -> layout.size().voxelCount();
            case GZIP, BZIP2 -> expected / (layout.encoding() == Encoding.GZIP ? VoxelData.MAX_DEFLATE_RATIO : 1_000_000);
        };
        if (available < minimum) {
            if (layout.encoding() == Encoding.RAW) {
                throw VoxelData.truncated(file, expected, Math.max(0, available - (minimum - expected)));
            }
            throw new InvalidInputException("file " + file + " is truncated: " + layout.size() + " "
                    + layout.type().label() + " values in " + layout.encoding().name().toLowerCase(java.util.Locale.ROOT)
                    + " encoding need at least " + minimum + " bytes, found " + available);
        }
    }

    private static void readPart(NrrdLayout layout, InputStream in, long available, float[] data, int offset, int count,
            long partBytes, String file, long expected, long found) throws IOException {
        long left = available;
        for (long line = 0; line < layout.lineSkip(); line++) {
            int c;
            do {
                c = in.read();
                left--;
            } while (c >= 0 && c != '\n');
            if (c < 0) {
                throw new InvalidInputException("file " + file + " ends within the " + layout.lineSkip()
                        + " lines that NRRD field 'line skip' skips; expected voxel data after them");
            }
        }
        Encoding encoding = layout.encoding();
        long byteSkip = layout.byteSkip();
        if (!encoding.compressed()) {
            long skip = byteSkip == -1 ? left - partBytes : byteSkip;
            if (skip < 0 || VoxelData.skip(in, skip) < skip) {
                throw VoxelData.truncated(file, expected, found + Math.max(0, left));
            }
        }
        InputStream values = in;
        try {
            if (encoding == Encoding.GZIP) {
                values = gunzip(in, file);
            } else if (encoding == Encoding.BZIP2) {
                values = Bzip2.open(in, file);
            } else if (encoding == Encoding.HEX) {
                values = new HexInputStream(in, file);
            }
            if (encoding.compressed() && byteSkip > 0 && VoxelData.skip(values, byteSkip) < byteSkip) {
                throw VoxelData.truncated(file, expected, found);
            }
            if (encoding == Encoding.TEXT) {
                VoxelData.readText(values, layout.type(), data, offset, count, file);
            } else {
                VoxelData.read(values, layout.type(), layout.order(), data, offset, count, file, expected, found);
            }
        } catch (ZipException e) {
            throw new InvalidInputException(file + " is not a valid " + encoding.name().toLowerCase(java.util.Locale.ROOT)
                    + " stream (" + e.getMessage() + "); expected compressed NRRD voxel data", e);
        } catch (IOException | RuntimeException e) {
            if (encoding != Encoding.BZIP2 || e instanceof InvalidInputException) {
                throw e;
            }
            // the bzip2 decoder reports corrupt input with plain IOExceptions and, on some inputs, runtime ones
            throw new InvalidInputException(file + " is not a valid bzip2 stream (" + e.getMessage()
                    + "); expected bzip2-compressed NRRD voxel data", e);
        }
    }

    private static InputStream gunzip(InputStream in, String file) throws IOException {
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (EOFException | ZipException e) {
            throw new InvalidInputException(file + " is not a valid gzip stream (" + e.getMessage()
                    + "); expected gzip-compressed NRRD voxel data", e);
        }
    }

    /** Bytes written as pairs of hexadecimal digits, white space ignored (NRRD's hex encoding). */
    private static final class HexInputStream extends FilterInputStream {

        private final String file;

        HexInputStream(InputStream in, String file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int hi = digit();
            if (hi < 0) {
                return -1;
            }
            int lo = digit();
            if (lo < 0) {
                return -1;
            }
            return hi << 4 | lo;
        }

        private int digit() throws IOException {
            while (true) {
                int c = in.read();
                if (c < 0) {
                    return -1;
                }
                if (Character.isWhitespace(c)) {
                    continue;
                }
                int d = Character.digit(c, 16);
                if (d < 0) {
                    throw new InvalidInputException(file + " has the character '" + (char) c + "' in hex-encoded voxel"
                            + " data; expected hexadecimal digits");
                }
                return d;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                int v = read();
                if (v < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) v;
            }
            return n;
        }
    }
}
